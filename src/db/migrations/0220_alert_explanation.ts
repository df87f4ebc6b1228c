import type { Migration } from "../migration.js";

/**
 * What an alert explains (issue 15): since when the rise ran, the usual range of the count, the window
 * and the latest mentions of the rise, kept as the detector said them when the alert opened or grew.
 * JSON `AlertExplanation` (src/alerts/tables.ts); null on alerts of older versions and raised alerts.
 */
export const alertExplanation: Migration = {
  name: "0220_alert_explanation",
  async up(db) {
    await db.schema.alterTable("alerts").addColumn("explanation", "text").execute();
  },
};
