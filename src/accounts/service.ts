import type { AppContext } from "../app/context.js";
import type { Actor, Role } from "../core/actor.js";
import { conflict, forbidden, invalid, notFound, rateLimited, ServiceError } from "../core/errors.js";
import { hashSecret, newId, randomSecret } from "../core/ids.js";
import { type AcceptInput, acceptInvitation, lookupInvitation } from "./ops/accept-invitation.js";
import { type ChangePasswordInput, changePassword } from "./ops/change-password.js";
import { changeRole } from "./ops/change-role.js";
import { type InviteInput, inviteMember, listInvitations, revokeInvitation } from "./ops/invite-member.js";
import { removeMember } from "./ops/remove-member.js";
import { resetMemberPassword } from "./ops/reset-password.js";
import { type ProfileInput, updateProfile } from "./ops/update-profile.js";
import { hashPassword, verifyPassword } from "./password.js";
import { type CreateWorkspaceInput, createWorkspaceInput, type Me } from "./schema.js";
import { accountsStore as store } from "./store.js";
import { LoginThrottle } from "./throttle.js";
import { getWorkspaceSettings } from "./workspace-settings.js";

const SESSION_DAYS = 14;
const LINK_HOURS = 24;
/** How long a session opened by a login link may set a password without the current one. */
const RESET_MINUTES = 30;
export const TOKEN_PREFIX = "fbt_";

export interface Session {
  /** The secret that goes into the cookie; only its hash is stored. */
  secret: string;
  userId: string;
  workspaceId: string;
  expiresAt: string;
}

export type AccountsService = ReturnType<typeof createAccountsService>;

/** Built with the whole context: invitations and resets send e-mail through `ctx.services.mail` when called. */
export function createAccountsService(ctx: AppContext) {
  const { db } = ctx;
  const now = () => ctx.clock.now().toISOString();
  const nowMs = () => ctx.clock.now().getTime();
  const throttle = new LoginThrottle(nowMs);

  async function createWorkspace(raw: CreateWorkspaceInput) {
    const input = createWorkspaceInput.parse(raw);
    if (await store.workspaceBySlug(db, input.slug))
      throw conflict(`workspace "${input.slug}" exists`, "slug");
    const row = { id: newId(), ...input, timezone: "UTC", created_at: now() };
    await store.insertWorkspace(db, row);
    return row;
  }

  async function createUser(input: {
    email: string;
    name: string;
    password?: string | undefined;
    instanceAdmin?: boolean;
  }) {
    const email = input.email.trim().toLowerCase();
    const existing = await store.userByEmail(db, email);
    if (existing) return existing;
    const row = {
      id: newId(),
      email,
      name: input.name,
      password_hash: input.password ? await hashPassword(input.password) : null,
      language: null,
      instance_admin: input.instanceAdmin ? 1 : 0,
      created_at: now(),
    };
    await store.insertUser(db, row);
    return row;
  }

  async function createLoginLink(userId: string, workspaceId: string): Promise<string> {
    const secret = randomSecret();
    const expires = new Date(nowMs() + LINK_HOURS * 3600_000).toISOString();
    await store.insertLoginLink(db, {
      token_hash: hashSecret(secret),
      user_id: userId,
      workspace_id: workspaceId,
      expires_at: expires,
      used_at: null,
    });
    return `${ctx.config.publicUrl}/login?link=${secret}`;
  }

  async function startSession(userId: string, workspaceId: string, viaLink = false): Promise<Session> {
    const secret = randomSecret();
    const expiresAt = new Date(nowMs() + SESSION_DAYS * 86400_000).toISOString();
    await store.insertSession(db, {
      id_hash: hashSecret(secret),
      user_id: userId,
      workspace_id: workspaceId,
      created_at: now(),
      expires_at: expiresAt,
      reset_until: viaLink ? new Date(nowMs() + RESET_MINUTES * 60_000).toISOString() : null,
    });
    return { secret, userId, workspaceId, expiresAt };
  }

  async function defaultWorkspaceOf(userId: string): Promise<string> {
    const first = (await store.workspacesOfUser(db, userId))[0];
    if (!first) throw forbidden("this account belongs to no workspace; ask an admin to add you");
    return first.id;
  }

  return {
    createWorkspace,
    createUser,
    createLoginLink,

    /**
     * On an empty store: one workspace and one admin without a password, reached through a one-time
     * link. Returns the link, or null when the store already has a workspace.
     */
    async bootstrap(): Promise<{ link: string; workspaceSlug: string } | null> {
      if ((await store.countWorkspaces(db)) > 0) return null;
      const ws = await createWorkspace({ name: "My shop", slug: "my-shop" });
      const admin = await createUser({ email: "admin@localhost", name: "Admin", instanceAdmin: true });
      await store.insertMembership(db, ws.id, admin.id, "admin", now());
      return { link: await createLoginLink(admin.id, ws.id), workspaceSlug: ws.slug };
    },

    /** A new brand or shop; only an instance administrator creates one, and becomes its first admin. */
    async createWorkspaceFor(actor: Actor, raw: CreateWorkspaceInput) {
      if (!actor.userId) throw forbidden("create workspaces from a dashboard session, not an API token");
      const user = await store.userById(db, actor.userId);
      if (user?.instance_admin !== 1) {
        throw forbidden("only an instance administrator creates workspaces (`firebreak workspace create`)");
      }
      const ws = await createWorkspace(raw);
      await store.insertMembership(db, ws.id, actor.userId, "admin", now());
      return ws;
    },

    /** From the command line only: whoever runs it has the store, so already runs the installation. */
    async setInstanceAdmin(userId: string, on: boolean) {
      await store.setInstanceAdmin(db, userId, on);
    },

    async addMember(workspaceId: string, userId: string, role: Role) {
      await store.insertMembership(db, workspaceId, userId, role, now());
    },

    async login(email: string, password: string): Promise<Session> {
      const key = email.trim().toLowerCase();
      const wait = throttle.waitS(key);
      if (wait > 0) {
        throw rateLimited(`too many wrong passwords for this account; retry in ${wait} s`, wait);
      }
      const user = await store.userByEmail(db, email);
      // Verify even for unknown users so timing does not reveal which e-mails exist.
      const ok = await verifyPassword(password, user?.password_hash ?? null);
      if (!user || !ok) {
        throttle.failed(key);
        throw new ServiceError("unauthorized", "wrong e-mail or password");
      }
      throttle.succeeded(key);
      return startSession(user.id, await defaultWorkspaceOf(user.id));
    },

    async exchangeLink(secret: string): Promise<Session> {
      const link = await store.consumeLoginLink(db, hashSecret(secret), now());
      if (!link) {
        throw new ServiceError(
          "unauthorized",
          "this login link was used already or has expired; run `firebreak user link` for a new one",
        );
      }
      return startSession(link.user_id, link.workspace_id, true);
    },

    async resolveSession(secret: string): Promise<Actor | null> {
      const session = await store.sessionByHash(db, hashSecret(secret));
      if (!session || session.expires_at <= now()) return null;
      const member = await store.membership(db, session.workspace_id, session.user_id);
      const user = await store.userById(db, session.user_id);
      if (!member || !user) return null;
      return {
        workspaceId: session.workspace_id,
        role: member.role,
        userId: user.id,
        tokenId: null,
        label: user.name || user.email,
      };
    },

    async endSession(secret: string) {
      await store.deleteSession(db, hashSecret(secret));
    },

    async switchWorkspace(secret: string, userId: string, workspaceId: string) {
      if (!(await store.membership(db, workspaceId, userId))) throw notFound("workspace");
      await store.setSessionWorkspace(db, hashSecret(secret), workspaceId);
    },

    changePassword: (input: ChangePasswordInput) => changePassword(ctx, input),
    removeMember: (actor: Actor, userId: string) => removeMember(ctx, actor, userId),
    changeRole: (actor: Actor, userId: string, role: Role) => changeRole(ctx, actor, userId, role),
    resetMemberPassword: (actor: Actor, userId: string) => resetMemberPassword(ctx, actor, userId),
    updateProfile: (userId: string, input: ProfileInput) => updateProfile(ctx, userId, input),
    invite: (actor: Actor, input: InviteInput) => inviteMember(ctx, actor, input),
    listInvitations: (actor: Actor) => listInvitations(ctx, actor),
    revokeInvitation: (actor: Actor, id: string) => revokeInvitation(ctx, actor, id),
    lookupInvitation: (token: string) => lookupInvitation(ctx, token),
    /** Joins the workspace and opens a session there for the person who accepted. */
    async acceptInvitation(input: AcceptInput): Promise<Session> {
      const joined = await acceptInvitation(ctx, input);
      return startSession(joined.userId, joined.workspaceId);
    },

    async setPassword(userId: string, password: string) {
      await store.setPasswordHash(db, userId, await hashPassword(password));
    },

    async me(actor: Actor): Promise<Me> {
      if (!actor.userId) throw forbidden("an API token has no user; use a dashboard session");
      const user = await store.userById(db, actor.userId);
      const ws = await store.workspaceById(db, actor.workspaceId);
      if (!user || !ws) throw notFound("session");
      return {
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          language: user.language,
          instance_admin: user.instance_admin === 1,
        },
        workspace: { id: ws.id, slug: ws.slug, name: ws.name, language: ws.language, currency: ws.currency },
        role: actor.role,
        workspaces: await store.workspacesOfUser(db, user.id),
      };
    },

    async createToken(input: { workspaceId: string; name: string; role: Role; createdBy?: string | null }) {
      const secret = `${TOKEN_PREFIX}${randomSecret(24)}`;
      const row = {
        id: newId(),
        workspace_id: input.workspaceId,
        name: input.name,
        role: input.role,
        token_hash: hashSecret(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        created_by: input.createdBy ?? null,
        created_at: now(),
        last_used_at: null,
        revoked_at: null,
      };
      await store.insertToken(db, row);
      return {
        id: row.id,
        name: row.name,
        role: row.role,
        prefix: row.prefix,
        created_at: row.created_at,
        token: secret,
      };
    },

    async resolveToken(secret: string): Promise<Actor | null> {
      if (!secret.startsWith(TOKEN_PREFIX)) return null;
      const token = await store.tokenByHash(db, hashSecret(secret));
      if (!token || token.revoked_at) return null;
      // Best-effort "last used"; at most once a minute so busy integrations do not write on every call.
      const t = now();
      if (!token.last_used_at || Date.parse(t) - Date.parse(token.last_used_at) > 60_000) {
        await store.touchToken(db, token.id, t);
      }
      return {
        workspaceId: token.workspace_id,
        role: token.role,
        userId: null,
        tokenId: token.id,
        label: `token ${token.name}`,
      };
    },

    listTokens: (actor: Actor) => store.tokensOf(db, actor.workspaceId),

    async revokeToken(actor: Actor, id: string) {
      const r = await store.revokeToken(db, actor.workspaceId, id, now());
      if (!r.numUpdatedRows) throw notFound("token");
    },

    listMembers: (actor: Actor) => store.membersOf(db, actor.workspaceId),

    async addUser(actor: Actor, input: { email: string; name: string; role: Role; password: string }) {
      const user = await createUser(input);
      if (await store.membership(db, actor.workspaceId, user.id)) {
        throw conflict("this user is already a member", "email");
      }
      await store.insertMembership(db, actor.workspaceId, user.id, input.role, now());
      return { id: user.id, email: user.email, name: user.name, role: input.role };
    },

    async workspace(id: string) {
      const ws = await store.workspaceById(db, id);
      if (!ws) throw notFound("workspace");
      return ws;
    },

    async workspaceBySlug(slug: string) {
      const ws = await store.workspaceBySlug(db, slug);
      if (!ws) throw invalid(`no workspace with slug "${slug}"`, "workspace");
      return ws;
    },

    firstWorkspace: () => store.firstWorkspace(db),
    allWorkspaceIds: () => store.allWorkspaceIds(db),
    /** Name, time zone, customer languages, currency, brand, public address (./workspace-settings.ts). */
    settings: (workspaceId: string) => getWorkspaceSettings(ctx, workspaceId),
  };
}
