import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { notFound } from "../core/errors.js";
import { type App, actorOf } from "../server/types.js";
import { type CrisisType, type Lang, localize } from "./default-plan/index.js";
import { contentTypeOf, renderPlan } from "./export/index.js";
import {
  changeOut,
  crisisTypeOut,
  exportQuery,
  langQuery,
  planOut,
  planPut,
  revisionOut,
  riskMatrixOut,
} from "./schema.js";

const tags = ["plan"];

export const crisisTypeView = (t: CrisisType, lang: Lang) => ({
  id: t.id,
  name: localize(t.name, lang),
  description: localize(t.description, lang),
  likelihood: t.likelihood,
  impact: t.impact,
  risk: t.likelihood * t.impact,
  default_severity: t.defaultSeverity,
  personal_data: t.personal_data,
  topics: t.topics,
  components: t.components,
  messages: t.messages,
  approval: t.approval,
  escalation: t.escalation.map((e) => ({ id: e.id, raise_to: e.raiseTo, text: localize(e.text, lang) })),
  playbook: t.playbook.map((p) => ({
    id: p.id,
    title: localize(p.title, lang),
    role: p.role,
    due_minutes: p.dueMinutes,
    clock: p.clock ?? null,
  })),
});

export function planRoutes(app: App, ctx: AppContext) {
  planDocumentRoutes(app, ctx);
  planPartRoutes(app, ctx);
}

/** The plan itself: read, replace, mark reviewed, what changed, revisions. */
function planDocumentRoutes(app: App, ctx: AppContext) {
  const plans = ctx.services.plan;

  const view = async (workspaceId: string) => {
    const rec = await plans.record(workspaceId);
    return {
      revision: rec.revision,
      language: rec.language,
      updated_at: rec.updatedAt,
      updated_by: rec.updatedBy,
      review: await plans.reviewStatus(workspaceId),
      plan: rec.plan,
    };
  };

  app.get(
    "/api/v1/plan",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "The workspace's crisis plan", response: { 200: planOut } },
    },
    async (req) => view(actorOf(req).workspaceId),
  );

  app.put(
    "/api/v1/plan",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Replace the plan (a new revision)",
        body: planPut,
        response: { 200: planOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await plans.update(actor, req.body);
      return view(actor.workspaceId);
    },
  );

  app.post(
    "/api/v1/plan/review",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Mark the plan reviewed today",
        body: z.object({ note: z.string().max(500).optional() }),
        response: { 200: planOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await plans.markReviewed(actor, req.body.note ?? "");
      return view(actor.workspaceId);
    },
  );

  app.get(
    "/api/v1/plan/changes",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "What changed since the last review",
        response: {
          200: z.object({
            items: z.array(changeOut),
            next_cursor: z.null(),
            since_revision: z.number(),
            since: z.string(),
          }),
        },
      },
    },
    async (req) => ({ ...(await plans.changesSinceReview(actorOf(req).workspaceId)), next_cursor: null }),
  );

  app.get(
    "/api/v1/plan/revisions",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Plan revisions, newest first",
        response: { 200: z.object({ items: z.array(revisionOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({
      items: (await plans.revisions(actorOf(req).workspaceId)).map((r) => ({
        ...r,
        reviewed: r.reviewed === 1,
      })),
      next_cursor: null,
    }),
  );
}

/** Parts of the plan other screens read: crisis types, the risk matrix, the printable export. */
function planPartRoutes(app: App, ctx: AppContext) {
  const plans = ctx.services.plan;

  app.get(
    "/api/v1/plan/crisis-types",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "The catalogue of crisis types with their playbooks",
        querystring: langQuery,
        response: { 200: z.object({ items: z.array(crisisTypeOut), next_cursor: z.null() }) },
      },
    },
    async (req) => {
      const rec = await plans.record(actorOf(req).workspaceId);
      const lang = req.query.lang ?? rec.language;
      return { items: rec.plan.crisisTypes.map((t) => crisisTypeView(t, lang)), next_cursor: null };
    },
  );

  app.get(
    "/api/v1/plan/crisis-types/:id",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "One crisis type",
        params: z.object({ id: z.string() }),
        querystring: langQuery,
        response: { 200: crisisTypeOut },
      },
    },
    async (req) => {
      const ws = actorOf(req).workspaceId;
      const type = await plans.crisisType(ws, req.params.id);
      if (!type) throw notFound("crisis type");
      return crisisTypeView(type, req.query.lang ?? (await plans.language(ws)));
    },
  );

  app.get(
    "/api/v1/plan/risk-matrix",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Likelihood × impact of every crisis type",
        querystring: langQuery,
        response: { 200: riskMatrixOut },
      },
    },
    async (req) => plans.riskMatrix(actorOf(req).workspaceId, req.query.lang),
  );

  app.get(
    "/api/v1/plan/export",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "The plan as a printable document (md, html or pdf)",
        querystring: exportQuery,
      },
    },
    async (req, reply) => {
      const rec = await plans.record(actorOf(req).workspaceId);
      const { format } = req.query;
      const lang = req.query.lang ?? rec.language;
      const body = await renderPlan(rec.plan, { format, lang, now: ctx.clock.now() });
      return reply
        .header("content-type", contentTypeOf(format))
        .header("content-disposition", `attachment; filename="crisis-plan-${lang}.${format}"`)
        .send(body);
    },
  );
}
