import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { notFound } from "../core/errors.js";
import { canonicalTimeZone } from "../core/zoned-time.js";
import { type App, actorOf } from "../server/types.js";
import {
  checkOut,
  createMonitorInput,
  eventOut,
  historyPointOut,
  historyQuery,
  listQuery,
  monitorOut,
  patchMonitorInput,
  uptimeOut,
} from "./schema.js";

const tags = ["monitoring"];
const idParams = z.object({ id: z.string().min(1).max(100) });

// Registered in this order (the OpenAPI document lists them so): the monitors themselves, their history,
// then the public heartbeat inbound.
export function monitoringRoutes(app: App, ctx: AppContext) {
  registerMonitorCrud(app, ctx);
  registerMonitorHistory(app, ctx);
  registerHeartbeatInbound(app, ctx);
}

function registerMonitorCrud(app: App, ctx: AppContext) {
  const monitoring = ctx.services.monitoring;

  app.get(
    "/api/v1/monitors",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Monitors of this workspace, with their state and a sparkline of recent latency",
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(monitorOut), next_cursor: z.string().nullable() }) },
      },
    },
    async (req) => monitoring.list(actorOf(req), { ...req.query, sparkline: req.query.sparkline === "1" }),
  );

  app.post(
    "/api/v1/monitors",
    {
      config: { access: "responder" },
      schema: { tags, summary: "Add a monitor", body: createMonitorInput, response: { 201: monitorOut } },
    },
    async (req, reply) => reply.status(201).send(await monitoring.create(actorOf(req), req.body)),
  );

  app.get(
    "/api/v1/monitors/:id",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "One monitor", params: idParams, response: { 200: monitorOut } },
    },
    async (req) => monitoring.get(actorOf(req), req.params.id),
  );

  app.patch(
    "/api/v1/monitors/:id",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Change a monitor",
        params: idParams,
        body: patchMonitorInput,
        response: { 200: monitorOut },
      },
    },
    async (req) => monitoring.patch(actorOf(req), req.params.id, req.body),
  );

  app.delete(
    "/api/v1/monitors/:id",
    {
      config: { access: "responder" },
      schema: { tags, summary: "Delete a monitor and its history", params: idParams },
    },
    async (req, reply) => {
      await monitoring.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/monitors/:id/heartbeat-token",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Give a heartbeat monitor a new secret URL (the old one stops working)",
        params: idParams,
        response: { 200: monitorOut },
      },
    },
    async (req) => monitoring.rotateHeartbeat(actorOf(req), req.params.id),
  );
}

function registerMonitorHistory(app: App, ctx: AppContext) {
  const monitoring = ctx.services.monitoring;

  app.get(
    "/api/v1/monitors/:id/history",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Latency and uptime history: raw checks (last 48 h), hourly or daily rollups",
        params: idParams,
        querystring: historyQuery,
        response: {
          200: z.object({
            resolution: z.enum(["raw", "hour", "day"]),
            items: z.array(z.union([checkOut, historyPointOut])),
            next_cursor: z.null(),
          }),
        },
      },
    },
    async (req) => ({
      resolution: req.query.resolution,
      items: await monitoring.history(actorOf(req), req.params.id, req.query),
      next_cursor: null,
    }),
  );

  app.get(
    "/api/v1/monitors/:id/events",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "State changes of a monitor, newest first",
        params: idParams,
        response: { 200: z.object({ items: z.array(eventOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({ items: await monitoring.events(actorOf(req), req.params.id), next_cursor: null }),
  );

  app.get(
    "/api/v1/monitors/:id/uptime",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Uptime per day (for status bars)",
        description:
          "Days are UTC's unless `time_zone` names an IANA zone: then each is that zone's calendar day (23 or 25 hours when the clocks change), as the status page draws them.",
        params: idParams,
        querystring: z.object({
          days: z.coerce.number().int().min(1).max(365).default(90),
          time_zone: z
            .string()
            .max(64)
            .refine((tz) => canonicalTimeZone(tz) !== null, "not a known IANA time zone")
            .optional(),
        }),
        response: { 200: uptimeOut },
      },
    },
    async (req) =>
      monitoring.uptimeDaily(actorOf(req).workspaceId, req.params.id, req.query.days, req.query.time_zone),
  );
}

function registerHeartbeatInbound(app: App, ctx: AppContext) {
  const monitoring = ctx.services.monitoring;

  // The token in the URL is the credential: jobs (cron, backups, exports) report in with a bare
  // `curl -X POST`. GET is accepted too because many schedulers can only fetch a URL.
  const beat = async (
    req: { params: { token: string } },
    reply: { status(n: number): { send(b?: unknown): unknown } },
  ) => {
    if (!(await monitoring.beat(req.params.token))) throw notFound("heartbeat");
    return reply.status(202).send({ ok: true });
  };
  const beatSchema = {
    tags,
    summary: "A heartbeat from a job that must report in",
    params: z.object({ token: z.string().min(10).max(200) }),
  };
  app.post(
    "/api/v1/inbound/heartbeat/:token",
    { config: { access: "public", rateLimit: { max: 600, timeWindow: "1 minute" } }, schema: beatSchema },
    beat,
  );
  app.get(
    "/api/v1/inbound/heartbeat/:token",
    { config: { access: "public", rateLimit: { max: 600, timeWindow: "1 minute" } }, schema: beatSchema },
    beat,
  );
}
