/** Messages, their approval flow, workspace template edits, customer lists and the append-only audit log. */

export interface CommsTemplatesTable {
  workspace_id: string;
  kind: string;
  crisis_type: string;
  language: string;
  subject: string;
  body: string;
  updated_by: string;
  updated_at: string;
}

export interface CommsMessagesTable {
  id: string;
  workspace_id: string;
  crisis_id: string | null;
  kind: string;
  crisis_type: string;
  language: string;
  /** Liquid source; rendered per recipient when sent. */
  subject: string;
  body: string;
  /** JSON object: free fields (vars.*) and the breach notice's parts (breach.*). */
  vars: string;
  /** draft → review → approved → sent; cancelled ends it. */
  status: string;
  created_by: string;
  /** Four eyes: the writer and the one who asked for approval, by user id (null for tokens and old rows). */
  created_by_user: string | null;
  created_at: string;
  updated_at: string;
  submitted_by: string | null;
  submitted_by_user: string | null;
  submitted_at: string | null;
  approved_by: string | null;
  approved_by_user: string | null;
  approved_at: string | null;
  sent_by: string | null;
  sent_at: string | null;
  /** JSON array of {channel, at, by, count?, target?}. */
  sends: string;
  /**
   * JSON of the last rendering ({preview, translations}) with the `updated_at` it was made for: lists show
   * it instead of rendering every template again. Null until first rendered.
   */
  rendered: string | null;
}

export interface CommsAuditTable {
  id: string;
  workspace_id: string;
  message_id: string | null;
  at: string;
  actor: string;
  actor_user_id: string | null;
  action: string;
  /** JSON. */
  data: string;
}

export interface CommsContactsTable {
  id: string;
  workspace_id: string;
  email: string;
  name: string | null;
  language: string | null;
  /** Their IANA time zone (0650): a shop e-mail's times are in it; null, the shop's. */
  time_zone: string | null;
  source: string;
  last_order_at: string | null;
  paid_at: string | null;
  shipped_at: string | null;
  /** Random secret of the one-click unsubscribe link, sealed (every message carries it again). */
  token: string;
  /** SHA-256 of the token: how a link finds its contact. */
  token_hash: string;
  unsubscribed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CommsTables {
  comms_templates: CommsTemplatesTable;
  comms_messages: CommsMessagesTable;
  comms_audit: CommsAuditTable;
  comms_contacts: CommsContactsTable;
}
