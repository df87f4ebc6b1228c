import type { Migration } from "../migration.js";

/**
 * Sent means sent: an outgoing case message records when it really left and who says so (`sent_at`,
 * `sent_by`); a reply copied to send by hand has none until someone marks it sent. Messages written
 * before this were counted as sent when written, so they keep that. Four eyes: a remedy remembers the
 * user who asked for it, so that person cannot approve it.
 */
export const caseSentAndFourEyes: Migration = {
  name: "0610_case_sent_and_four_eyes",
  async up(db) {
    await db.schema.alterTable("case_messages").addColumn("sent_at", "text").execute();
    await db.schema.alterTable("case_messages").addColumn("sent_by", "text").execute();
    await db
      .updateTable("case_messages")
      .set((eb) => ({ sent_at: eb.ref("at"), sent_by: eb.ref("author") }))
      .where("direction", "=", "out")
      .execute();
    await db.schema.alterTable("case_remedies").addColumn("requested_by_user", "text").execute();
  },
};
