import type { Migration } from "../migration.js";

/**
 * The language the customer wrote in, beside the one the case is answered in: a Portuguese post in a
 * German shop was stored as a German case, and the team was told nothing. Cases opened before this
 * keep none (null: not known), as their detected code was not kept.
 */
export const caseCustomerLanguage: Migration = {
  name: "0620_case_customer_language",
  async up(db) {
    await db.schema.alterTable("cases").addColumn("customer_language", "text").execute();
  },
};
