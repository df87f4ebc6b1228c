import type { Migration } from "../migration.js";

/**
 * Live detection reads mentions in the order they arrived: a feed's or a review platform's mentions are
 * stamped minutes to a day before they arrive, and read by their own time they fell behind the cursor.
 */
export const arrivalOrder: Migration = {
  name: "0160_arrival_order",
  async up(db) {
    await db.schema
      .createIndex("mentions_ws_received")
      .on("mentions")
      .columns(["workspace_id", "received_at", "id"])
      .execute();
  },
};
