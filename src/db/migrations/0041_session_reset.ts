import type { Migration } from "../migration.js";

/**
 * A session opened with a one-time login link may set a new password without the old one for a short
 * while: that is how a person who forgot theirs gets back in (`firebreak user link`).
 */
export const sessionReset: Migration = {
  name: "0041_session_reset",
  async up(db) {
    await db.schema.alterTable("sessions").addColumn("reset_until", "text").execute();
  },
};
