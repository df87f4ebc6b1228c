import type { Migration } from "../migration.js";

/**
 * When a maintenance window's first notice went out (`announced_at`): a "cancelled" mail goes only to
 * subscribers who were on the list by then, so nobody hears of a cancellation of a window they never
 * heard of. Windows posted before this have none, and their cancellations stay unmailed.
 */
export const maintenanceAnnounced: Migration = {
  name: "0440_maintenance_announced",
  async up(db) {
    await db.schema.alterTable("status_maintenance").addColumn("announced_at", "text").execute();
  },
};
