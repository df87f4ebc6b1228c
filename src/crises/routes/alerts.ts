import { z } from "zod";
import { alertOut } from "../../alerts/schema.js";
import type { AppContext } from "../../app/context.js";
import { crisisTypeRefSchema } from "../../plan/default-plan/model.js";
import { type App, actorOf } from "../../server/types.js";
import { crisisOut, severitySchema, statusSchema } from "../schema.js";
import { idParams } from "./common.js";

const fromAlertInput = z.object({
  crisis_id: z.string().min(1).max(100).optional(),
  title: z.string().trim().min(1).max(300).optional(),
  type: crisisTypeRefSchema.optional(),
  severity: severitySchema.optional(),
});

const suggestionsOut = z.object({
  suggested_type: crisisTypeRefSchema,
  suggested_severity: severitySchema,
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: crisisTypeRefSchema,
      type_name: z.string(),
      severity: severitySchema,
      status: statusSchema,
      started_at: z.string(),
      match: z.enum(["type", "topic"]),
    }),
  ),
});

// "200/201 with the crisis" (CONTRACT.md): the body is the crisis record; the alert as it now stands rides
// beside its fields, so the dashboard need not fetch it again.
const answer = crisisOut.extend({ alert: alertOut });

/** From an alert to a crisis: link to an open one or open a new one. */
export function alertCrisisRoutes(app: App, ctx: AppContext) {
  const crises = ctx.services.crises;
  app.post(
    "/api/v1/alerts/:id/crisis",
    {
      config: { access: "responder" },
      schema: {
        tags: ["alerts", "crises"],
        summary:
          "Link the alert to an open crisis (crisis_id; 200) or open a new crisis carrying its evidence (201); an acknowledged alert opens an acknowledged crisis",
        params: idParams,
        body: fromAlertInput.optional(),
        response: { 200: answer, 201: answer },
      },
    },
    async (req, reply) => {
      const b = req.body ?? {};
      const out = await crises.fromAlert(actorOf(req), {
        alertId: req.params.id,
        crisisId: b.crisis_id,
        title: b.title,
        type: b.type,
        severity: b.severity,
      });
      return reply.status(out.created ? 201 : 200).send({ ...out.crisis, alert: out.alert });
    },
  );

  app.get(
    "/api/v1/alerts/:id/crisis-suggestions",
    {
      config: { access: "viewer" },
      schema: {
        tags: ["alerts", "crises"],
        summary: "Open crises this alert may belong to (same type as it suggests, or a type about its topic)",
        params: idParams,
        response: { 200: suggestionsOut },
      },
    },
    async (req) => crises.alertSuggestions(actorOf(req), req.params.id),
  );
}
