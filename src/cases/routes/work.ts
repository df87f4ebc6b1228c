import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { type App, actorOf } from "../../server/types.js";
import { caseOut, markSentInput, patchCaseInput, replyInput, toneInput } from "../schema.js";
import { idParams, messageParams, replyOut, tags, toneOut } from "./common.js";

/** Working a case: status and notes, escalation, replies and their tone. */
export function workRoutes(app: App, ctx: AppContext) {
  const cases = ctx.services.cases;

  app.patch(
    "/api/v1/cases/:id",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Change status, priority or crisis; add a note",
        params: idParams,
        body: patchCaseInput,
        response: { 200: caseOut },
      },
    },
    async (req) => cases.update(actorOf(req), req.params.id, req.body),
  );

  app.post(
    "/api/v1/cases/:id/escalate",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Hand the case to a senior person (on the timeline, and by e-mail when mail is set up)",
        params: idParams,
        body: z.object({ note: z.string().trim().min(1).max(2000).optional() }).optional(),
        response: { 200: caseOut },
      },
    },
    async (req) => cases.escalateByHand(actorOf(req), req.params.id, req.body?.note),
  );

  app.post(
    "/api/v1/cases/:id/replies",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary:
          "Send a reply by e-mail or webhook (the case is answered), or copy it to send by hand (answered only once marked sent)",
        params: idParams,
        body: replyInput,
        response: { 201: replyOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const c = await cases.get(actor, req.params.id);
      const tone = cases.tone(req.body.text, c.language);
      const out = await cases.reply(actor, req.params.id, req.body);
      return reply.status(201).send({ ...out, tone });
    },
  );

  app.post(
    "/api/v1/cases/:id/replies/:messageId/sent",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Mark a copied reply sent by hand (recorded on the timeline with who); the case is answered",
        params: messageParams,
        body: markSentInput.optional(),
        response: { 200: replyOut.omit({ tone: true }) },
      },
    },
    async (req) => cases.markSent(actorOf(req), req.params.id, req.params.messageId, req.body ?? {}),
  );

  app.post(
    "/api/v1/cases/tone",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "Tone check of a draft reply", body: toneInput, response: { 200: toneOut } },
    },
    async (req) => cases.tone(req.body.text, req.body.language),
  );
}
