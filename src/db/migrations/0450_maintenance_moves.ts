import type { Migration } from "../migration.js";

/**
 * Each time a maintenance window was moved and the window it moved from (`moves`, JSON, null when never
 * moved): the feed tells a reader of every move with the new window, and its "scheduled" entry keeps
 * the window first announced instead of silently taking the new times.
 */
export const maintenanceMoves: Migration = {
  name: "0450_maintenance_moves",
  async up(db) {
    await db.schema.alterTable("status_maintenance").addColumn("moves", "text").execute();
  },
};
