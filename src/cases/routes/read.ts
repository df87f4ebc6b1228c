import { z } from "zod";
import type { BusEvent } from "../../app/bus.js";
import type { AppContext } from "../../app/context.js";
import { openEventStream } from "../../server/sse.js";
import { type App, actorOf } from "../../server/types.js";
import { caseOut, listQuery } from "../schema.js";
import { idParams, tags } from "./common.js";

/** Reading cases: the list, a crisis's summary, live changes and one case. */
export function readRoutes(app: App, ctx: AppContext) {
  const cases = ctx.services.cases;

  app.get(
    "/api/v1/cases",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Complaint cases, newest first",
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(caseOut), next_cursor: z.string().nullable() }) },
      },
    },
    async (req) => cases.list(actorOf(req), req.query),
  );

  app.get(
    "/api/v1/cases/summary",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "A crisis's cases: count, still open, remedies given and their cost per currency",
        querystring: z.object({ crisis_id: z.string().min(1).max(100) }),
        response: {
          200: z.object({
            crisis_id: z.string(),
            cases: z.number(),
            open: z.number(),
            remedies_given: z.number(),
            cost: z.array(z.object({ currency: z.string(), amount: z.number() })),
          }),
        },
      },
    },
    async (req) => cases.crisisSummary(actorOf(req), req.query.crisis_id),
  );

  app.get(
    "/api/v1/cases/stream",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "Case changes as server-sent events (event: case, data {id, reason})" },
    },
    async (req, reply) => {
      const workspaceId = actorOf(req).workspaceId;
      const stream = openEventStream(req, reply);
      stream.onClose(
        ctx.bus.subscribe("case.changed", (e: BusEvent<{ id: string; reason: string }>) => {
          if (e.workspaceId === workspaceId) stream.send("case", e.data);
        }),
      );
    },
  );

  app.get(
    "/api/v1/cases/:id",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "One case with its messages and timeline",
        params: idParams,
        response: { 200: caseOut },
      },
    },
    async (req) => cases.get(actorOf(req), req.params.id),
  );
}
