import type { Kysely } from "kysely";
import type { AppContext } from "../../app/context.js";
import type { Database } from "../../app/database.js";
import { openNullable, redactSecretUrl, sealNullable, sealSecret } from "../../core/secrets.js";
import type { DeliveryJob } from "../schema.js";
import { SECRET_URL_CHANNELS } from "./attempt.js";

export const DELIVER_QUEUE = "webhooks.deliver";

/** `again` marks a resend: the same message (same webhook-id) queued once more under its own key. */
export async function enqueueDelivery(
  ctx: Pick<AppContext, "db" | "jobs">,
  job: DeliveryJob,
  trx?: Kysely<Database>,
  again?: string,
) {
  const secretUrl = SECRET_URL_CHANNELS.has(job.channel);
  // The job row is stored too: its copy of the secret is sealed like the endpoint's.
  return ctx.jobs.enqueue(
    DELIVER_QUEUE,
    {
      ...job,
      secret: sealNullable(openNullable(job.secret)),
      // A Slack URL is the credential itself: sealed in the job, never in its key or the delivery log.
      url: secretUrl ? sealSecret(job.url) : job.url,
    },
    {
      key: `${job.channel}:${secretUrl ? redactSecretUrl(job.url) : job.url}:${job.messageId}${again ? `:resend:${again}` : ""}`,
    },
    trx ?? ctx.db,
  );
}
