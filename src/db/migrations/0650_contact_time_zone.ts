import type { Migration } from "../migration.js";

/**
 * A shop contact's IANA time zone (CSV column or shop event `time_zone`): the times in a shop e-mail to
 * them are in it. Null: the shop's zone, as before.
 */
export const contactTimeZone: Migration = {
  name: "0650_contact_time_zone",
  async up(db) {
    await db.schema.alterTable("comms_contacts").addColumn("time_zone", "text").execute();
  },
};
