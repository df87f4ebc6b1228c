import { z } from "zod";
import { crisisTypeRefSchema, langSchema, ROLE_IDS, SEVERITIES } from "../plan/default-plan/model.js";

/**
 * The lifecycle, in order, and `declined` (a false alarm) beside it; see `NEXT` in clocks.ts for the
 * moves allowed between them.
 */
export const STATUSES = [
  "detected",
  "acknowledged",
  "mitigating",
  "monitoring",
  "resolved",
  "closed",
  "declined",
] as const;
export type CrisisStatus = (typeof STATUSES)[number];
export const statusSchema = z.enum(STATUSES);
export const severitySchema = z.enum(SEVERITIES);
export const roleIdSchema = z.enum(ROLE_IDS);

export const LINK_KINDS = ["alert", "mention", "monitor", "case"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
export const linkKindSchema = z.enum(LINK_KINDS);

export const TASK_STATUSES = ["open", "done", "skipped"] as const;
export const taskStatusSchema = z.enum(TASK_STATUSES);

const iso = z.iso.datetime({ offset: true });
/**
 * The summary in the other languages the shop writes ({"de": "…"}): a notice or status update in German
 * quotes the German one, not the plan's. An empty text removes a language.
 */
const summariesInput = z.partialRecord(langSchema, z.string().max(20_000));
/** The title in the other languages the shop writes ({"de": "…"}); an empty text removes a language. */
const titlesInput = z.partialRecord(langSchema, z.string().trim().max(300));

export const openInput = z.object({
  title: z.string().trim().min(1).max(300),
  type: crisisTypeRefSchema,
  severity: severitySchema,
  summary: z.string().max(20_000).optional(),
  summaries: summariesInput.optional(),
  titles: titlesInput.optional(),
  drill: z.boolean().optional(),
  /** When it started; defaults to now (an alert opening a crisis passes the alert's time). */
  started_at: iso.optional(),
  /** When the shop became aware of a personal-data breach; defaults to the start. */
  aware_at: iso.optional(),
  personal_data: z.boolean().optional(),
  evidence: z
    .array(z.object({ kind: linkKindSchema, ref_id: z.string().min(1).max(200) }))
    .max(100)
    .optional(),
});

export const patchInput = z
  .object({
    status: statusSchema.optional(),
    severity: severitySchema.optional(),
    title: z.string().trim().min(1).max(300).optional(),
    summary: z.string().max(20_000).optional(),
    summaries: summariesInput.optional(),
    titles: titlesInput.optional(),
    personal_data: z.boolean().optional(),
    aware_at: iso.optional(),
    authority_notified_at: iso.nullable().optional(),
    /** Why: required to decline, and to remove personal data or lower the severity below the plan's rule. */
    reason: z.string().trim().min(1).max(2000).optional(),
    /**
     * On resolve: "resolve" (default) posts the final update on the crisis's open status incident and
     * turns its components operational; "keep" leaves the incident open, with a warning in the room.
     */
    public: z.enum(["resolve", "keep"]).optional(),
    /** The final update's text per language, as edited in the room; missing languages use the template. */
    final_update: z
      .partialRecord(z.enum(["en", "pl", "de", "fr", "it", "es"]), z.string().max(5000))
      .optional(),
  })
  .refine((p) => Object.keys(p).some((k) => !["reason", "public", "final_update"].includes(k)), {
    message: "nothing to change",
  });

export const listQuery = z.object({
  status: z.union([statusSchema, z.literal("open")]).optional(),
  drill: z.enum(["true", "false"]).optional(),
  type: crisisTypeRefSchema.optional(),
  /** false leaves out each record's timeline and links: the list page polls, the room loads them. */
  timeline: z.enum(["true", "false"]).default("true"),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().optional(),
  /** The language of each event's `sentence` (else the plan's). */
  lang: langSchema.optional(),
});

/** One crisis: `lang` says each event's `sentence` in that language (else the plan's). */
export const viewQuery = z.object({ lang: langSchema.optional() });

export const eventInput = z.object({
  kind: z.string().trim().min(1).max(60).default("note"),
  text: z.string().trim().min(1).max(20_000),
  key_event: z.boolean().optional(),
});

export const keyEventInput = z.object({ key_event: z.boolean() });

export const taskInput = z.object({
  title: z.string().trim().min(1).max(500),
  role: roleIdSchema,
  /** Minutes after the start; or an absolute due time. */
  due_minutes: z.number().int().min(0).max(525_600).optional(),
  due_at: iso.optional(),
});

export const taskPatch = z
  .object({
    status: taskStatusSchema.optional(),
    title: z.string().trim().min(1).max(500).optional(),
    role: roleIdSchema.optional(),
    due_at: iso.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: "nothing to change" });

export const roleAssignInput = z.object({ user_id: z.string().min(1).nullable() });

export const linkInput = z.object({
  kind: linkKindSchema,
  ref_id: z.string().min(1).max(200),
  note: z.string().max(500).optional(),
});

/** Amounts are integer minor units (cents). A delta is added; `set` replaces. */
export const impactFields = {
  orders_affected: z.number().int().optional(),
  revenue_at_risk: z.number().int().optional(),
  customers_affected: z.number().int().optional(),
  remedies_given: z.number().int().optional(),
  remedies_cost: z.number().int().optional(),
};
export const impactInput = z.object({
  ...impactFields,
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  mode: z.enum(["add", "set"]).default("set"),
});

export const drillInput = z.object({
  type: crisisTypeRefSchema,
  severity: severitySchema.optional(),
  title: z.string().trim().min(1).max(300).optional(),
  /** Replay a synthetic burst of complaints through the detectors and link what they raise. */
  replay: z.boolean().default(true),
});

// ---- output -------------------------------------------------------------------------------------

export const clockOut = z.object({
  id: z.enum(["acknowledge", "first_public_word", "mitigate", "update_cadence", "gdpr_art33"]),
  label: z.string(),
  started_at: z.string(),
  due_at: z.string().nullable(),
  stopped_at: z.string().nullable(),
  target_minutes: z.number().nullable(),
  elapsed_s: z.number(),
  remaining_s: z.number().nullable(),
  state: z.enum(["running", "overdue", "met", "missed"]),
  /** event: its own step happened; end: the crisis ended (resolved, declined, closed) without it. */
  stopped_by: z.enum(["event", "end"]).nullable(),
});
export type Clock = z.infer<typeof clockOut>;

export const eventOut = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.string(),
  /** The sentence as stored, in English (API readers have always had it). */
  text: z.string(),
  /**
   * The same said in the plan's language or the asked `lang`, from `data` (times in the shop's zone);
   * notes, decisions and rows without their parameters read as `text`. Only on the reads of a crisis.
   */
  sentence: z.string().optional(),
  data: z.unknown().nullable(),
  actor: z.string(),
  actor_user_id: z.string().nullable(),
  key_event: z.boolean(),
});
export type CrisisEvent = z.infer<typeof eventOut>;

export const taskOut = z.object({
  id: z.string(),
  playbook_id: z.string().nullable(),
  title: z.string(),
  role: z.string(),
  due_at: z.string().nullable(),
  clock: z.string().nullable(),
  status: taskStatusSchema,
  done_at: z.string().nullable(),
  done_by: z.string().nullable(),
  overdue: z.boolean(),
});
export type CrisisTask = z.infer<typeof taskOut>;

export const linkOut = z.object({
  id: z.string(),
  kind: linkKindSchema,
  ref_id: z.string(),
  note: z.string().nullable(),
  created_by: z.string(),
  created_at: z.string(),
});

export const roleOut = z.object({
  role: roleIdSchema,
  name: z.string(),
  user_id: z.string().nullable(),
  user_name: z.string().nullable(),
  since: z.string().nullable(),
});

/** The impact figures, in the order the room and documents list them. */
export const IMPACT_KEYS = [
  "orders_affected",
  "revenue_at_risk",
  "customers_affected",
  "remedies_given",
  "remedies_cost",
] as const;

export const impactOut = z.object({
  orders_affected: z.number(),
  revenue_at_risk: z.number(),
  customers_affected: z.number(),
  remedies_given: z.number(),
  remedies_cost: z.number(),
  currency: z.string(),
});
export type Impact = z.infer<typeof impactOut>;

export const drillScoreOut = z.object({
  score: z.number(),
  /** Playbook tasks against their own due times (not in the score: the clocks are the plan's targets). */
  tasks: z
    .object({
      total: z.number(),
      on_time: z.number(),
      late: z.number(),
      skipped: z.number(),
      open: z.number(),
    })
    .optional(),
  items: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      target_minutes: z.number(),
      actual_minutes: z.number().nullable(),
      met: z.boolean(),
    }),
  ),
});
export type DrillScore = z.infer<typeof drillScoreOut>;

export const escalationOut = z.object({
  id: z.string(),
  raise_to: severitySchema,
  text: z.string(),
  /** triggered: the record proves every condition; needs_judgement: some depend on live signals. */
  state: z.enum(["triggered", "not_met", "needs_judgement"]),
  /** The rule asks for a higher severity than the crisis has now. */
  above_current: z.boolean(),
  conditions: z.array(
    z.object({
      metric: z.string(),
      op: z.string(),
      value: z.number(),
      observed: z.number().nullable(),
      met: z.boolean().nullable(),
    }),
  ),
});
export type EscalationOut = z.infer<typeof escalationOut>;

export const severityInfoOut = z.object({
  name: z.string(),
  meaning: z.string(),
  update_cadence_minutes: z.number(),
  targets: z.object({
    acknowledge_minutes: z.number(),
    first_public_word_minutes: z.number(),
    mitigate_minutes: z.number(),
  }),
  page: z.array(z.string()),
});

export const crisisOut = z.object({
  id: z.string(),
  title: z.string(),
  type: crisisTypeRefSchema,
  type_name: z.string(),
  severity: severitySchema,
  /** The plan's definition of the current severity: what it means, its targets and cadence. */
  severity_info: severityInfoOut.nullable(),
  status: statusSchema,
  summary: z.string(),
  /** The summary in other languages, as the shop wrote them (`summary` is in the plan's language). */
  summaries: z.record(z.string(), z.string()),
  /** The title in other languages, as the shop wrote them (`title` is in the plan's language). */
  titles: z.record(z.string(), z.string()),
  drill: z.boolean(),
  personal_data: z.boolean(),
  started_at: z.string(),
  aware_at: z.string(),
  acknowledged_at: z.string().nullable(),
  mitigating_at: z.string().nullable(),
  monitoring_at: z.string().nullable(),
  resolved_at: z.string().nullable(),
  closed_at: z.string().nullable(),
  declined_at: z.string().nullable(),
  declined_reason: z.string().nullable(),
  first_public_word_at: z.string().nullable(),
  last_public_update_at: z.string().nullable(),
  authority_notified_at: z.string().nullable(),
  next_statuses: z.array(statusSchema),
  clocks: z.array(clockOut),
  server_time: z.string(),
  impact: impactOut,
  roles: z.array(roleOut),
  tasks: z.array(taskOut),
  timeline: z.array(eventOut),
  links: z.array(linkOut),
  drill_score: drillScoreOut.nullable(),
  /** What the type's plan says to send (message kinds of the comms templates) and who approves it. */
  messages: z.object({
    kinds: z.array(z.string()),
    approval_required: z.boolean(),
    approvers: z.array(z.string()),
    apology_expected: z.boolean(),
  }),
  /** The type's "when to escalate" rules, checked against the record. */
  escalation: z.array(escalationOut),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type CrisisRecord = z.infer<typeof crisisOut>;

/** What resolving did in public: the final update and the components turned operational. */
export const publicResolutionOut = z.object({
  incident_id: z.string(),
  update_id: z.string(),
  languages: z.array(z.string()),
  components_operational: z.array(z.string()),
});
export const patchOut = crisisOut.extend({
  /** Present when this change resolved the crisis and posted its final public update. */
  public_resolution: publicResolutionOut.optional(),
});
export type PublicResolution = z.infer<typeof publicResolutionOut>;

export const resolvePreviewOut = z.object({
  incident: z
    .object({
      incident_id: z.string(),
      title: z.record(z.string(), z.string()),
      texts: z.record(z.string(), z.string()),
      components: z.array(z.string()),
      /** The same components as the status page names them, in the shop's default language. */
      component_names: z.array(z.string()),
    })
    .nullable(),
});
