import type { Migration } from "../migration.js";

/** Live detection reads shop events in the order they arrived: a shop retries a webhook minutes later. */
export const shopEventsArrival: Migration = {
  name: "0240_shop_events_arrival",
  async up(db) {
    await db.schema
      .createIndex("shop_events_ws_created")
      .on("shop_events")
      .columns(["workspace_id", "created_at", "id"])
      .execute();
  },
};
