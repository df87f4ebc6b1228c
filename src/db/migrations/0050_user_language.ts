import type { Migration } from "../migration.js";

/** Each person's dashboard language; null until they choose one, so the browser's language decides. */
export const userLanguage: Migration = {
  name: "0050_user_language",
  async up(db) {
    await db.schema.alterTable("users").addColumn("language", "text").execute();
  },
};
