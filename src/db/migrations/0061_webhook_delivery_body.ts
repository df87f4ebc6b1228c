import type { Migration } from "../migration.js";

/**
 * The body a delivery sent, so an admin can resend it from the log exactly as it was. Kept on every
 * attempt's row, so any row of the log is enough to resend; rows from before this column have none.
 */
export const webhookDeliveryBody: Migration = {
  name: "0061_webhook_delivery_body",
  async up(db) {
    await db.schema.alterTable("webhook_deliveries").addColumn("body", "text").execute();
  },
};
