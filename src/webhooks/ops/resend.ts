import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { webhooksStore as store } from "../store.js";
import { enqueueDelivery } from "./enqueue.js";

/**
 * Sends a logged delivery again, as it was (same body, same webhook-id, so a receiver that already
 * has it can tell), to its endpoint's current address and secret, with the usual retries.
 */
export async function resendDelivery(ctx: Pick<AppContext, "db" | "jobs">, actor: Actor, deliveryId: string) {
  const d = await store.delivery(ctx.db, actor.workspaceId, deliveryId);
  if (!d) throw notFound("webhook delivery");
  if (!d.endpoint_id || d.body === null) {
    throw conflict("only deliveries to an endpoint, logged with their body, can be resent", "id");
  }
  const e = await store.endpoint(ctx.db, actor.workspaceId, d.endpoint_id);
  if (!e) throw conflict("the endpoint of this delivery was removed", "id");
  await enqueueDelivery(
    ctx,
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
