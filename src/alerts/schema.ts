import { z } from "zod";
import { teamEmail } from "../core/email.js";
import { refuseInternalUrl } from "../core/outbound.js";
import { ALERT_KINDS } from "../detection/detectors/types.js";
import { TOPICS } from "../nlp/index.js";
import { crisisTypeRefSchema } from "../plan/default-plan/model.js";
import { ALERT_STATUSES } from "./tables.js";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use HH:MM");

/** One reason the closest rule did not page (see `Miss` in rules.ts). */
const missOut = z.discriminatedUnion("code", [
  z.object({ code: z.literal("off") }),
  z.object({ code: z.literal("kind"), kind: z.string(), kinds: z.array(z.string()) }),
  z.object({ code: z.literal("topic"), topic: z.string().nullable(), topics: z.array(z.string()) }),
  z.object({ code: z.literal("score"), score: z.number(), min: z.number() }),
  z.object({ code: z.literal("observed"), observed: z.number(), min: z.number() }),
  z.object({
    code: z.literal("quiet_hours"),
    start: z.string(),
    end: z.string(),
    timezone: z.string(),
    pages_at: z.string().nullable(),
    kind: z.string(),
  }),
]);

export const quietHoursSchema = z.object({
  start: hhmm,
  end: hhmm,
  timezone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "not an IANA time zone"),
});
export type QuietHours = z.infer<typeof quietHoursSchema>;

const httpsUrl = z
  .string()
  .trim()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), "use an http(s) address")
  .superRefine(refuseInternalUrl);

export const channelSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("email") }),
  z.object({
    type: z.literal("webhook"),
    url: httpsUrl,
    secret: z.string().regex(/^whsec_[A-Za-z0-9+/=]+$/, "a Standard Webhooks secret (whsec_…)"),
  }),
  z.object({ type: z.literal("slack"), url: httpsUrl }),
  z.object({
    type: z.literal("pagerduty"),
    /** The Events API v2 integration key of a PagerDuty service; sealed at rest. */
    routing_key: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{32}$/, "a PagerDuty Events API v2 integration key (32 letters and digits)"),
    /** Which PagerDuty service region the account lives in. */
    region: z.enum(["us", "eu"]).default("us"),
  }),
  z.object({
    type: z.literal("opsgenie"),
    /** The API key of an Opsgenie API integration (sent as `Authorization: GenieKey …`); sealed at rest. */
    api_key: z
      .string()
      .trim()
      .regex(
        /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
        "an Opsgenie API integration key (a UUID)",
      ),
    region: z.enum(["us", "eu"]).default("us"),
  }),
]);
export type Channel = z.infer<typeof channelSchema>;
export const CHANNEL_TYPES = ["email", "webhook", "slack", "pagerduty", "opsgenie"] as const;
/** The notification log's channels: a rule's channel types, `none` (held back) and `group` (joined an incident). */
export const NOTIFICATION_CHANNELS = [...CHANNEL_TYPES, "none", "group"] as const;
/** Why a notification was written: a page, an escalation, quiet hours, grouping, or a paging tool's follow-up. */
export const NOTIFICATION_REASONS = [
  "opened",
  "escalated",
  "quiet_hours",
  "grouped",
  "acknowledged",
  "closed",
] as const;

/** Kinds that still page at night unless a rule says otherwise: each can mean a crisis of its own. */
export const DEFAULT_SEV_KINDS = ["crisis_signal", "payment_failure_spike", "order_drop"] as const;

const ruleFields = {
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean(),
  kinds: z.array(z.enum(ALERT_KINDS)),
  topics: z.array(z.enum(TOPICS)),
  min_score: z.number().min(0),
  min_observed: z.number().min(0),
  quiet_hours: quietHoursSchema.nullable(),
  sev_kinds: z.array(z.enum(ALERT_KINDS)),
  channels: z.array(channelSchema).max(20),
  recipients: z.array(teamEmail).max(20),
  ack_timeout_minutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .nullable(),
};

export const ruleInput = z.object({
  ...ruleFields,
  enabled: ruleFields.enabled.default(true),
  kinds: ruleFields.kinds.default([]),
  topics: ruleFields.topics.default([]),
  min_score: ruleFields.min_score.default(0),
  min_observed: ruleFields.min_observed.default(0),
  quiet_hours: ruleFields.quiet_hours.default(null),
  sev_kinds: ruleFields.sev_kinds.default([...DEFAULT_SEV_KINDS]),
  channels: ruleFields.channels.default([{ type: "email" }]),
  recipients: ruleFields.recipients.default([]),
  ack_timeout_minutes: ruleFields.ack_timeout_minutes.default(null),
});
export type RuleInput = z.infer<typeof ruleInput>;
/** No defaults here: a change names only what it changes. */
export const rulePatch = z.object(ruleFields).partial();

export const ruleOut = ruleInput.extend({
  id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Rule = z.infer<typeof ruleOut>;

const shown = (what: string) =>
  z
    .string()
    .describe(`${what}; shortened to its last four characters (…abcd) for anyone who cannot edit rules`);
const region = z.enum(["us", "eu"]);
/** A channel as the API answers it: the credential fields may be shortened, so they are plain strings. */
const channelView = z.discriminatedUnion("type", [
  z.object({ type: z.literal("email") }),
  z.object({ type: z.literal("webhook"), url: z.string(), secret: shown("the signing secret") }),
  z.object({ type: z.literal("slack"), url: shown("the incoming-webhook URL") }),
  z.object({ type: z.literal("pagerduty"), routing_key: shown("the integration key"), region }),
  z.object({ type: z.literal("opsgenie"), api_key: shown("the API key"), region }),
]);
/** A rule as the API answers it. */
export const ruleView = ruleOut.extend({ channels: z.array(channelView) });

export const pointOut = z.object({
  start: z.string(),
  end: z.string(),
  observed: z.number(),
  expected: z.number(),
});
export const stepOut = z.object({
  phase: z.enum(["open", "update", "close"]),
  at: z.string(),
  observed: z.number(),
  expected: z.number(),
  score: z.number(),
  mention_id: z.string().optional(),
});

export const alertOut = z.object({
  id: z.string(),
  episode_id: z.string(),
  kind: z.enum(ALERT_KINDS),
  series: z.string(),
  topic: z.string().nullable(),
  source: z.string().nullable(),
  signal: z.string().nullable(),
  author: z.string().nullable(),
  title: z.string(),
  status: z.enum(ALERT_STATUSES),
  active: z.boolean(),
  opened_at: z.string(),
  last_step_at: z.string(),
  ended_at: z.string().nullable(),
  observed: z.number(),
  expected: z.number(),
  score: z.number(),
  peak_observed: z.number(),
  peak_score: z.number(),
  acknowledged_by: z.string().nullable(),
  acknowledged_at: z.string().nullable(),
  snoozed_until: z.string().nullable(),
  closed_by: z.string().nullable(),
  closed_at: z.string().nullable(),
  crisis_id: z.string().nullable(),
  escalation_step: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
  /** Observed against expected, for the chart behind the alert. */
  points: z.array(pointOut),
  /** The first alert of the incident this one belongs to (one burst opens several); null when alone. */
  group_id: z.string().nullable(),
  /** Alerts in that group, this one included (1 when alone). */
  group_size: z.number(),
  /** What the rules made of the alert when it opened: paged, held in quiet hours, or the closest miss. */
  paging: z
    .object({
      outcome: z.enum(["paged", "held", "unmatched", "no_rules"]),
      closest: z
        .object({
          rule_id: z.string(),
          name: z.string(),
          /** Each reason in English; `why` gives the same as fields, absent on alerts of older versions. */
          reasons: z.array(z.string()),
          why: z.array(missOut).optional(),
        })
        .nullable(),
    })
    .nullable(),
  /**
   * What rose, as the detector explained it when the alert opened or last grew: since when, over what
   * window, the usual range of the count in that window, and the latest mentions of the rise (their text
   * is from the internet: escape it). Null for alerts without a baseline (monitors, single mentions).
   */
  explanation: z
    .object({
      since: z.string(),
      window_minutes: z.number(),
      expected_low: z.number(),
      expected_high: z.number(),
      language: z.string().nullable(),
      examples: z.array(z.object({ id: z.string(), text: z.string() })),
      /** The planned surge (detection settings) the rise was judged in: expected `multiple` × the usual. */
      planned_surge: z.object({ label: z.string(), multiple: z.number() }).nullable(),
    })
    .nullable(),
});
export type AlertOut = z.infer<typeof alertOut>;

export const alertDetailOut = alertOut.extend({
  /** The other alerts of the same incident, oldest first. */
  group: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(ALERT_KINDS),
      title: z.string(),
      status: z.enum(ALERT_STATUSES),
      active: z.boolean(),
      opened_at: z.string(),
      observed: z.number(),
      expected: z.number(),
      score: z.number(),
    }),
  ),
  steps: z.array(stepOut),
  sample_mentions: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      text: z.string(),
      author: z.string().nullable(),
      url: z.string().nullable(),
      created_at: z.string(),
      sentiment: z.enum(["negative", "neutral", "positive"]),
      topics: z.array(z.string()),
    }),
  ),
  notifications: z.array(
    z.object({
      reason: z.enum(NOTIFICATION_REASONS),
      step: z.number(),
      channel: z.enum(NOTIFICATION_CHANNELS),
      target: z.string(),
      created_at: z.string(),
      /**
       * Whether it reached its channel: `undeliverable` (with `error`: no SMTP, no recipient), `failing`
       * (the receiver refused; retried), `delivered`, or `queued` (handed on, no answer yet).
       */
      delivery: z.enum(["queued", "delivered", "failing", "undeliverable", "none"]),
      error: z.string().nullable(),
    }),
  ),
});
export type AlertDetail = z.infer<typeof alertDetailOut>;

export const alertListQuery = z.object({
  status: z.enum([...ALERT_STATUSES, "unresolved"]).optional(),
  kind: z.enum(ALERT_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().max(300).optional(),
});

export const snoozeInput = z.object({
  until: z.iso.datetime({ offset: true }).optional(),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .optional(),
});

export const crisisFromAlertInput = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  type: crisisTypeRefSchema.optional(),
  severity: z.enum(["SEV1", "SEV2", "SEV3", "SEV4"]).optional(),
});
