import type { Migration } from "../migration.js";

/** A false alarm ends a crisis as `declined`, with when and why, so it stays out of the real figures. */
export const crisisDeclined: Migration = {
  name: "0310_crisis_declined",
  async up(db) {
    await db.schema.alterTable("crises").addColumn("declined_at", "text").execute();
    await db.schema.alterTable("crises").addColumn("declined_reason", "text").execute();
  },
};
