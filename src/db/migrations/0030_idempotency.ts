import type { Migration } from "../migration.js";

export const idempotency: Migration = {
  name: "0030_idempotency",
  async up(db) {
    await db.schema
      .createTable("idempotency_keys")
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("fingerprint", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("status_code", "integer")
      .addColumn("content_type", "text")
      .addColumn("location", "text")
      .addColumn("body", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("idempotency_keys_pk", ["scope", "key"])
      .execute();
    await db.schema
      .createIndex("idempotency_keys_by_age")
      .on("idempotency_keys")
      .column("created_at")
      .execute();
  },
};
