import { request } from "undici";
import type { AppContext } from "../../app/context.js";
import { newId } from "../../core/ids.js";
import { outboundAgent } from "../../core/outbound.js";
import { openSecret, redactSecretUrl } from "../../core/secrets.js";
import type { DeliveryJob } from "../schema.js";
import { signWebhook } from "../signing.js";
import { webhooksStore as store } from "../store.js";

/** Channels whose URL is the credential (an incoming-webhook URL): sealed in jobs, redacted in the log. */
export const SECRET_URL_CHANNELS = new Set(["slack"]);
const TIMEOUT_MS = 10_000;
/** Endpoints and alert channels are named by tenants: connections go through the outbound guard. */
const agent = outboundAgent({ connectTimeoutMs: TIMEOUT_MS });

/**
 * The headers and body of one attempt, signed at `at` (the app clock); the secret is opened only here,
 * never stored in clear.
 */
function requestOf(job: DeliveryJob, at: Date): { headers: Record<string, string>; body: string } {
  const base = { "content-type": "application/json", "user-agent": "Firebreak-Webhooks/1" };
  const secret = job.secret ? openSecret(job.secret) : null;
  if (secret && job.auth === "genie_key") {
    return { headers: { ...base, authorization: `GenieKey ${secret}` }, body: job.body };
  }
  if (secret && job.auth === "routing_key") {
    return { headers: base, body: JSON.stringify({ routing_key: secret, ...JSON.parse(job.body) }) };
  }
  return {
    headers: {
      ...base,
      ...(secret ? signWebhook(secret, job.messageId, job.body, at) : { "webhook-id": job.messageId }),
    },
    body: job.body,
  };
}

/** The `message` (and PagerDuty's `errors`) of a refusal, cut short: text from elsewhere, shown in the log. */
async function refusalOf(body: { text(): Promise<string> }): Promise<string> {
  try {
    const answer = JSON.parse((await body.text()).slice(0, 4000)) as { message?: unknown; errors?: unknown };
    // PagerDuty lists its errors; Opsgenie maps each field to what is wrong with it.
    const listed = Array.isArray(answer.errors)
      ? answer.errors
      : answer.errors && typeof answer.errors === "object"
        ? Object.entries(answer.errors).map(([k, v]) => `${k}: ${String(v)}`)
        : [];
    const errors = listed.filter((e): e is string => typeof e === "string");
    const said = [typeof answer.message === "string" ? answer.message : "", ...errors].filter(Boolean);
    return said.join("; ").slice(0, 300);
  } catch {
    return "";
  }
}

/** One HTTP attempt; throws on failure so the job runner retries with backoff. Every attempt is logged. */
export async function attemptDelivery(ctx: Pick<AppContext, "db" | "clock">, job: DeliveryJob, n: number) {
  const url = openSecret(job.url);
  const { headers, body } = requestOf(job, ctx.clock.now());
  const started = performance.now();
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await request(url, {
      dispatcher: agent,
      method: "POST",
      headers,
      body,
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
    });
    status = res.statusCode;
    const ok = status >= 200 && status < 300;
    // A paging tool says why it refused (a bad key, an invalid event): worth keeping in the log.
    let said = "";
    if (!ok && job.auth && job.auth !== "sign") said = await refusalOf(res.body);
    else await res.body.dump();
    if (!ok) error = `the receiver answered ${status}${said ? `: ${said}` : ""}`;
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  await store.insertDelivery(ctx.db, {
    id: newId(),
    workspace_id: job.workspaceId,
    endpoint_id: job.endpointId,
    channel: job.channel,
    url: SECRET_URL_CHANNELS.has(job.channel) ? redactSecretUrl(url) : url,
    message_id: job.messageId,
    type: job.type,
    attempt: n,
    status_code: status,
    ok: error ? 0 : 1,
    error,
    duration_ms: Math.round(performance.now() - started),
    created_at: ctx.clock.now().toISOString(),
    body: job.body,
  });
  if (error) throw new Error(error);
}
