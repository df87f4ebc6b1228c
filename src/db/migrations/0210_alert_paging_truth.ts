import type { Migration } from "../migration.js";

/**
 * Paging that tells the truth: a notification that could not go out keeps why (`error`), and an alert keeps
 * what its rules made of it (`paging`: paged, held back, or which rule came closest and why it missed).
 */
export const alertPagingTruth: Migration = {
  name: "0210_alert_paging_truth",
  async up(db) {
    await db.schema.alterTable("alert_notifications").addColumn("error", "text").execute();
    await db.schema.alterTable("alerts").addColumn("paging", "text").execute();
  },
};
