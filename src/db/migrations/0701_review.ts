import type { Migration } from "../migration.js";

export const review: Migration = {
  name: "0701_review",
  async up(db) {
    await db.schema
      .createTable("postmortems")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("crisis_id", "text", (c) => c.notNull().references("crises.id").onDelete("cascade"))
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("blameless", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("causes", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("contributing_factors", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("went_well", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("went_badly", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("drafted_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("postmortems_crisis")
      .on("postmortems")
      .columns(["crisis_id"])
      .unique()
      .execute();
    await db.schema
      .createIndex("postmortems_ws")
      .on("postmortems")
      .columns(["workspace_id", "drafted_at"])
      .execute();

    await db.schema
      .createTable("action_items")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("crisis_id", "text", (c) => c.notNull().references("crises.id").onDelete("cascade"))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("owner_user_id", "text")
      .addColumn("owner_name", "text", (c) => c.notNull())
      .addColumn("owner_email", "text")
      .addColumn("due_date", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("plan_part", "text", (c) => c.notNull())
      .addColumn("plan_ref", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("done_at", "text")
      .addColumn("reminded_for", "text")
      .execute();
    await db.schema
      .createIndex("action_items_crisis")
      .on("action_items")
      .columns(["crisis_id", "created_at"])
      .execute();
    await db.schema
      .createIndex("action_items_due")
      .on("action_items")
      .columns(["workspace_id", "status", "due_date"])
      .execute();
  },
};
