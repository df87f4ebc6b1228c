import { sql } from "kysely";
import type { Migration } from "../migration.js";

export const comms: Migration = {
  name: "0401_comms",
  async up(db, dialect) {
    await db.schema
      .createTable("comms_templates")
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("crisis_type", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("subject", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("comms_templates_pk", ["workspace_id", "kind", "crisis_type", "language"])
      .execute();
    await db.schema
      .createTable("comms_messages")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("crisis_id", "text")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("crisis_type", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("subject", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("vars", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("submitted_by", "text")
      .addColumn("submitted_at", "text")
      .addColumn("approved_by", "text")
      .addColumn("approved_by_user", "text")
      .addColumn("approved_at", "text")
      .addColumn("sent_by", "text")
      .addColumn("sent_at", "text")
      .addColumn("sends", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("comms_messages_ws")
      .on("comms_messages")
      .columns(["workspace_id", "created_at"])
      .execute();
    // No foreign key: the audit log outlives what it speaks of.
    await db.schema
      .createTable("comms_audit")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull())
      .addColumn("message_id", "text")
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("actor_user_id", "text")
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("comms_audit_ws").on("comms_audit").columns(["workspace_id", "at"]).execute();
    // Append-only in the store itself, not only in the code: an UPDATE or DELETE is refused.
    if (dialect === "postgres") {
      await sql`create or replace function comms_audit_append_only() returns trigger language plpgsql as $$
        begin raise exception 'comms_audit is append-only'; end $$`.execute(db);
      await sql`create trigger comms_audit_no_change before update or delete on comms_audit
        for each row execute function comms_audit_append_only()`.execute(db);
    } else {
      await sql`create trigger comms_audit_no_update before update on comms_audit
        begin select raise(abort, 'comms_audit is append-only'); end`.execute(db);
      await sql`create trigger comms_audit_no_delete before delete on comms_audit
        begin select raise(abort, 'comms_audit is append-only'); end`.execute(db);
    }
    await db.schema
      .createTable("comms_contacts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("email", "text", (c) => c.notNull())
      .addColumn("name", "text")
      .addColumn("language", "text")
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("last_order_at", "text")
      .addColumn("paid_at", "text")
      .addColumn("shipped_at", "text")
      .addColumn("token", "text", (c) => c.notNull().unique())
      // Added by 0140 on stores made before it; here so a new store has it (0140 runs first by name).
      .addColumn("token_hash", "text", (c) => c.unique())
      .addColumn("unsubscribed_at", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("comms_contacts_email", ["workspace_id", "email"])
      .execute();
  },
};
