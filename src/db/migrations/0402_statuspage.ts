import type { Migration } from "../migration.js";

export const statuspage: Migration = {
  name: "0402_statuspage",
  async up(db) {
    await db.schema
      .createTable("status_components")
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("component", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("status_components_pk", ["workspace_id", "component"])
      .execute();
    await db.schema
      .createTable("status_incidents")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("crisis_id", "text")
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("impact", "text", (c) => c.notNull())
      .addColumn("components", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("resolved_at", "text")
      .execute();
    await db.schema
      .createIndex("status_incidents_ws")
      .on("status_incidents")
      .columns(["workspace_id", "created_at"])
      .execute();
    await db.schema
      .createTable("status_updates")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("incident_id", "text", (c) =>
        c.notNull().references("status_incidents.id").onDelete("cascade"),
      )
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("published_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("status_updates_ws")
      .on("status_updates")
      .columns(["workspace_id", "published_at"])
      .execute();
    await db.schema
      .createTable("status_maintenance")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("components", "text", (c) => c.notNull())
      .addColumn("starts_at", "text", (c) => c.notNull())
      .addColumn("ends_at", "text", (c) => c.notNull())
      .addColumn("cancelled_at", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("status_subscribers")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("email", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("token", "text", (c) => c.notNull().unique())
      // Added by 0140 on stores made before it; here so a new store has it (0140 runs first by name).
      .addColumn("token_hash", "text", (c) => c.unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("confirmed_at", "text")
      .addColumn("unsubscribed_at", "text")
      .addUniqueConstraint("status_subscribers_email", ["workspace_id", "email"])
      .execute();
  },
};
