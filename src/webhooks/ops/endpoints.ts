import type { AppContext } from "../../app/context.js";
import type { Database } from "../../app/database.js";
import type { Actor } from "../../core/actor.js";
import { notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { openSecret, sealSecret } from "../../core/secrets.js";
import { createEndpointInput } from "../schema.js";
import { newWebhookSecret } from "../signing.js";
import { webhooksStore as store } from "../store.js";

type Ctx = Pick<AppContext, "db" | "clock">;

const toOut = (row: Database["webhook_endpoints"]) => ({
  id: row.id,
  url: row.url,
  events: JSON.parse(row.events) as string[],
  description: row.description,
  active: row.active === 1,
  created_at: row.created_at,
});

/** The secret is shown once, in the answer to this call; the store keeps it sealed. */
export async function createEndpoint(ctx: Ctx, actor: Actor, raw: unknown) {
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
  await store.insertEndpoint(ctx.db, row);
  return { ...toOut(row), secret: openSecret(row.secret) };
}

export const listEndpoints = async (ctx: Ctx, actor: Actor) =>
  (await store.endpoints(ctx.db, actor.workspaceId)).map(toOut);

export async function deleteEndpoint(ctx: Ctx, actor: Actor, id: string) {
  const r = await store.deleteEndpoint(ctx.db, actor.workspaceId, id);
  if (!r.numDeletedRows) throw notFound("webhook endpoint");
}

export interface DeliveryFilter {
  endpointId?: string;
  messageId?: string;
}

/** The delivery log; `resendable` when the body was kept and its endpoint still exists. */
export async function listDeliveries(ctx: Ctx, actor: Actor, filter: DeliveryFilter, limit = 100) {
  if (filter.endpointId && !(await store.endpoint(ctx.db, actor.workspaceId, filter.endpointId))) {
    throw notFound("webhook endpoint");
  }
  const live = new Set((await store.endpoints(ctx.db, actor.workspaceId)).map((e) => e.id));
  return (await store.deliveries(ctx.db, actor.workspaceId, filter, limit)).map(({ body, ...d }) => ({
    ...d,
    ok: d.ok === 1,
    resendable: body !== null && d.endpoint_id !== null && live.has(d.endpoint_id),
  }));
}
