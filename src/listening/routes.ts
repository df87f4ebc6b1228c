import { z } from "zod";
import type { BusEvent } from "../app/bus.js";
import type { AppContext } from "../app/context.js";
import { invalid, ServiceError } from "../core/errors.js";
import { openEventStream } from "../server/sse.js";
import { type App, actorOf } from "../server/types.js";
import { verifyWebhook } from "../webhooks/signing.js";
import { labelRoutes } from "./label-routes.js";
import {
  brandQueryInput,
  brandQueryOut,
  inboundBody,
  ingestOut,
  listQuery,
  type MentionOut,
  mentionOut,
  mentionsBatch,
  sourceCreatedOut,
  sourceInput,
  sourceOut,
  statsOut,
  statsQuery,
} from "./schema.js";

const tags = ["listening"];
const idParams = z.object({ id: z.string().min(1).max(64) });
/** The live feed sends at most this many mentions per batch event; the rest are counted. */
const STREAM_BATCH = 100;

export function listeningRoutes(app: App, ctx: AppContext) {
  labelRoutes(app, ctx.services.listening);
  mentionRoutes(app, ctx);
  sourceRoutes(app, ctx);
}

/** Mentions: ingest, list, figures, live stream, one mention, and the signed inbound hook. */
function mentionRoutes(app: App, ctx: AppContext) {
  const listening = ctx.services.listening;

  app.post(
    "/api/v1/mentions",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Push mentions (at most 1000); answered after they are committed",
        body: mentionsBatch,
        response: { 202: ingestOut },
      },
    },
    async (req, reply) => {
      const { accepted, duplicates, filtered } = await listening.ingest(
        actorOf(req).workspaceId,
        req.body.mentions,
      );
      return reply.status(202).send({ accepted, duplicates, filtered });
    },
  );

  app.get(
    "/api/v1/mentions",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Mentions, newest first",
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(mentionOut), next_cursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      const { limit, cursor, ...filters } = req.query;
      return listening.list(actorOf(req).workspaceId, filters, limit, cursor);
    },
  );

  app.get(
    "/api/v1/mentions/stats",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Volume and negative share per time bucket",
        querystring: statsQuery,
        response: { 200: statsOut },
      },
    },
    async (req) => {
      const { bucket, ...filters } = req.query;
      return { bucket, items: await listening.stats(actorOf(req).workspaceId, filters, bucket) };
    },
  );

  app.get(
    "/api/v1/mentions/stream",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "New mentions as server-sent events (event: mentions)" },
    },
    async (req, reply) => {
      const workspaceId = actorOf(req).workspaceId;
      const stream = openEventStream(req, reply);
      stream.onClose(
        ctx.bus.subscribe("mention.created", (e: BusEvent<{ mentions: MentionOut[] }>) => {
          if (e.workspaceId !== workspaceId) return;
          const all = e.data.mentions;
          stream.send("mentions", { mentions: all.slice(-STREAM_BATCH), total: all.length });
        }),
      );
    },
  );

  app.get(
    "/api/v1/mentions/:id",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "One mention", params: idParams, response: { 200: mentionOut } },
    },
    async (req) => listening.get(actorOf(req).workspaceId, req.params.id),
  );

  app.post(
    "/api/v1/inbound/mentions/:id",
    {
      config: { access: "public", rawBody: true },
      schema: {
        tags,
        summary: "Signed inbound mentions for a webhook source (Standard Webhooks)",
        params: idParams,
        response: { 202: ingestOut },
      },
    },
    async (req, reply) => {
      const src = await listening.sourceForInbound(req.params.id);
      // The same answer for "no such source" and "bad signature": a stranger learns nothing.
      if (src?.type !== "webhook" || !src.secret) {
        throw new ServiceError("unauthorized", "webhook signature refused");
      }
      verifyWebhook(src.secret, req.headers, req.rawBody);
      const body = inboundBody.parse(req.body);
      const list = "mentions" in body ? body.mentions : [body];
      if (list.length === 0) throw invalid("no mentions", "mentions");
      const items = list.map((m) => ({ ...m, source: src.name }));
      const { accepted, duplicates, filtered } = await listening.ingest(src.workspace_id, items);
      return reply.status(202).send({ accepted, duplicates, filtered });
    },
  );
}

/** Where mentions come from: sources (feeds, hooks) and the brand queries that filter them. */
function sourceRoutes(app: App, ctx: AppContext) {
  const listening = ctx.services.listening;

  app.get(
    "/api/v1/sources",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Listening sources (feeds and webhooks)",
        response: { 200: z.object({ items: z.array(sourceOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({ items: await listening.listSources(actorOf(req)), next_cursor: null }),
  );

  app.post(
    "/api/v1/sources",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Add a feed (polled) or a webhook source (its secret is shown once)",
        body: sourceInput,
        response: { 201: sourceCreatedOut },
      },
    },
    async (req, reply) => reply.status(201).send(await listening.createSource(actorOf(req), req.body)),
  );

  app.get(
    "/api/v1/sources/:id",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "One source", params: idParams, response: { 200: sourceOut } },
    },
    async (req) => listening.getSource(actorOf(req), req.params.id),
  );

  app.delete(
    "/api/v1/sources/:id",
    { config: { access: "admin" }, schema: { tags, summary: "Remove a source", params: idParams } },
    async (req, reply) => {
      await listening.deleteSource(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    "/api/v1/brand-queries",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Brand queries: which mentions are about this shop",
        response: { 200: z.object({ items: z.array(brandQueryOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({ items: await listening.listQueries(actorOf(req)), next_cursor: null }),
  );

  app.post(
    "/api/v1/brand-queries",
    {
      config: { access: "admin" },
      schema: { tags, summary: "Add a brand query", body: brandQueryInput, response: { 201: brandQueryOut } },
    },
    async (req, reply) => reply.status(201).send(await listening.createQuery(actorOf(req), req.body)),
  );

  app.put(
    "/api/v1/brand-queries/:id",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Replace a brand query",
        params: idParams,
        body: brandQueryInput,
        response: { 200: brandQueryOut },
      },
    },
    async (req) => listening.updateQuery(actorOf(req), req.params.id, req.body),
  );

  app.delete(
    "/api/v1/brand-queries/:id",
    { config: { access: "admin" }, schema: { tags, summary: "Remove a brand query", params: idParams } },
    async (req, reply) => {
      await listening.deleteQuery(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
