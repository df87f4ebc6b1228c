import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import { hashSecret } from "../core/ids.js";
import type {
  CommsAuditTable,
  CommsContactsTable,
  CommsMessagesTable,
  CommsTemplatesTable,
} from "./tables.js";

type Db = Kysely<Database>;

export const SEGMENTS = ["all", "orders_7d", "paid_not_shipped"] as const;
export type Segment = (typeof SEGMENTS)[number];

export const commsStore = {
  templates: (db: Db, ws: string) =>
    db.selectFrom("comms_templates").selectAll().where("workspace_id", "=", ws).execute(),
  template: (db: Db, ws: string, kind: string, type: string, lang: string) =>
    db
      .selectFrom("comms_templates")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("kind", "=", kind)
      .where("crisis_type", "=", type)
      .where("language", "=", lang)
      .executeTakeFirst(),
  putTemplate: (db: Db, row: CommsTemplatesTable) =>
    db
      .insertInto("comms_templates")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["workspace_id", "kind", "crisis_type", "language"]).doUpdateSet({
          subject: row.subject,
          body: row.body,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
        }),
      )
      .execute(),
  deleteTemplate: (db: Db, ws: string, kind: string, type: string, lang: string) =>
    db
      .deleteFrom("comms_templates")
      .where("workspace_id", "=", ws)
      .where("kind", "=", kind)
      .where("crisis_type", "=", type)
      .where("language", "=", lang)
      .executeTakeFirst(),

  insertMessage: (db: Db, row: CommsMessagesTable) => db.insertInto("comms_messages").values(row).execute(),
  message: (db: Db, ws: string, id: string) =>
    db
      .selectFrom("comms_messages")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("id", "=", id)
      .executeTakeFirst(),
  /** Compare-and-set on the status, so two people acting at once cannot both move the message. */
  updateMessage: (db: Db, ws: string, id: string, fromStatus: string[], set: Partial<CommsMessagesTable>) =>
    db
      .updateTable("comms_messages")
      .set(set)
      .where("workspace_id", "=", ws)
      .where("id", "=", id)
      .where("status", "in", fromStatus)
      .executeTakeFirst(),
  messages: (
    db: Db,
    ws: string,
    f: {
      crisisId?: string | undefined;
      status?: string | undefined;
      before?: string | undefined;
      limit: number;
    },
  ) => {
    let q = db.selectFrom("comms_messages").selectAll().where("workspace_id", "=", ws);
    if (f.crisisId) q = q.where("crisis_id", "=", f.crisisId);
    if (f.status) q = q.where("status", "=", f.status);
    if (f.before) q = q.where("id", "<", f.before);
    return q.orderBy("id", "desc").limit(f.limit).execute();
  },

  /** Keeps a message's last rendering; it does not count as an edit (updated_at stays). */
  saveRendering: (db: Db, ws: string, id: string, rendered: string) =>
    db
      .updateTable("comms_messages")
      .set({ rendered })
      .where("workspace_id", "=", ws)
      .where("id", "=", id)
      .execute(),
  insertAudit: (db: Db, row: CommsAuditTable) => db.insertInto("comms_audit").values(row).execute(),
  audit: (
    db: Db,
    ws: string,
    f: { messageId?: string | undefined; before?: string | undefined; limit: number },
  ) => {
    let q = db.selectFrom("comms_audit").selectAll().where("workspace_id", "=", ws);
    if (f.messageId) q = q.where("message_id", "=", f.messageId);
    if (f.before) q = q.where("id", "<", f.before);
    return q.orderBy("id", "desc").limit(f.limit).execute();
  },

  contactByEmail: (db: Db, ws: string, email: string) =>
    db
      .selectFrom("comms_contacts")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("email", "=", email)
      .executeTakeFirst(),
  contactByToken: (db: Db, token: string) =>
    db
      .selectFrom("comms_contacts")
      .selectAll()
      .where("token_hash", "=", hashSecret(token))
      .executeTakeFirst(),
  insertContact: (db: Db, row: CommsContactsTable) =>
    db
      .insertInto("comms_contacts")
      .values(row)
      .onConflict((oc) => oc.columns(["workspace_id", "email"]).doNothing())
      .executeTakeFirst(),
  setContact: (db: Db, id: string, set: Partial<CommsContactsTable>) =>
    db.updateTable("comms_contacts").set(set).where("id", "=", id).execute(),
  /** A segment's contacts, paged by id; `includeUnsubscribed` only for legally required notices. */
  segment: (
    db: Db,
    ws: string,
    segment: Segment,
    now: string,
    o: { after?: string | undefined; limit: number; includeUnsubscribed?: boolean },
  ) => {
    let q = db.selectFrom("comms_contacts").selectAll().where("workspace_id", "=", ws);
    if (!o.includeUnsubscribed) q = q.where("unsubscribed_at", "is", null);
    if (segment === "orders_7d")
      q = q.where("last_order_at", ">=", new Date(Date.parse(now) - 7 * 86_400_000).toISOString());
    if (segment === "paid_not_shipped")
      q = q
        .where("paid_at", "is not", null)
        .where((e) => e.or([e("shipped_at", "is", null), e("shipped_at", "<", e.ref("paid_at"))]));
    if (o.after) q = q.where("id", ">", o.after);
    return q.orderBy("id").limit(o.limit).execute();
  },
};
