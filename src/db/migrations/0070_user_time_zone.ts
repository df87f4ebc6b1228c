import type { Migration } from "../migration.js";

/**
 * Each person's own IANA time zone; null until they choose one, so mails to them give the shop's
 * (named). Clock reminders and escalations gave a team member in Tokyo the Warsaw time.
 */
export const userTimeZone: Migration = {
  name: "0070_user_time_zone",
  async up(db) {
    await db.schema.alterTable("users").addColumn("time_zone", "text").execute();
  },
};
