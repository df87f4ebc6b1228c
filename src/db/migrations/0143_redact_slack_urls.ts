import { isSealed, redactSecretUrl, sealSecret } from "../../core/secrets.js";
import type { Migration } from "../migration.js";
import { existingTables } from "./0140_seal_more_secrets.js";

/**
 * A Slack incoming-webhook URL is the credential itself. Earlier versions wrote it in clear to the
 * delivery log, the alert's notification log and queued delivery jobs: the logs now name it by origin
 * and hash, and a queued job keeps it sealed. On a new store the alert tables do not exist yet (name
 * order) and there is nothing to change.
 */
export const redactSlackUrls: Migration = {
  name: "0143_redact_slack_urls",
  async up(db, dialect) {
    const tables = await existingTables(db, dialect);
    const redacted = (s: string) => s.includes("/…#");
    if (tables.has("webhook_deliveries")) {
      const rows = (await db
        .selectFrom("webhook_deliveries")
        .select(["id", "url"])
        .where("channel", "=", "slack")
        .execute()) as { id: string; url: string }[];
      for (const r of rows.filter((r) => !redacted(r.url))) {
        await db
          .updateTable("webhook_deliveries")
          .set({ url: redactSecretUrl(r.url) })
          .where("id", "=", r.id)
          .execute();
      }
    }
    if (tables.has("alert_notifications")) {
      const rows = (await db
        .selectFrom("alert_notifications")
        .select(["id", "target"])
        .where("channel", "=", "slack")
        .execute()) as { id: string; target: string }[];
      for (const r of rows.filter((r) => !redacted(r.target))) {
        await db
          .updateTable("alert_notifications")
          .set({ target: redactSecretUrl(r.target) })
          .where("id", "=", r.id)
          .execute();
      }
    }
    if (tables.has("jobs")) {
      const rows = (await db
        .selectFrom("jobs")
        .select(["id", "payload"])
        .where("queue", "=", "webhooks.deliver")
        .where("status", "in", ["queued", "running"])
        .execute()) as { id: string; payload: string }[];
      for (const r of rows) {
        const job = JSON.parse(r.payload) as { channel?: string; url?: string };
        if (job.channel !== "slack" || typeof job.url !== "string" || isSealed(job.url)) continue;
        job.url = sealSecret(job.url);
        await db
          .updateTable("jobs")
          .set({ payload: JSON.stringify(job) })
          .where("id", "=", r.id)
          .execute();
      }
    }
  },
};
