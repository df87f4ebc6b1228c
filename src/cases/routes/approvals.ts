import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { type App, actorOf } from "../../server/types.js";

const approvalOut = z.object({
  kind: z.enum(["remedy", "message"]),
  id: z.string(),
  title: z.string(),
  /** The remedy's kind (discount, refund…) or the message's (customer_email…). */
  what: z.string(),
  /** A remedy: the customer; a message: its rendered subject. */
  about: z.string(),
  /** A message's language; null for a remedy. */
  language: z.string().nullable(),
  requested_by: z.string(),
  requested_at: z.string(),
  case_id: z.string().nullable(),
  crisis_id: z.string().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  can_decide: z.boolean(),
  why_not: z.string().nullable(),
});

/** The approvals queue: what waits for a second person, across remedies and messages. */
export function approvalRoutes(app: App, ctx: AppContext) {
  const cases = ctx.services.cases;
  app.get(
    "/api/v1/approvals",
    {
      config: { access: "viewer" },
      schema: {
        tags: ["approvals"],
        summary: "Remedies and messages waiting for approval, oldest first, with whether you may decide each",
        response: { 200: z.object({ items: z.array(approvalOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({ items: await cases.approvals(actorOf(req)), next_cursor: null }),
  );
  app.get(
    "/api/v1/approvals/count",
    {
      config: { access: "viewer" },
      schema: {
        tags: ["approvals"],
        summary: "How many approvals wait, and how many of them you may decide (for the navigation)",
        response: { 200: z.object({ waiting: z.number(), yours: z.number() }) },
      },
    },
    async (req) => cases.approvalCount(actorOf(req)),
  );
}
