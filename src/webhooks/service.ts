import type { Kysely } from "kysely";
import { request } from "undici";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import type { Actor } from "../core/actor.js";
import { conflict, notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { outboundAgent } from "../core/outbound.js";
import { openNullable, openSecret, redactSecretUrl, sealNullable, sealSecret } from "../core/secrets.js";
import { createEndpointInput, type DeliveryAuth, type DeliveryJob } from "./schema.js";
import { newWebhookSecret, signWebhook } from "./signing.js";
import { webhooksStore as store } from "./store.js";

export const DELIVER_QUEUE = "webhooks.deliver";
/** Channels whose URL is the credential (an incoming-webhook URL): sealed in jobs, redacted in the log. */
const SECRET_URL_CHANNELS = new Set(["slack"]);
/** Backoff doubles up to an hour; 40 attempts keep trying for well over a day, as the contract asks. */
const MAX_ATTEMPTS = 40;
const TIMEOUT_MS = 10_000;
/** Endpoints and alert channels are named by tenants: connections go through the outbound guard. */
const agent = outboundAgent({ connectTimeoutMs: TIMEOUT_MS });

export interface Target {
  url: string;
  /** `whsec_…`; null sends unsigned (Slack-compatible incoming webhooks). */
  secret: string | null;
  channel: string;
  /** How the secret is used (default: Standard Webhooks signing). */
  auth?: DeliveryAuth;
}

export interface SendOptions {
  /** The idempotency key, sent as webhook-id; the same key is sent once per target. */
  key?: string;
  /** Enqueue inside this transaction. */
  db?: Kysely<Database>;
  /** Send this body as it is instead of the standard envelope (Slack Block Kit). */
  rawBody?: unknown;
}

export type WebhooksService = ReturnType<typeof createWebhooksService>;

const envelope = (type: string, data: unknown, at: Date) =>
  JSON.stringify({ type, timestamp: at.toISOString(), data });

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

const toOut = (row: Database["webhook_endpoints"]) => ({
  id: row.id,
  url: row.url,
  events: JSON.parse(row.events) as string[],
  description: row.description,
  active: row.active === 1,
  created_at: row.created_at,
});

export function createWebhooksService(ctx: AppContext) {
  const { db } = ctx;

  ctx.jobs.register<DeliveryJob>(DELIVER_QUEUE, (job, info) => attempt(job, info.attempt), {
    maxAttempts: MAX_ATTEMPTS,
    concurrency: 8,
  });

  /** One HTTP attempt; throws on failure so the job runner retries with backoff. Every attempt is logged. */
  async function attempt(job: DeliveryJob, n: number): Promise<void> {
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
    await store.insertDelivery(db, {
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

  /** `again` marks a resend: the same message (same webhook-id) queued once more under its own key. */
  async function enqueue(job: DeliveryJob, trx?: Kysely<Database>, again?: string) {
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
      trx ?? db,
    );
  }

  /**
   * Sends a logged delivery again, as it was (same body, same webhook-id, so a receiver that already
   * has it can tell), to its endpoint's current address and secret, with the usual retries.
   */
  async function resendDelivery(actor: Actor, deliveryId: string) {
    const d = await store.delivery(db, actor.workspaceId, deliveryId);
    if (!d) throw notFound("webhook delivery");
    if (!d.endpoint_id || d.body === null) {
      throw conflict("only deliveries to an endpoint, logged with their body, can be resent", "id");
    }
    const e = await store.endpoint(db, actor.workspaceId, d.endpoint_id);
    if (!e) throw conflict("the endpoint of this delivery was removed", "id");
    await enqueue(
      {
        workspaceId: actor.workspaceId,
        endpointId: e.id,
        channel: "endpoint",
        url: e.url,
        secret: e.secret,
        messageId: d.message_id,
        type: d.type,
        body: d.body,
      },
      undefined,
      newId(),
    );
    return { message_id: d.message_id };
  }

  return {
    async createEndpoint(actor: Actor, raw: unknown) {
      const input = createEndpointInput.parse(raw);
      const row = {
        id: newId(),
        workspace_id: actor.workspaceId,
        url: input.url,
        events: JSON.stringify([...new Set(input.events)]),
        secret: sealSecret(newWebhookSecret()),
        description: input.description ?? null,
        active: 1,
        created_at: ctx.clock.now().toISOString(),
      };
      await store.insertEndpoint(db, row);
      return { ...toOut(row), secret: openSecret(row.secret) };
    },

    listEndpoints: async (actor: Actor) => (await store.endpoints(db, actor.workspaceId)).map(toOut),

    async deleteEndpoint(actor: Actor, id: string) {
      const r = await store.deleteEndpoint(db, actor.workspaceId, id);
      if (!r.numDeletedRows) throw notFound("webhook endpoint");
    },

    async deliveries(actor: Actor, filter: { endpointId?: string; messageId?: string }, limit = 100) {
      if (filter.endpointId && !(await store.endpoint(db, actor.workspaceId, filter.endpointId))) {
        throw notFound("webhook endpoint");
      }
      const live = new Set((await store.endpoints(db, actor.workspaceId)).map((e) => e.id));
      return (await store.deliveries(db, actor.workspaceId, filter, limit)).map(({ body, ...d }) => ({
        ...d,
        ok: d.ok === 1,
        resendable: body !== null && d.endpoint_id !== null && live.has(d.endpoint_id),
      }));
    },

    resend: (actor: Actor, deliveryId: string) => resendDelivery(actor, deliveryId),

    /** Sends an event to every endpoint of the workspace subscribed to it. Returns how many were queued. */
    async emit(workspaceId: string, type: string, data: unknown, options: SendOptions = {}): Promise<number> {
      const targets = (await store.endpoints(options.db ?? db, workspaceId)).filter(
        (e) => e.active === 1 && (JSON.parse(e.events) as string[]).includes(type),
      );
      const messageId = options.key ? `msg_${options.key}` : `msg_${newId()}`;
      const body = envelope(type, data, ctx.clock.now());
      for (const e of targets) {
        await enqueue(
          {
            workspaceId,
            endpointId: e.id,
            channel: "endpoint",
            url: e.url,
            secret: e.secret,
            messageId,
            type,
            body,
          },
          options.db,
        );
      }
      return targets.length;
    },

    /** Sends one message to one target (an alert channel, a social tool, the shop), with retries. */
    async deliver(
      workspaceId: string,
      target: Target,
      type: string,
      data: unknown,
      options: SendOptions = {},
    ) {
      const messageId = options.key ? `msg_${options.key}` : `msg_${newId()}`;
      const body =
        options.rawBody !== undefined
          ? JSON.stringify(options.rawBody)
          : envelope(type, data, ctx.clock.now());
      return enqueue(
        {
          workspaceId,
          endpointId: null,
          channel: target.channel,
          url: target.url,
          secret: target.secret,
          messageId,
          type,
          body,
          ...(target.auth ? { auth: target.auth } : {}),
        },
        options.db,
      );
    },

    /** Sends a test event to one endpoint so a receiver can be checked from the dashboard. */
    async ping(actor: Actor, id: string) {
      const e = await store.endpoint(db, actor.workspaceId, id);
      if (!e) throw notFound("webhook endpoint");
      const messageId = `msg_${newId()}`;
      await enqueue({
        workspaceId: actor.workspaceId,
        endpointId: e.id,
        channel: "endpoint",
        url: e.url,
        secret: e.secret,
        messageId,
        type: "webhook.test",
        body: envelope("webhook.test", { endpoint_id: e.id }, ctx.clock.now()),
      });
      return { message_id: messageId };
    },
  };
}
