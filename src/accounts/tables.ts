import type { ColumnType } from "kysely";
import type { Role } from "../core/actor.js";

export interface WorkspacesTable {
  id: string;
  slug: string;
  name: string;
  language: string;
  timezone: string;
  currency: string;
  /** JSON list of the languages the shop writes to customers in; null: just `language`. */
  languages: ColumnType<string | null, string | null | undefined, string | null>;
  brand_logo_url: ColumnType<string | null, string | null | undefined, string | null>;
  brand_color: ColumnType<string | null, string | null | undefined, string | null>;
  /** Where customers reach the shop's public pages; null: the instance's own address. */
  public_url: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  /** The dashboard language the person chose (en, pl, de, fr, it, es); null follows the browser. */
  language: string | null;
  /** The person's own IANA zone (canonical); null: mails to them give the shop's (0070). */
  time_zone: string | null;
  /** 1: runs the installation (creates workspaces); set by `firebreak start` on a new store. */
  instance_admin: number;
  created_at: string;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  workspace_id: string;
  created_at: string;
  expires_at: string;
  /** Until then the session may set a password without the current one (opened by a login link). */
  reset_until: string | null;
}

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  name: string;
  role: Role;
  token_hash: string;
  prefix: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginLinksTable {
  token_hash: string;
  user_id: string;
  workspace_id: string;
  expires_at: string;
  used_at: string | null;
}

/** An invitation to join a workspace; only the token's hash is kept. */
export interface InvitationsTable {
  id: string;
  workspace_id: string;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface AccountsTables {
  workspaces: WorkspacesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_links: LoginLinksTable;
  invitations: InvitationsTable;
}
