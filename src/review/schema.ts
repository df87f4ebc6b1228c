import { z } from "zod";
import { teamEmail } from "../core/email.js";
import { LANGUAGES } from "../core/lang.js";
import { STATUSES as CRISIS_STATUSES, eventOut as crisisEventOut } from "../crises/schema.js";
import { crisisTypeRefSchema, SEVERITIES } from "../plan/default-plan/model.js";

export const PLAN_PARTS = ["playbook", "template", "monitor", "supplier", "remedy_rule", "other"] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];
export const ACTION_STATUSES = ["open", "in_progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const POSTMORTEM_STATUSES = ["draft", "final"] as const;

const day = z.iso.date();
const lines = z.array(z.string().trim().min(1).max(2000)).max(50);

export const postmortemPatch = z
  .object({
    summary: z.string().max(20_000).optional(),
    causes: lines.optional(),
    contributing_factors: lines.optional(),
    went_well: lines.optional(),
    went_badly: lines.optional(),
    blameless: z.boolean().optional(),
    status: z.enum(POSTMORTEM_STATUSES).optional(),
    /** The revision the editor loaded: a stale one answers 409 instead of overwriting a colleague. */
    revision: z.number().int().min(1).optional(),
  })
  .refine((p) => Object.keys(p).some((k) => k !== "revision"), { message: "nothing to change" });
export type PostmortemPatch = z.infer<typeof postmortemPatch>;

export const EXPORT_FORMATS = ["json", "md", "html", "pdf"] as const;
export const postmortemQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default("json"),
  lang: z.enum(LANGUAGES).optional(),
});

export const actionInput = z.object({
  title: z.string().trim().min(1).max(500),
  /** A member of the workspace; or an outside owner by name and e-mail. */
  owner_user_id: z.string().min(1).max(100).optional(),
  owner_name: z.string().trim().min(1).max(200).optional(),
  owner_email: teamEmail.optional(),
  due_date: day,
  plan_part: z.enum(PLAN_PARTS),
  /** Which playbook, template, monitor, supplier or remedy rule; checked against the plan. */
  plan_ref: z.string().trim().max(200).default(""),
});
export type ActionInput = z.infer<typeof actionInput>;

export const actionPatch = z
  .object({
    title: z.string().trim().min(1).max(500).optional(),
    owner_user_id: z.string().min(1).max(100).optional(),
    owner_name: z.string().trim().min(1).max(200).optional(),
    owner_email: teamEmail.nullable().optional(),
    due_date: day.optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    plan_part: z.enum(PLAN_PARTS).optional(),
    plan_ref: z.string().trim().max(200).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: "nothing to change" });
export type ActionPatch = z.infer<typeof actionPatch>;

export const actionListQuery = z.object({
  status: z.enum([...ACTION_STATUSES, "unfinished"]).optional(),
  overdue: z.enum(["true", "false"]).optional(),
  crisis_id: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(200).optional(),
});

export const actionOut = z.object({
  id: z.string(),
  crisis_id: z.string(),
  title: z.string(),
  owner_user_id: z.string().nullable(),
  owner_name: z.string(),
  owner_email: z.string().nullable(),
  due_date: z.string(),
  status: z.enum(ACTION_STATUSES),
  overdue: z.boolean(),
  plan_part: z.enum(PLAN_PARTS),
  plan_ref: z.string(),
  /** What the reference is, in words (the playbook's or supplier's name). */
  plan_label: z.string(),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  done_at: z.string().nullable(),
});
export type ActionOut = z.infer<typeof actionOut>;

const isoQ = z
  .string()
  .trim()
  .max(64)
  .refine((s) => !Number.isNaN(Date.parse(s)), "not a date (use ISO 8601, e.g. 2026-05-01)")
  .transform((s) => new Date(s).toISOString());

export const reputationQuery = z.object({
  since: isoQ.optional(),
  until: isoQ.optional(),
  /** Measure recovery from this crisis's start; the baseline is the days before it. */
  crisis_id: z.string().max(100).optional(),
  baseline_days: z.coerce.number().int().min(3).max(365).default(28),
});

export const dayOut = z.object({
  day: z.string(),
  mentions: z.number(),
  negative: z.number().nullable(),
  neutral: z.number().nullable(),
  positive: z.number().nullable(),
  index: z.number().nullable(),
  rating: z.number().nullable().optional(),
});

export const baselineOut = z.object({
  index: z.number(),
  low: z.number(),
  high: z.number(),
  from: z.string(),
  to: z.string(),
  days: z.number(),
  mentions: z.number(),
  rating: z.number().nullable(),
});

export const recoveryOut = z.object({
  crisis_id: z.string().nullable(),
  start_day: z.string(),
  worst_day: z.string().nullable(),
  worst_index: z.number().nullable(),
  depth: z.number().nullable(),
  fell_below: z.boolean(),
  recovered_on: z.string().nullable(),
  days_to_recover: z.number().nullable(),
  min_mentions: z.number(),
});

export const reputationOut = z.object({
  items: z.array(dayOut),
  next_cursor: z.null(),
  since: z.string(),
  until: z.string(),
  baseline: baselineOut.nullable(),
  recovery: recoveryOut.nullable(),
});
export type ReputationOut = z.infer<typeof reputationOut>;

const timeOut = z.object({
  id: z.enum(["detect", "acknowledge", "first_public_word", "mitigate", "resolve"]),
  label: z.string(),
  at: z.string().nullable(),
  minutes: z.number().nullable(),
  target_minutes: z.number().nullable(),
  met: z.boolean().nullable(),
});

export const postmortemOut = z.object({
  crisis_id: z.string(),
  status: z.enum(POSTMORTEM_STATUSES),
  blameless: z.boolean(),
  revision: z.number(),
  language: z.string(),
  drafted_at: z.string(),
  updated_at: z.string(),
  updated_by: z.string(),
  crisis: z.object({
    id: z.string(),
    title: z.string(),
    type: crisisTypeRefSchema,
    type_name: z.string(),
    severity: z.enum(SEVERITIES),
    status: z.enum(CRISIS_STATUSES),
    drill: z.boolean(),
    started_at: z.string(),
    resolved_at: z.string().nullable(),
  }),
  summary: z.string(),
  causes: z.array(z.string()),
  contributing_factors: z.array(z.string()),
  went_well: z.array(z.string()),
  went_badly: z.array(z.string()),
  times: z.array(timeOut),
  /** The key events as the room has them; blameless, the text and its fields name roles, not people. */
  timeline: z.array(
    crisisEventOut.pick({ id: true, at: true, kind: true, text: true, data: true, actor: true }),
  ),
  impact: z.object({
    orders_affected: z.number(),
    revenue_at_risk: z.number(),
    customers_affected: z.number(),
    cases: z.number(),
    remedies_given: z.number(),
    remedies_cost: z.number(),
    currency: z.string(),
    mentions: z.number(),
    negative_share: z.number().nullable(),
  }),
  action_items: z.array(actionOut),
  reputation: reputationOut.omit({ next_cursor: true }).nullable(),
});
export type PostmortemOut = z.infer<typeof postmortemOut>;

export const reportQuery = z.object({
  format: z.enum(["json", "md", "html", "csv"]).default("json"),
  since: isoQ.optional(),
  until: isoQ.optional(),
  lang: z.enum(LANGUAGES).optional(),
});

const timeStatOut = z.object({
  mean: z.number().nullable(),
  median: z.number().nullable(),
  n: z.number().int(),
});
const groupStatsOut = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
  times: z.object({
    detect: timeStatOut,
    acknowledge: timeStatOut,
    first_public_word: timeStatOut,
    mitigate: timeStatOut,
    resolve: timeStatOut,
  }),
  /** Remedy cost per currency, in minor units. */
  remedy_cost: z.record(z.string(), z.number()),
});
const reportSideOut = z.object({
  overall: groupStatsOut,
  by_type: z.array(groupStatsOut),
  by_quarter: z.array(groupStatsOut),
});
/** The report across crises (report.ts `Report`) as JSON; the other formats are documents. */
export const reportOut = z.object({
  language: z.enum(LANGUAGES),
  since: z.string().nullable(),
  until: z.string().nullable(),
  generated_at: z.string(),
  real: reportSideOut,
  drills: reportSideOut,
  top_causes: z.array(z.object({ cause: z.string(), count: z.number().int() })),
  crises: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: z.string(),
      severity: z.string(),
      drill: z.boolean(),
      started_at: z.string(),
      resolved_at: z.string().nullable(),
      remedies_cost: z.number(),
      currency: z.string(),
    }),
  ),
});
