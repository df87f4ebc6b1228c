import { z } from "zod";
import { canonicalTimeZone } from "../core/zoned-time.js";
import { CRISIS_TYPE_IDS, LANGS, MESSAGE_KINDS } from "../plan/default-plan/index.js";
import { COMPONENT_STATES } from "../statuspage/model.js";
import { SEGMENTS } from "./store.js";

export const kindSchema = z.enum(MESSAGE_KINDS);
export const langSchema = z.enum(LANGS);
export const crisisTypeSchema = z.enum(CRISIS_TYPE_IDS);
export const MESSAGE_STATUSES = ["draft", "review", "approved", "sent", "cancelled"] as const;
export const CHANNELS = ["email", "status_page", "webhook", "copy"] as const;
export type Channel = (typeof CHANNELS)[number];

const text = (max: number) => z.string().max(max);
/** The parts of a breach notice (GDPR Art. 34); a translation carries its own, in its language. */
const breachSchema = z.object({
  what_happened: text(4000).optional(),
  data: text(2000).optional(),
  consequences: text(2000).optional(),
  measures: text(4000).optional(),
  contact: text(500).optional(),
});
/** Free variables of a message (vars.*) and the parts of a breach notice (breach.*). */
export const varsSchema = z
  .object({
    contact_email: z.email().max(320).optional(),
    partner_impact: text(2000).optional(),
    /** The same message in other languages (Liquid too): used for visitors and customers who read them. */
    translations: z
      .partialRecord(
        z.enum(LANGS),
        z.object({
          subject: text(500).optional(),
          body: text(20_000).min(1),
          breach: breachSchema.optional(),
        }),
      )
      .optional(),
    breach: breachSchema.optional(),
  })
  .catchall(text(2000));

export const messageInput = z.object({
  kind: kindSchema,
  crisis_id: z.string().max(100).nullable().optional(),
  /** Needed without a crisis; with one, the crisis's type. */
  crisis_type: crisisTypeSchema.optional(),
  language: langSchema.optional(),
  subject: text(500).optional(),
  body: text(20_000).optional(),
  vars: varsSchema.optional(),
});

export const messagePatch = z.object({
  subject: text(500).optional(),
  body: text(20_000).optional(),
  language: langSchema.optional(),
  vars: varsSchema.optional(),
});

export const sendInput = z.discriminatedUnion("channel", [
  z.object({ channel: z.literal("email"), segment: z.enum(SEGMENTS).default("all") }),
  z.object({
    channel: z.literal("status_page"),
    status: z.enum(["investigating", "identified", "monitoring", "resolved"]).optional(),
  }),
  z.object({
    channel: z.literal("webhook"),
    url: z.url({ protocol: /^https?$/ }).max(2000),
    secret: z.string().regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, "a Standard Webhooks secret: whsec_ + base64"),
  }),
  z.object({ channel: z.literal("copy") }),
]);
export type SendInput = z.infer<typeof sendInput>;

export const templateBody = z.object({ subject: text(500), body: text(20_000).min(1) });
export const templateParams = z.object({
  kind: kindSchema,
  crisis_type: crisisTypeSchema,
  language: langSchema,
});

export const contactEvent = z.object({
  email: z.email().max(320),
  name: text(200).optional(),
  language: langSchema.optional(),
  /** The customer's IANA time zone: the times in shop e-mails to them are in it. */
  time_zone: z
    .string()
    .max(64)
    .refine((tz) => canonicalTimeZone(tz.trim()) !== null, "not an IANA time zone (e.g. Europe/Warsaw)")
    .optional(),
  type: z.enum(["order_placed", "order_paid", "order_shipped"]),
  at: z.iso.datetime({ offset: true }).optional(),
});
export const contactEvents = z.object({ events: z.array(contactEvent).min(1).max(1000) });

/** What a tone check says about a text (src/comms/tone). */
export const toneOut = z.object({
  ok: z.boolean(),
  remarks: z.array(
    z.object({
      kind: z.enum([
        "defensive",
        "blaming",
        "jargon",
        "undated_promise",
        "missing_apology",
        "missing_next_step",
      ]),
      text: z.string(),
      index: z.number().int(),
      why: z.string(),
    }),
  ),
});
const renderedOut = z.object({ subject: z.string(), body: z.string() });

/** A message as the API answers it (ops/internal.ts `out`); the dashboard's types are generated from it. */
export const messageOut = z.object({
  id: z.string(),
  crisis_id: z.string().nullable(),
  kind: kindSchema,
  // A plan may add crisis types of its own: any slug, not only the shipped ones.
  crisis_type: z.string(),
  language: langSchema,
  status: z.enum(MESSAGE_STATUSES),
  subject: z.string(),
  body: z.string(),
  // As stored (checked by varsSchema on the way in); the two structured parts are named for clients.
  vars: z
    .object({
      translations: z
        .record(z.string(), z.object({ subject: z.string().optional(), body: z.string() }))
        .optional(),
      breach: z.record(z.string(), z.string()).optional(),
    })
    .catchall(z.unknown()),
  preview: renderedOut,
  tone: toneOut,
  /** Per other language: the rendered translation and its own tone check. */
  translations: z.record(z.string(), z.object({ preview: renderedOut, tone: toneOut })),
  approval: z.object({ required: z.boolean(), approvers: z.array(z.string()) }),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  submitted_by: z.string().nullable(),
  submitted_at: z.string().nullable(),
  approved_by: z.string().nullable(),
  approved_at: z.string().nullable(),
  sent_by: z.string().nullable(),
  sent_at: z.string().nullable(),
  sends: z.array(
    z.object({
      channel: z.string(),
      at: z.string(),
      by: z.string(),
      target: z.string().optional(),
      segment: z.string().optional(),
    }),
  ),
});
export const messageList = z.object({ items: z.array(messageOut), next_cursor: z.string().nullable() });

/** One entry of the append-only audit log. */
export const auditEntryOut = z.object({
  id: z.string(),
  message_id: z.string().nullable(),
  at: z.string(),
  actor: z.string(),
  actor_user_id: z.string().nullable(),
  action: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export const auditList = z.object({ items: z.array(auditEntryOut), next_cursor: z.string().nullable() });

const componentState = z.enum(COMPONENT_STATES);
/** GET /comms/messages/{id}/status-page-preview: the components a status-page send would move. */
export const statusPagePreviewOut = z.object({
  action: z.enum(["open", "update"]),
  incident_id: z.string().nullable(),
  changes: z.array(z.object({ id: z.string(), name: z.string(), from: componentState, to: componentState })),
});

/** A template in effect: the workspace's edit, or the shipped one (`customized: false`). */
export const templateOut = z.object({
  subject: z.string(),
  body: z.string(),
  customized: z.boolean(),
  updated_by: z.string().nullable(),
});
export const templateList = z.object({
  items: z.array(
    templateOut.extend({
      kind: kindSchema,
      crisis_type: z.string(),
      language: langSchema,
      updated_at: z.string().nullable(),
    }),
  ),
  next_cursor: z.null(),
});
/**
 * A send answers the message as it is now; a status-page send also names the incident and update, a
 * copy gives the rendered subject and text to paste elsewhere.
 */
export const sendOut = z.object({
  message: messageOut,
  incident_id: z.string().optional(),
  update_id: z.string().optional(),
  subject: z.string().optional(),
  text: z.string().optional(),
});
export const segmentsOut = z
  .record(z.string(), z.number().int())
  .describe("Customers each segment reaches: all, orders_7d, paid_not_shipped");
export const remindersOut = z.object({
  items: z.array(
    z.object({
      crisis_id: z.string(),
      title: z.string(),
      clock: z.enum(["first_public_word", "update_cadence"]),
      due_at: z.string(),
      overdue_s: z.number(),
    }),
  ),
  next_cursor: z.null(),
});
export const contactsImportOut = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), error: z.string() })),
});
