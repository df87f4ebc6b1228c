import { z } from "zod";
import { CASE_LANGUAGES, CASE_TOPICS, policySchema, REMEDY_KINDS, topicPolicySchema } from "./policy.js";
import { PRIORITIES } from "./priority.js";

export const CASE_STATUSES = ["new", "answered", "waiting", "resolved", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const REPLY_CHANNELS = ["email", "webhook", "clipboard"] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

const customerInput = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    email: z.string().trim().toLowerCase().email().max(320).optional(),
    handle: z.string().trim().min(1).max(200).optional(),
  })
  .refine((c) => c.name || c.email || c.handle, "name the customer (name, email or handle)");

/** `{mention_id}` or `{customer, text, …}`: one object, so a missing field is named in the 400. */
export const createCaseInput = z
  .object({
    mention_id: z.string().min(1).max(100).optional(),
    customer: customerInput.optional(),
    text: z.string().trim().min(1).max(20_000).optional(),
    source: z.string().trim().min(1).max(100).optional(),
    language: z.enum(CASE_LANGUAGES).optional(),
    subject: z.string().max(500).optional(),
    followers: z.number().int().min(0).optional(),
  })
  .superRefine((v, c) => {
    if (v.mention_id) return;
    if (!v.customer)
      c.addIssue({ code: "custom", path: ["customer"], message: "name the customer, or give a mention_id" });
    if (!v.text)
      c.addIssue({ code: "custom", path: ["text"], message: "give the complaint's text, or a mention_id" });
  });
export type CreateCaseInput = z.infer<typeof createCaseInput>;

export const listQuery = z.object({
  status: z.enum([...CASE_STATUSES, "open"]).optional(),
  priority: z.enum(PRIORITIES).optional(),
  topic: z.string().max(50).optional(),
  crisis_id: z.string().max(100).optional(),
  overdue: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().max(200).optional(),
});

export const patchCaseInput = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  crisis_id: z.string().max(100).nullable().optional(),
  note: z.string().trim().min(1).max(5000).optional(),
  /** The language replies are drafted in (one of ours), chosen by a team member. */
  language: z.enum(CASE_LANGUAGES).optional(),
});

export const replyInput = z.object({
  text: z.string().trim().min(1).max(20_000),
  channel: z.enum(REPLY_CHANNELS).optional(),
  /** Set the case to "waiting" (for the customer) instead of "answered". */
  waiting: z.boolean().optional(),
});

/** Marking a copied reply sent by hand; `waiting` sets the case to "waiting" instead of "answered". */
export const markSentInput = z.object({ waiting: z.boolean().optional() });

export const remedyInput = z.object({
  kind: z.enum(REMEDY_KINDS),
  amount: z.number().int().min(0).max(100_000_000).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

export const toneInput = z.object({ text: z.string().max(20_000), language: z.enum(CASE_LANGUAGES) });

export const postUpdateInput = z.object({
  source: z.string().min(1).max(100),
  external_id: z.string().min(1).max(500),
  text: z.string().max(20_000).optional(),
  removed: z.boolean().optional(),
});

export const policyInput = policySchema.partial().extend({
  limits: z.partialRecord(z.enum(REMEDY_KINDS), z.number().int().min(0).max(100_000_000)).optional(),
  topics: z.partialRecord(z.enum(CASE_TOPICS), topicPolicySchema).optional(),
});

export const remedyOut = z.object({
  id: z.string(),
  case_id: z.string(),
  kind: z.enum(REMEDY_KINDS),
  status: z.enum(["given", "awaiting_approval", "rejected"]),
  amount: z.number(),
  currency: z.string(),
  cost: z.number(),
  code: z.string().optional(),
  requested_by: z.string(),
  decided_by: z.string().nullable(),
  decided_at: z.string().nullable(),
  created_at: z.string(),
});
export type RemedyOut = z.infer<typeof remedyOut>;

const eventOut = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.string(),
  text: z.string(),
  who: z.string(),
  data: z.unknown().optional(),
});
const messageOut = z.object({
  id: z.string(),
  direction: z.enum(["in", "out"]),
  channel: z.string(),
  text: z.string(),
  author: z.string(),
  at: z.string(),
  mention_id: z.string().nullable(),
  /** When an outgoing message left (by its channel, or marked sent by hand); null while it waits. */
  sent_at: z.string().nullable(),
  sent_by: z.string().nullable(),
});

export const caseOut = z.object({
  id: z.string(),
  priority: z.enum(PRIORITIES),
  status: z.enum(CASE_STATUSES),
  /** The language replies are drafted in: one of ours. */
  language: z.string(),
  /** The language the customer wrote in (ISO 639-1, maybe outside ours); null where not known. */
  customer_language: z.string().nullable(),
  /**
   * The customer's offset from UTC in minutes, from their latest e-mail's `Date:` header (60 for +0100);
   * null where none was given (a post). The draft adds their time beside the promised one.
   */
  customer_utc_offset: z.number().int().nullable(),
  topics: z.array(z.string()),
  sentiment_score: z.number(),
  customer: z.object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    handle: z.string().nullable(),
  }),
  source: z.string(),
  channel: z.enum(REPLY_CHANNELS),
  subject: z.string().nullable(),
  text: z.string(),
  mention_id: z.string().nullable(),
  reach: z.number(),
  spread: z.number(),
  crisis_id: z.string().nullable(),
  first_response_due_at: z.string(),
  resolve_due_at: z.string(),
  first_response_at: z.string().nullable(),
  resolved_at: z.string().nullable(),
  closed_at: z.string().nullable(),
  escalated_at: z.string().nullable(),
  escalated_to: z.string().nullable(),
  overdue: z.boolean(),
  post_status: z.string(),
  follow_up: z.object({ private_text: z.string(), public_text: z.string() }).nullable(),
  suggested_reply: z.object({
    language: z.string(),
    text: z.string(),
    due: z.string(),
    /**
     * For the team, never sent: set when the customer wrote in another language than the draft's
     * ("The customer wrote in Portuguese (pt); this draft is in German (de).").
     */
    note: z.string().nullable(),
  }),
  remedies: z.array(remedyOut),
  remedy_cost: z.number(),
  currency: z.string(),
  messages: z.array(messageOut).optional(),
  timeline: z.array(eventOut).optional(),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type CaseOut = z.infer<typeof caseOut>;
