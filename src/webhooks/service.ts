import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import type { Actor } from "../core/actor.js";
import { notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { attemptDelivery } from "./ops/attempt.js";
import {
  createEndpoint,
  type DeliveryFilter,
  deleteEndpoint,
  listDeliveries,
  listEndpoints,
} from "./ops/endpoints.js";
import { DELIVER_QUEUE, enqueueDelivery } from "./ops/enqueue.js";
import { resendDelivery } from "./ops/resend.js";
import type { DeliveryAuth, DeliveryJob } from "./schema.js";
import { webhooksStore as store } from "./store.js";

export { DELIVER_QUEUE } from "./ops/enqueue.js";

/** Backoff doubles up to an hour; 40 attempts keep trying for well over a day, as the contract asks. */
const MAX_ATTEMPTS = 40;

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

export function createWebhooksService(ctx: AppContext) {
  const { db } = ctx;

  ctx.jobs.register<DeliveryJob>(DELIVER_QUEUE, (job, info) => attemptDelivery(ctx, job, info.attempt), {
    maxAttempts: MAX_ATTEMPTS,
    concurrency: 8,
  });

  const enqueue = (job: DeliveryJob, trx?: Kysely<Database>, again?: string) =>
    enqueueDelivery(ctx, job, trx, again);

  return {
    createEndpoint: (actor: Actor, raw: unknown) => createEndpoint(ctx, actor, raw),
    listEndpoints: (actor: Actor) => listEndpoints(ctx, actor),
    deleteEndpoint: (actor: Actor, id: string) => deleteEndpoint(ctx, actor, id),
    deliveries: (actor: Actor, filter: DeliveryFilter, limit = 100) =>
      listDeliveries(ctx, actor, filter, limit),
    resend: (actor: Actor, deliveryId: string) => resendDelivery(ctx, actor, deliveryId),

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
