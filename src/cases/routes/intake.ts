import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { invalid } from "../../core/errors.js";
import { type App, actorOf } from "../../server/types.js";
import { parseEmail } from "../inbound.js";
import { caseOut, createCaseInput, postUpdateInput } from "../schema.js";
import { tags } from "./common.js";

/** Where cases come from: by hand or API, a forwarded mailbox, and changed posts. */
export function intakeRoutes(app: App, ctx: AppContext) {
  const cases = ctx.services.cases;

  app.post(
    "/api/v1/cases",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Open a complaint case (or add to the customer's open one)",
        body: createCaseInput,
        response: { 200: caseOut, 201: caseOut },
      },
    },
    async (req, reply) => {
      const r = await cases.open(actorOf(req), req.body);
      return reply.status(r.created ? 201 : 200).send(r.case);
    },
  );

  app.post(
    "/api/v1/cases/inbound-email",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary:
          "Open or continue a case from a raw e-mail (Content-Type: message/rfc822); auto-replies and bounces answer 202 and are dropped",
        response: { 200: caseOut, 201: caseOut, 202: z.object({ ignored: z.string() }) },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) throw invalid("send the raw message with Content-Type: message/rfc822");
      const mail = await parseEmail(req.body);
      if (mail.automated) return reply.status(202).send({ ignored: mail.automated });
      const r = await cases.fromEmail(actorOf(req), mail);
      return reply.status(r.created ? 201 : 200).send(r.case);
    },
  );

  app.post(
    "/api/v1/cases/post-updates",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "A source reports a post changed or removed",
        body: postUpdateInput,
        response: { 200: z.object({ cases: z.array(z.string()) }) },
      },
    },
    async (req) => cases.postUpdate(actorOf(req), req.body),
  );
}
