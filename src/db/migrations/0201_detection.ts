import type { Migration } from "../migration.js";

export const detection: Migration = {
  name: "0201_detection",
  async up(db) {
    await db.schema
      .createTable("shop_events")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("event_id", "text", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("platform", "text", (c) => c.notNull())
      .addColumn("order_id", "text")
      .addColumn("customer_email", "text")
      .addColumn("amount", "bigint")
      .addColumn("currency", "text")
      .addColumn("occurred_at", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("shop_events_ws_event", ["workspace_id", "event_id"])
      .execute();
    await db.schema
      .createIndex("shop_events_ws_time")
      .on("shop_events")
      .columns(["workspace_id", "occurred_at"])
      .execute();
    await db.schema
      .createIndex("shop_events_ws_email")
      .on("shop_events")
      .columns(["workspace_id", "customer_email"])
      .execute();
    await db.schema
      .createIndex("shop_events_ws_order")
      .on("shop_events")
      .columns(["workspace_id", "order_id"])
      .execute();
    await db.schema
      .createTable("shop_integrations")
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("platform", "text", (c) => c.notNull())
      .addColumn("secret", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("shop_integrations_pk", ["workspace_id", "platform"])
      .execute();
    await db.schema
      .createTable("detector_states")
      .addColumn("workspace_id", "text", (c) =>
        c.primaryKey().references("workspaces.id").onDelete("cascade"),
      )
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("mention_cursor", "text")
      .addColumn("shop_cursor", "text")
      .addColumn("config", "text", (c) => c.notNull().defaultTo("{}"))
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
  },
};
