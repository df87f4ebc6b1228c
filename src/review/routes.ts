import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { type App, actorOf } from "../server/types.js";
import { contentTypeOf, postmortemDoc, renderDoc, reportDoc } from "./export/documents.js";
import { reportCsv } from "./report.js";
import {
  actionInput,
  actionListQuery,
  actionOut,
  actionPatch,
  postmortemOut,
  postmortemPatch,
  postmortemQuery,
  reportOut,
  reportQuery,
  reputationOut,
  reputationQuery,
} from "./schema.js";

const tags = ["review"];
const idParams = z.object({ id: z.string().min(1).max(100) });
const actionList = z.object({ items: z.array(actionOut), next_cursor: z.string().nullable() });
// File names carry only the id; a title from the internet never reaches a header.
const attachment = (name: string) => `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}"`;

export function reviewRoutes(app: App, ctx: AppContext) {
  postmortemRoutes(app, ctx);
  actionItemRoutes(app, ctx);
  reportRoutes(app, ctx);
}

/** The post-mortem of one crisis: read (JSON or a document) and edit. */
function postmortemRoutes(app: App, ctx: AppContext) {
  const review = () => ctx.services.review;

  app.get(
    "/api/v1/crises/:id/postmortem",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary:
          "The post-mortem of a resolved crisis: JSON (default) or a document, format=md|html|pdf, in the workspace's language or lang=xx; 409 while the crisis is open",
        params: idParams,
        querystring: postmortemQuery,
        // Documents (md, html, pdf) are sent as text or bytes, which Fastify does not serialize.
        response: { 200: postmortemOut },
      },
    },
    async (req, reply) => {
      const pm = await review().postmortem(actorOf(req), req.params.id, req.query.lang);
      const { format } = req.query;
      if (format === "json") return reply.send(postmortemOut.parse(pm));
      const { time_zone } = await ctx.services.accounts.settings(actorOf(req).workspaceId);
      const body = await renderDoc(postmortemDoc(pm, ctx.clock.now(), time_zone), format);
      return (
        reply
          .header("content-type", contentTypeOf(format))
          .header("content-disposition", attachment(`postmortem-${pm.crisis_id}-${pm.language}.${format}`))
          // The declared answer is the JSON one; a document goes out as text or bytes, which Fastify sends
          // without the serializer, so the type provider's JSON type does not apply to it.
          .send(body as never)
      );
    },
  );

  app.patch(
    "/api/v1/crises/:id/postmortem",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Edit the post-mortem (summary, causes, factors, went well/badly, blameless, status)",
        params: idParams,
        body: postmortemPatch,
        response: { 200: postmortemOut },
      },
    },
    async (req) => review().update(actorOf(req), req.params.id, req.body),
  );
}

/** Action items: per crisis, across crises, and for the plan's review. */
function actionItemRoutes(app: App, ctx: AppContext) {
  const review = () => ctx.services.review;

  app.get(
    "/api/v1/crises/:id/action-items",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "Action items of a crisis", params: idParams, response: { 200: actionList } },
    },
    async (req) => {
      const actor = actorOf(req);
      await ctx.services.crises.get(actor, req.params.id);
      return review().actions.list(actor, { crisisId: req.params.id, limit: 1000 });
    },
  );

  app.post(
    "/api/v1/crises/:id/action-items",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Add an action item that changes a part of the plan",
        params: idParams,
        body: actionInput,
        response: { 201: actionOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await review().actions.create(actorOf(req), req.params.id, req.body)),
  );

  app.get(
    "/api/v1/action-items",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Action items across crises; status=unfinished, overdue=true",
        querystring: actionListQuery,
        response: { 200: actionList },
      },
    },
    async (req) =>
      review().actions.list(actorOf(req), {
        status: req.query.status,
        overdue: req.query.overdue === "true",
        crisisId: req.query.crisis_id,
        limit: req.query.limit,
        cursor: req.query.cursor,
      }),
  );

  app.get(
    "/api/v1/action-items/for-review",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Unfinished action items for the plan's next review",
        response: { 200: actionList.extend({ next_review: z.string() }) },
      },
    },
    async (req) => ({ ...(await review().forPlanReview(actorOf(req))), next_cursor: null }),
  );

  app.get(
    "/api/v1/action-items/:id",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "One action item", params: idParams, response: { 200: actionOut } },
    },
    async (req) => review().actions.get(actorOf(req), req.params.id),
  );

  app.patch(
    "/api/v1/action-items/:id",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Change an action item (status, owner, due date, plan link)",
        params: idParams,
        body: actionPatch,
        response: { 200: actionOut },
      },
    },
    async (req) => review().actions.update(actorOf(req), req.params.id, req.body),
  );

  app.delete(
    "/api/v1/action-items/:id",
    { config: { access: "responder" }, schema: { tags, summary: "Delete an action item", params: idParams } },
    async (req, reply) => {
      await review().actions.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}

/** The reputation index and the report across crises. */
function reportRoutes(app: App, ctx: AppContext) {
  const review = () => ctx.services.review;

  app.get(
    "/api/v1/reputation",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary:
          "The daily sentiment index (net sentiment −100…+100, shares, average rating) with the baseline and its normal range; with crisis_id, the depth of the fall and the days to recover",
        querystring: reputationQuery,
        response: { 200: reputationOut },
      },
    },
    async (req) => ({
      ...(await review().reputation(actorOf(req), {
        since: req.query.since,
        until: req.query.until,
        crisisId: req.query.crisis_id,
        baselineDays: req.query.baseline_days,
      })),
      next_cursor: null,
    }),
  );

  app.get(
    "/api/v1/reports/crises",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary:
          "Across crises: mean and median times per type and per quarter, remedy cost, top causes, drills beside real crises; format=json|md|html|csv",
        querystring: reportQuery,
        response: { 200: reportOut },
      },
    },
    async (req, reply) => {
      const r = await review().report(actorOf(req), req.query);
      const { format } = req.query;
      if (format === "json") return reply.send(r);
      const { time_zone } = await ctx.services.accounts.settings(actorOf(req).workspaceId);
      const body = format === "csv" ? reportCsv(r) : await renderDoc(reportDoc(r, time_zone), format);
      return (
        reply
          .header("content-type", contentTypeOf(format))
          .header("content-disposition", attachment(`crises-report-${r.language}.${format}`))
          // As for the post-mortem: a document is text or bytes, outside the declared JSON type.
          .send(body as never)
      );
    },
  );
}
