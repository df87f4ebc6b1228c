import type { Migration } from "../migration.js";

/**
 * When a maintenance window's first notice went out (`announced_at`): a "cancelled" or "rescheduled"
 * mail goes only to subscribers who were on the list by then, so nobody hears of a change to a window
 * they never heard of. A window posted before this had its first notice queued with it and sent at
 * once, so it counts as announced when posted; one already cancelled needs no more notices.
 */
export const maintenanceAnnounced: Migration = {
  name: "0440_maintenance_announced",
  async up(db) {
    await db.schema.alterTable("status_maintenance").addColumn("announced_at", "text").execute();
    await db
      .updateTable("status_maintenance")
      .set((eb) => ({ announced_at: eb.ref("created_at") }))
      .where("cancelled_at", "is", null)
      .execute();
  },
};
