import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { type App, actorOf } from "../../server/types.js";
import { policySchema } from "../policy.js";
import { policyInput, remedyInput, remedyOut } from "../schema.js";
import { idParams, remedyParams, tags } from "./common.js";

/** Remedies and what they cost: giving, approving, the policy, discount codes. */
export function remedyRoutes(app: App, ctx: AppContext) {
  const cases = ctx.services.cases;

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
