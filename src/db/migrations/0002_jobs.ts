import type { Migration } from "../migration.js";

export const jobs: Migration = {
  name: "0002_jobs",
  async up(db) {
    await db.schema
      .createTable("jobs")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("queue", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("payload", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("max_attempts", "integer", (c) => c.notNull())
      .addColumn("run_at", "text", (c) => c.notNull())
      .addColumn("locked_by", "text")
      .addColumn("locked_until", "text")
      .addColumn("last_error", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("finished_at", "text")
      .addUniqueConstraint("jobs_queue_key", ["queue", "key"])
      .execute();
    await db.schema.createIndex("jobs_due").on("jobs").columns(["status", "run_at"]).execute();
  },
};
