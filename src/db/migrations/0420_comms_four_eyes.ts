import type { Migration } from "../migration.js";

/**
 * Four eyes on messages: the user who wrote a message and the one who sent it for approval are kept by id,
 * so neither approves it (labels stay for the record; older rows compare by label). `rendered` keeps the
 * message's last rendering so lists show it instead of rendering every template again.
 */
export const commsFourEyes: Migration = {
  name: "0420_comms_four_eyes",
  async up(db) {
    await db.schema.alterTable("comms_messages").addColumn("created_by_user", "text").execute();
    await db.schema.alterTable("comms_messages").addColumn("submitted_by_user", "text").execute();
    await db.schema.alterTable("comms_messages").addColumn("rendered", "text").execute();
  },
};
