import { z } from "zod";
import type { BusEvent } from "../app/bus.js";
import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { openEventStream } from "../server/sse.js";
import { type App, actorOf } from "../server/types.js";
import { redactChannel } from "./channels/secret-fields.js";
import { PROBLEM_CODES } from "./ops/problems.js";
import {
  type AlertOut,
  alertDetailOut,
  alertListQuery,
  alertOut,
  CHANNEL_TYPES,
  type Rule,
  ruleInput,
  rulePatch,
  ruleView,
  snoozeInput,
} from "./schema.js";
import { ALERT_CHANGED } from "./service.js";

const tags = ["alerts"];

/**
 * Channel credentials (paging keys, signing secrets, Slack URLs) are for the admins who edit rules; a
 * viewer or responder could otherwise page the shop's on-call or post to its channel themselves.
 */
const shownTo = (actor: Actor, rule: Rule) =>
  actor.role === "admin" ? rule : { ...rule, channels: rule.channels.map(redactChannel) };
const idParams = z.object({ id: z.string().min(1).max(100) });

export function alertsRoutes(app: App, ctx: AppContext) {
  alertRoutes(app, ctx);
  ruleRoutes(app, ctx);
}

/** Alerts: list, live stream, delivery problems, detail, and their moves (acknowledge, snooze, close). */
function alertRoutes(app: App, ctx: AppContext) {
  const alerts = ctx.services.alerts;

  app.get(
    "/api/v1/alerts",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Alerts, newest first",
        querystring: alertListQuery,
        response: { 200: z.object({ items: z.array(alertOut), next_cursor: z.string().nullable() }) },
      },
    },
    async (req) => alerts.list(actorOf(req), req.query),
  );

  app.get(
    "/api/v1/alerts/stream",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "Alert changes as server-sent events (event: alert)" },
    },
    async (req, reply) => {
      const workspaceId = actorOf(req).workspaceId;
      const stream = openEventStream(req, reply);
      stream.onClose(
        ctx.bus.subscribe(ALERT_CHANGED, (e: BusEvent<AlertOut>) => {
          if (e.workspaceId === workspaceId) stream.send("alert", e.data);
        }),
      );
    },
  );

  app.get(
    "/api/v1/alerts/delivery-problems",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary:
          "Who the alert rules cannot reach now, and why (no SMTP, no recipients, a refusing webhook); empty when all is well",
        response: {
          200: z.object({
            items: z.array(
              z.object({
                rule_id: z.string(),
                rule: z.string(),
                channel: z.enum(CHANNEL_TYPES),
                target: z.string(),
                /** Why, for a program: no_recipients, no_smtp or receiver_refused. */
                code: z.enum(PROBLEM_CODES),
                /** Why, in English words (for a receiver that refused: what it answered). */
                reason: z.string(),
                since: z.string().nullable(),
              }),
            ),
            next_cursor: z.null(),
          }),
        },
      },
    },
    async (req) => ({ items: await alerts.deliveryProblems(actorOf(req)), next_cursor: null }),
  );

  app.get(
    "/api/v1/alerts/:id",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "One alert with its evidence: steps, sample mentions, observed against expected",
        params: idParams,
        response: { 200: alertDetailOut },
      },
    },
    async (req) => alerts.get(actorOf(req), req.params.id),
  );

  for (const [path, summary, run] of [
    ["ack", "Acknowledge: stops the escalation", alerts.acknowledge],
    ["close", "Close the alert", alerts.close],
  ] as const) {
    app.post(
      `/api/v1/alerts/:id/${path}`,
      {
        config: { access: "responder" },
        schema: { tags, summary, params: idParams, response: { 200: alertOut } },
      },
      async (req) => run(actorOf(req), req.params.id),
    );
  }

  app.post(
    "/api/v1/alerts/:id/snooze",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Snooze until a time (or for `minutes`, default 60): no escalation meanwhile",
        params: idParams,
        body: snoozeInput,
        response: { 200: alertOut },
      },
    },
    async (req) => alerts.snooze(actorOf(req), req.params.id, req.body ?? {}),
  );

  // POST /api/v1/alerts/:id/crisis (link to an open crisis or open one) is served by the crises domain.
}

/** Alert rules: who is paged for what, through which channels. */
function ruleRoutes(app: App, ctx: AppContext) {
  const alerts = ctx.services.alerts;

  app.get(
    "/api/v1/alert-rules",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Alert rules: who is paged for what, how, and when",
        response: { 200: z.object({ items: z.array(ruleView), next_cursor: z.null() }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return { items: (await alerts.listRules(actor)).map((r) => shownTo(actor, r)), next_cursor: null };
    },
  );

  app.post(
    "/api/v1/alert-rules",
    {
      config: { access: "admin" },
      schema: { tags, summary: "Create an alert rule", body: ruleInput, response: { 201: ruleView } },
    },
    async (req, reply) => reply.status(201).send(await alerts.createRule(actorOf(req), req.body)),
  );

  app.get(
    "/api/v1/alert-rules/:id",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "One alert rule", params: idParams, response: { 200: ruleView } },
    },
    async (req) => shownTo(actorOf(req), await alerts.getRule(actorOf(req), req.params.id)),
  );

  app.patch(
    "/api/v1/alert-rules/:id",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Change an alert rule",
        params: idParams,
        body: rulePatch,
        response: { 200: ruleView },
      },
    },
    async (req) => alerts.updateRule(actorOf(req), req.params.id, req.body),
  );

  app.delete(
    "/api/v1/alert-rules/:id",
    { config: { access: "admin" }, schema: { tags, summary: "Delete an alert rule", params: idParams } },
    async (req, reply) => {
      await alerts.deleteRule(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
