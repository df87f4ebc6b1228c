import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { type App, actorOf } from "../server/types.js";
import { createEndpointInput, deliveryOut, endpointOut } from "./schema.js";

const tags = ["webhooks"];
const idParams = z.object({ id: z.string() });

export function webhooksRoutes(app: App, ctx: AppContext) {
  const webhooks = ctx.services.webhooks;

  app.post(
    "/api/v1/webhooks",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Subscribe an endpoint to events (the secret is shown once)",
        body: createEndpointInput,
        response: { 201: endpointOut.extend({ secret: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await webhooks.createEndpoint(actorOf(req), req.body)),
  );

  app.get(
    "/api/v1/webhooks",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Webhook endpoints",
        response: { 200: z.object({ items: z.array(endpointOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({ items: await webhooks.listEndpoints(actorOf(req)), next_cursor: null }),
  );

  app.delete(
    "/api/v1/webhooks/:id",
    { config: { access: "admin" }, schema: { tags, summary: "Remove an endpoint", params: idParams } },
    async (req, reply) => {
      await webhooks.deleteEndpoint(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    "/api/v1/webhooks/:id/deliveries",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Every delivery attempt to an endpoint, newest first",
        params: idParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
        response: { 200: z.object({ items: z.array(deliveryOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({
      items: await webhooks.deliveries(actorOf(req), { endpointId: req.params.id }, req.query.limit),
      next_cursor: null,
    }),
  );

  app.post(
    "/api/v1/webhooks/:id/test",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Send a test event",
        params: idParams,
        response: { 202: z.object({ message_id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(202).send(await webhooks.ping(actorOf(req), req.params.id)),
  );

  app.post(
    "/api/v1/webhooks/deliveries/:id/resend",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Send a logged delivery again (same body and webhook-id, the endpoint's current address)",
        params: idParams,
        response: { 202: z.object({ message_id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(202).send(await webhooks.resend(actorOf(req), req.params.id)),
  );
}
