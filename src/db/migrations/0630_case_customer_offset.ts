import type { Migration } from "../migration.js";

/**
 * The customer's offset from UTC in minutes, as the `Date:` header of their e-mail gave it ("+0100" →
 * 60): the only hint of their own clock we get. A draft that promises a time adds the customer's time
 * beside the shop's. Null for a post, a case opened by hand, a `-0000` date and cases opened before this.
 */
export const caseCustomerOffset: Migration = {
  name: "0630_case_customer_offset",
  async up(db) {
    await db.schema.alterTable("cases").addColumn("customer_utc_offset", "integer").execute();
  },
};
