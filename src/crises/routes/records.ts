import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { type App, actorOf } from "../../server/types.js";
import {
  crisisOut,
  listQuery,
  openInput,
  patchInput,
  patchOut,
  resolvePreviewOut,
  viewQuery,
} from "../schema.js";
import { idParams, tags, withSentences } from "./common.js";

/** Open, list, read and change crises. */
export function recordRoutes(app: App, ctx: AppContext) {
  const crises = ctx.services.crises;
  app.post(
    "/api/v1/crises",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Open a crisis from a type of the plan",
        body: openInput,
        response: { 201: crisisOut },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const rec = await crises.open(actorOf(req), {
        title: b.title,
        type: b.type,
        severity: b.severity,
        summary: b.summary,
        summaries: b.summaries,
        titles: b.titles,
        drill: b.drill,
        startedAt: b.started_at,
        awareAt: b.aware_at,
        personalData: b.personal_data,
        evidence: b.evidence?.map((e) => ({ kind: e.kind, refId: e.ref_id })),
      });
      return reply.status(201).send(rec);
    },
  );

  app.get(
    "/api/v1/crises",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Crises, newest first (status=open for all not yet resolved)",
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(crisisOut), next_cursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      const q = req.query;
      const actor = actorOf(req);
      const page = await crises.list(actor, {
        status: q.status,
        drill: q.drill === undefined ? undefined : q.drill === "true",
        type: q.type,
        timeline: q.timeline === "true",
        limit: q.limit,
        cursor: q.cursor,
      });
      return { ...page, items: await withSentences(ctx, actor.workspaceId, page.items, q.lang) };
    },
  );

  app.get(
    "/api/v1/crises/:id",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "One crisis; each event's `sentence` in the plan's language or lang=xx",
        params: idParams,
        querystring: viewQuery,
        response: { 200: crisisOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const [c] = await withSentences(
        ctx,
        actor.workspaceId,
        [await crises.get(actor, req.params.id)],
        req.query.lang,
      );
      return c;
    },
  );

  app.patch(
    "/api/v1/crises/:id",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary:
          "Change status, severity, title or summary (each change lands on the timeline). Statuses may skip forward, resolved may reopen to mitigating, declined (with reason) ends a false alarm; resolving posts the final public update unless public is keep",
        params: idParams,
        body: patchInput,
        response: { 200: patchOut },
      },
    },
    async (req) => crises.update(actorOf(req), req.params.id, req.body),
  );

  app.get(
    "/api/v1/crises/:id/resolve-preview",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary:
          "What resolving would post on the status page (final update per language, editable) and turn operational",
        params: idParams,
        response: { 200: resolvePreviewOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await crises.get(actor, req.params.id);
      const status = ctx.services.statuspage as typeof ctx.services.statuspage | undefined;
      return { incident: (await status?.resolvePreview(actor, req.params.id)) ?? null };
    },
  );
}
