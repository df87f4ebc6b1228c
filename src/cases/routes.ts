import { z } from "zod";
import type { BusEvent } from "../app/bus.js";
import type { AppContext } from "../app/context.js";
import { invalid } from "../core/errors.js";
import { openEventStream } from "../server/sse.js";
import { type App, actorOf } from "../server/types.js";
import { parseEmail } from "./inbound.js";
import { policySchema } from "./policy.js";
import {
  caseOut,
  createCaseInput,
  listQuery,
  patchCaseInput,
  policyInput,
  postUpdateInput,
  remedyInput,
  remedyOut,
  replyInput,
  toneInput,
} from "./schema.js";

const tags = ["cases"];
const idParams = z.object({ id: z.string().min(1).max(100) });
const remedyParams = idParams.extend({ remedyId: z.string().min(1).max(100) });
const toneOut = z.object({
  ok: z.boolean(),
  remarks: z.array(z.object({ kind: z.string(), text: z.string(), index: z.number(), why: z.string() })),
});
const replyOut = z.object({
  message_id: z.string(),
  channel: z.string(),
  text: z.string(),
  sent_at: z.string(),
  tone: toneOut,
  case: caseOut,
});

export function casesRoutes(app: App, ctx: AppContext) {
  const cases = ctx.services.cases;

  // A shop forwards its support mailbox here as raw RFC 822; parsed by mailparser in the service.
  app.addContentTypeParser(
    "message/rfc822",
    { parseAs: "buffer", bodyLimit: 5 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

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
        summary: "Send a reply (e-mail, webhook, or copied by hand) and record it",
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
    "/api/v1/cases/tone",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "Tone check of a draft reply", body: toneInput, response: { 200: toneOut } },
    },
    async (req) => cases.tone(req.body.text, req.body.language),
  );

  app.post(
    "/api/v1/cases/:id/remedies",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Give a remedy; above the policy's limit it waits for approval",
        params: idParams,
        body: remedyInput,
        response: { 201: remedyOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await cases.addRemedy(actorOf(req), req.params.id, req.body)),
  );

  for (const [verb, approve] of [
    ["approve", true],
    ["reject", false],
  ] as const) {
    app.post(
      `/api/v1/cases/:id/remedies/:remedyId/${verb}`,
      {
        // The policy names the approver role; the service checks it.
        config: { access: "responder" },
        schema: {
          tags,
          summary: `${approve ? "Approve" : "Reject"} a remedy waiting for approval`,
          params: remedyParams,
          response: { 200: remedyOut },
        },
      },
      async (req) => cases.decideRemedy(actorOf(req), req.params.id, req.params.remedyId, approve),
    );
  }

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

  app.get(
    "/api/v1/cases/policy",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "The workspace's remedy policy", response: { 200: policySchema } },
    },
    async (req) => cases.policyView(actorOf(req).workspaceId),
  );

  app.put(
    "/api/v1/cases/policy",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Change the remedy policy",
        body: policyInput,
        response: { 200: policySchema },
      },
    },
    async (req) => cases.putPolicy(actorOf(req), req.body as never),
  );

  app.get(
    "/api/v1/discount-codes.csv",
    {
      config: { access: "responder" },
      schema: { tags, summary: "Discount codes as CSV, for import into the shop" },
    },
    async (req, reply) =>
      reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="discount-codes.csv"')
        .send(await cases.codesCsv(actorOf(req))),
  );

  app.post(
    "/api/v1/discount-codes/:code/redeem",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Mark a code used (it works once; 409 the second time)",
        params: z.object({ code: z.string().min(1).max(100) }),
        response: { 200: z.object({ code: z.string(), status: z.string(), redeemed_at: z.string() }) },
      },
    },
    async (req) => cases.redeemCode(actorOf(req), req.params.code),
  );

  app.get(
    "/api/v1/remedies/summary",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Remedy cost per month",
        querystring: z.object({ months: z.coerce.number().int().min(1).max(60).default(12) }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                month: z.string(),
                currency: z.string(),
                kind: z.string(),
                count: z.number(),
                cost: z.number(),
              }),
            ),
            next_cursor: z.null(),
          }),
        },
      },
    },
    async (req) => ({ items: await cases.monthly(actorOf(req), req.query.months), next_cursor: null }),
  );
}
