import type { Migration } from "../migration.js";

export const plan: Migration = {
  name: "0302_plan",
  async up(db) {
    await db.schema
      .createTable("plans")
      .addColumn("workspace_id", "text", (c) =>
        c.primaryKey().references("workspaces.id").onDelete("cascade"),
      )
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("revision", "integer", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      // The date a reminder was last sent for, so one due date gives one reminder.
      .addColumn("reminded_for", "text")
      .execute();
    await db.schema
      .createTable("plan_revisions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("revision", "integer", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("reviewed", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("plan_revisions_ws")
      .on("plan_revisions")
      .columns(["workspace_id", "revision"])
      .unique()
      .execute();
  },
};
