import { z } from "zod";
import { LANGUAGES } from "../../core/lang.js";
import { canonicalTimeZone } from "../../core/zoned-time.js";
import { TOPICS } from "../../nlp/topics-list.js";

/**
 * The crisis plan as data. The default plan is written against this schema, the plan service stores a
 * workspace's edited copy in the same shape, and the crisis room reads severities, roles, playbooks and
 * clocks from it. Everything a user can edit is plain text here: renderers must escape it.
 */

export const LANGS = LANGUAGES;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

/**
 * English is mandatory; another language may be an empty string in a workspace's copy (not translated
 * yet), and `localize` then falls back. The shipped default fills all six (checked by its tests).
 */
export const localizedTextSchema = z
  .object({
    en: z.string().trim().min(1),
    pl: z.string(),
    it: z.string(),
    fr: z.string(),
    de: z.string(),
    es: z.string(),
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export const severityIdSchema = z.enum(SEVERITIES);
export type SeverityId = z.infer<typeof severityIdSchema>;

export const ROLE_IDS = [
  "crisis_lead",
  "communications",
  "customer_care",
  "technical",
  "legal_data_protection",
] as const;
export const roleIdSchema = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof roleIdSchema>;

export const CRISIS_TYPE_IDS = [
  "negative_wave",
  "site_outage",
  "payment_failure",
  "ddos",
  "data_breach",
  "delivery_delay",
  "product_recall",
  "order_error",
  "price_error",
  "supplier_failure",
  "fraud_chargebacks",
  "returns_backlash",
] as const;
export const crisisTypeIdSchema = z.enum(CRISIS_TYPE_IDS);
export type CrisisTypeId = z.infer<typeof crisisTypeIdSchema>;

/** The nlp classifier's complaint topics: a playbook is matched to the topics mentions are filed under. */
export const COMPLAINT_TOPICS = TOPICS;
export const complaintTopicSchema = z.enum(COMPLAINT_TOPICS);
export type ComplaintTopic = z.infer<typeof complaintTopicSchema>;

/** Monitor and status-page components. */
export const COMPONENTS = ["storefront", "checkout", "payments", "delivery", "customer_service"] as const;
export const componentSchema = z.enum(COMPONENTS);
export type Component = z.infer<typeof componentSchema>;

export const MESSAGE_KINDS = [
  "press_release",
  "social_post",
  "customer_email",
  "status_update",
  "internal_brief",
  "supplier_notice",
  "breach_notice",
] as const;
export const messageKindSchema = z.enum(MESSAGE_KINDS);
export type MessageKind = z.infer<typeof messageKindSchema>;

/**
 * What detection and the crisis record can measure. Units say how `value` reads:
 * x_baseline = multiple of the hour-of-week baseline, percent = 0–100, count, minutes, flag (1 = true).
 */
export const ESCALATION_METRICS = {
  negative_mentions: "x_baseline",
  negative_share: "percent",
  mention_volume: "x_baseline",
  complaints: "count",
  media_enquiries: "count",
  influencer_reach: "count",
  component_down: "minutes",
  order_rate: "percent",
  payment_failure_rate: "percent",
  checkout_error_rate: "percent",
  customers_affected: "count",
  orders_affected: "count",
  revenue_at_risk: "count",
  late_orders_share: "percent",
  chargeback_rate: "percent",
  injury_reported: "flag",
  personal_data_exposed: "flag",
  payment_data_exposed: "flag",
  authority_contacted: "flag",
  unresolved_after: "minutes",
} as const;
export type EscalationMetric = keyof typeof ESCALATION_METRICS;
export const escalationMetricSchema = z.enum(Object.keys(ESCALATION_METRICS) as [EscalationMetric]);

export const escalationConditionSchema = z
  .object({
    metric: escalationMetricSchema,
    op: z.enum(["gt", "gte", "lt", "lte", "eq"]),
    value: z.number().finite(),
    /** Sustained for this long before it counts; absent = at once. */
    forMinutes: z.number().int().positive().optional(),
    topic: complaintTopicSchema.optional(),
    component: componentSchema.optional(),
  })
  .strict();
export type EscalationCondition = z.infer<typeof escalationConditionSchema>;

/** All conditions must hold; the text is what the printed plan and the crisis room show. */
export const escalationRuleSchema = z
  .object({
    id: z.string().min(1),
    when: z.array(escalationConditionSchema).min(1),
    raiseTo: severityIdSchema,
    text: localizedTextSchema,
  })
  .strict();
export type EscalationRule = z.infer<typeof escalationRuleSchema>;

/** Legal clocks the crisis room shows beside a task. */
export const CLOCKS = ["gdpr_art33_72h", "gdpr_art34_without_delay"] as const;
export const clockSchema = z.enum(CLOCKS);

export const playbookTaskSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+\.[a-z0-9_]+$/),
    title: localizedTextSchema,
    role: roleIdSchema,
    /** Due this many minutes after the crisis starts (for a breach: after awareness). */
    dueMinutes: z.number().int().nonnegative(),
    description: localizedTextSchema.optional(),
    clock: clockSchema.optional(),
  })
  .strict();
export type PlaybookTask = z.infer<typeof playbookTaskSchema>;

/** The shipped ids above, or a workspace's own type (a slug: lower case, digits, underscores). */
export const crisisTypeSlugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,59}$/, "lower-case letters, digits and underscores, starting with a letter");

/**
 * A crisis type as the API takes and gives it. Not an enum: a workspace's plan may add its own types,
 * so the document gives the pattern and names the shipped ones.
 */
export const crisisTypeRefSchema = crisisTypeSlugSchema.describe(
  `A crisis type of the workspace's plan: one of the shipped types (${CRISIS_TYPE_IDS.join(", ")}) or one the workspace added (a slug).`,
);

export const crisisTypeSchema = z
  .object({
    id: crisisTypeSlugSchema,
    name: localizedTextSchema,
    description: localizedTextSchema,
    likelihood: z.number().int().min(1).max(5),
    impact: z.number().int().min(1).max(5),
    defaultSeverity: severityIdSchema,
    /** Personal data involved: the GDPR Art. 33 72-hour clock runs from awareness. */
    personal_data: z.boolean(),
    topics: z.array(complaintTopicSchema),
    components: z.array(componentSchema),
    escalation: z.array(escalationRuleSchema),
    messages: z.array(messageKindSchema).min(1),
    approval: z.object({ required: z.boolean(), approvers: z.array(roleIdSchema) }).strict(),
    apologyExpected: z.boolean(),
    playbook: z.array(playbookTaskSchema).min(6).max(12),
  })
  .strict();
export type CrisisType = z.infer<typeof crisisTypeSchema>;

export const severitySchema = z
  .object({
    id: severityIdSchema,
    name: localizedTextSchema,
    meaning: localizedTextSchema,
    examples: localizedTextSchema,
    /** Minutes between public updates while the crisis is open. */
    updateCadenceMinutes: z.number().int().positive(),
    targets: z
      .object({
        acknowledgeMinutes: z.number().int().positive(),
        firstPublicWordMinutes: z.number().int().positive(),
        mitigateMinutes: z.number().int().positive(),
      })
      .strict(),
    page: z.array(roleIdSchema).min(1),
  })
  .strict();
export type Severity = z.infer<typeof severitySchema>;

export const roleSchema = z
  .object({ id: roleIdSchema, name: localizedTextSchema, duties: z.array(localizedTextSchema).min(1) })
  .strict();
export type Role = z.infer<typeof roleSchema>;

const NOT_A_ZONE = { message: "not an IANA time zone (e.g. Europe/Warsaw)" };
/** Empty strings are slots the shop fills in. */
export const contactSchema = z
  .object({
    name: z.string(),
    organisation: z.string(),
    phone: z.string(),
    email: z.string(),
    notes: z.string(),
    /** Their IANA zone: every time in an e-mail to them is in it (else the shop's), its zone named. */
    timeZone: z
      .string()
      .max(64)
      .refine((tz) => canonicalTimeZone(tz) !== null, NOT_A_ZONE)
      .optional(),
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;

export const teamSlotSchema = z
  .object({ role: roleIdSchema, primary: contactSchema, deputy: contactSchema })
  .strict();

export const STAKEHOLDER_GROUPS = [
  "staff",
  "customers",
  "press",
  "suppliers",
  "carriers",
  "payment_providers",
  "hosting_providers",
  "authorities",
] as const;
export const stakeholderGroupSchema = z
  .object({
    id: z.enum(STAKEHOLDER_GROUPS),
    name: localizedTextSchema,
    whenToInform: localizedTextSchema,
    owner: roleIdSchema,
    contacts: z.array(contactSchema),
  })
  .strict();

export const authoritySchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(["data_protection", "product_safety", "consumer_protection", "cybersecurity"]),
    /** ISO 3166-1 alpha-2, or EU for Union-wide bodies. */
    country: z.string().regex(/^[A-Z]{2}$/),
    /** Proper name in the authority's own language: never translated. */
    name: z.string().min(1),
    website: z.string(),
    note: localizedTextSchema,
  })
  .strict();
export type Authority = z.infer<typeof authoritySchema>;

export const continuityServiceSchema = z
  .object({
    id: z.string().min(1),
    name: localizedTextSchema,
    component: componentSchema.optional(),
    fallback: localizedTextSchema,
    rtoMinutes: z.number().int().positive(),
    rpoMinutes: z.number().int().nonnegative(),
    owner: roleIdSchema,
    provider: z.string(),
  })
  .strict();
export type ContinuityService = z.infer<typeof continuityServiceSchema>;

export const supplierSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    category: z.enum(["goods", "carrier", "payment", "hosting", "email", "software", "other"]),
    contact: contactSchema,
    products: z.array(z.object({ sku: z.string(), name: z.string() }).strict()),
    /** True when the products above have no second source: a failure stops their sale. */
    singleSource: z.boolean(),
    alternative: z.string(),
  })
  .strict();
export type Supplier = z.infer<typeof supplierSchema>;

export const planSchema = z
  .object({
    schemaVersion: z.literal(1),
    shop: z.object({ name: z.string(), website: z.string(), countries: z.array(z.string()) }).strict(),
    howToUse: z.array(localizedTextSchema).min(1),
    severities: z.array(severitySchema).length(4),
    roles: z.array(roleSchema).min(1),
    team: z.array(teamSlotSchema),
    stakeholders: z.array(stakeholderGroupSchema),
    authorities: z.array(authoritySchema),
    continuity: z.array(continuityServiceSchema),
    suppliers: z.array(supplierSchema),
    review: z
      .object({
        intervalMonths: z.number().int().min(1).max(24),
        lastReviewed: z.iso.date().nullable(),
        triggers: z.array(localizedTextSchema),
        changelog: z.array(z.object({ date: z.iso.date(), by: z.string(), summary: z.string() }).strict()),
      })
      .strict(),
    drills: z
      .object({
        intervalMonths: z.number().int().min(1).max(24),
        guidance: z.array(localizedTextSchema).min(1),
        suggested: z.array(crisisTypeSlugSchema),
      })
      .strict(),
    crisisTypes: z.array(crisisTypeSchema).min(1),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const dup = (ids: string[], path: string) => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) ctx.addIssue({ code: "custom", message: `duplicate id ${id}`, path: [path] });
        seen.add(id);
      }
    };
    dup(
      plan.severities.map((s) => s.id),
      "severities",
    );
    dup(
      plan.roles.map((r) => r.id),
      "roles",
    );
    dup(
      plan.crisisTypes.map((t) => t.id),
      "crisisTypes",
    );
    dup(
      plan.crisisTypes.flatMap((t) => t.playbook.map((p) => p.id)),
      "playbook",
    );
    dup(
      plan.crisisTypes.flatMap((t) => t.escalation.map((e) => e.id)),
      "escalation",
    );
    dup(
      plan.continuity.map((c) => c.id),
      "continuity",
    );
    dup(
      plan.suppliers.map((s) => s.id),
      "suppliers",
    );
    dup(
      plan.authorities.map((a) => a.id),
      "authorities",
    );
    const roles = new Set(plan.roles.map((r) => r.id));
    for (const type of plan.crisisTypes) {
      for (const task of type.playbook) {
        if (!task.id.startsWith(`${type.id}.`))
          ctx.addIssue({
            code: "custom",
            message: `task ${task.id} must start with ${type.id}.`,
            path: [type.id],
          });
        if (!roles.has(task.role))
          ctx.addIssue({
            code: "custom",
            message: `task ${task.id}: unknown role ${task.role}`,
            path: [type.id],
          });
      }
      for (const role of type.approval.approvers)
        if (!roles.has(role))
          ctx.addIssue({ code: "custom", message: `unknown approver ${role}`, path: [type.id] });
      if (type.approval.required && type.approval.approvers.length === 0)
        ctx.addIssue({ code: "custom", message: "approval required but no approver", path: [type.id] });
    }
    const types = new Set(plan.crisisTypes.map((t) => t.id));
    for (const id of plan.drills.suggested)
      if (!types.has(id))
        ctx.addIssue({
          code: "custom",
          message: `suggested drill ${id} is not in the catalogue`,
          path: ["drills"],
        });
  });
export type Plan = z.infer<typeof planSchema>;
