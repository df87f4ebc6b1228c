import type { Migration } from "../migration.js";

/**
 * The key a paging tool was paged with (PagerDuty routing key, Opsgenie API key), sealed, on the
 * notification that paged: the acknowledgement and the resolution reach the incident it opened even after
 * the channel was removed from its rule or the rule deleted. Null on every other notification.
 */
export const alertPagingCredential: Migration = {
  name: "0230_alert_paging_credential",
  async up(db) {
    await db.schema.alterTable("alert_notifications").addColumn("credential", "text").execute();
  },
};
