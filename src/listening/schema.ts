import { z } from "zod";
import { parseDate } from "../core/dates.js";
import { refuseInternalUrl } from "../core/outbound.js";
import { cleanText } from "../core/text.js";
import { TOPICS } from "../nlp/index.js";

export const MAX_BATCH = 1000;
export const SENTIMENTS = ["negative", "neutral", "positive"] as const;

/** Any date a client or an export may send, stored as ISO 8601 UTC. */
export const isoDate = z
  .string()
  .trim()
  .max(64)
  .transform((s) => parseDate(s))
  .refine((s) => !Number.isNaN(Date.parse(s)), "not a date (use ISO 8601, e.g. 2024-05-01T10:00:00Z)");

const optionalText = (max: number) =>
  z
    .string()
    .overwrite(cleanText)
    .trim()
    .max(max)
    .nullish()
    .transform((s) => s || null);

export const mentionInput = z.object({
  // Importers and feeds reach here without the HTTP edge's cleaning: NUL and lone surrogates go first,
  // so a text of nothing else is empty, as it is on every store.
  source: z.string().overwrite(cleanText).trim().min(1).max(100),
  external_id: z.string().overwrite(cleanText).trim().min(1).max(500),
  text: z.string().overwrite(cleanText).trim().min(1, "the text is empty").max(50_000),
  created_at: isoDate.nullish(),
  url: optionalText(2000),
  author: optionalText(300),
  author_followers: z.number().int().min(0).max(1e12).nullish(),
  rating: z.number().min(0).max(5).nullish(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}$/i, "use an ISO 639-1 code such as en")
    .transform((s) => s.toLowerCase())
    .nullish(),
});
export type MentionInput = z.input<typeof mentionInput>;
export type MentionItem = z.output<typeof mentionInput>;

export const mentionsBatch = z.object({
  mentions: z.array(mentionInput).min(1).max(MAX_BATCH, `at most ${MAX_BATCH} mentions per request`),
});

/** Inbound webhooks name the source themselves (the route's source), so `source` is optional there. */
export const inboundMention = mentionInput.extend({ source: z.string().trim().max(100).optional() });
export const inboundBody = z.union([
  z.object({ mentions: z.array(inboundMention).min(1).max(MAX_BATCH) }),
  inboundMention,
]);

export const ingestOut = z.object({ accepted: z.number(), duplicates: z.number(), filtered: z.number() });

export const mentionOut = z.object({
  id: z.string(),
  source: z.string(),
  external_id: z.string(),
  text: z.string(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  author_followers: z.number().nullable(),
  rating: z.number().nullable(),
  created_at: z.string(),
  received_at: z.string(),
  language: z.string(),
  sentiment: z.enum(SENTIMENTS),
  score: z.number(),
  complaint: z.boolean(),
  topics: z.array(z.string()),
  duplicate_of: z.string().nullable(),
  copies: z.number(),
  /** A person corrected it (PATCH /api/v1/mentions/{id}); the correction is a training label. */
  corrected: z.boolean(),
  /** The classifier version that read it: "shipped" or the workspace's learned model. */
  model: z.string(),
});
export type MentionOut = z.infer<typeof mentionOut>;

const boolParam = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

export const mentionFilters = z.object({
  since: isoDate.optional(),
  until: isoDate.optional(),
  sentiment: z.enum(SENTIMENTS).optional(),
  topic: z.enum(TOPICS).optional(),
  language: z.string().trim().max(8).optional(),
  source: z.string().trim().max(100).optional(),
  q: z.string().trim().max(200).optional(),
  complaint: boolParam,
  /** Leave reposts and copies out (they are linked to their original). */
  originals: boolParam,
});
export type MentionFilters = z.output<typeof mentionFilters>;

export const listQuery = mentionFilters.extend({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(200).optional(),
});

export const BUCKETS = ["minute", "hour", "day"] as const;
export const statsQuery = mentionFilters.extend({ bucket: z.enum(BUCKETS).default("hour") });
export const statsOut = z.object({
  bucket: z.enum(BUCKETS),
  items: z.array(
    z.object({
      t: z.string(),
      mentions: z.number(),
      negative: z.number(),
      negative_share: z.number().nullable(),
    }),
  ),
});

export const SOURCE_TYPES = ["feed", "webhook"] as const;
export const sourceInput = z.discriminatedUnion("type", [
  z.object({
    name: z.string().trim().min(1).max(100),
    type: z.literal("feed"),
    url: z
      .string()
      .trim()
      .url()
      .refine((u) => /^https?:\/\//i.test(u), "use an http(s) address")
      .superRefine(refuseInternalUrl),
    interval_s: z
      .number()
      .int()
      .min(5)
      .max(7 * 86400)
      .default(300),
  }),
  z.object({ name: z.string().trim().min(1).max(100), type: z.literal("webhook") }),
]);

export const sourceOut = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(SOURCE_TYPES),
  url: z.string().nullable(),
  interval_s: z.number(),
  last_polled_at: z.string().nullable(),
  next_poll_at: z.string().nullable(),
  last_error: z.string().nullable(),
  error_count: z.number(),
  last_new: z.number(),
  created_at: z.string(),
  /** Webhook sources: where to send signed mentions. */
  inbound_url: z.string().nullable(),
});
export const sourceCreatedOut = sourceOut.extend({ secret: z.string().optional() });

const terms = z.array(z.string().trim().min(1).max(200)).max(200).default([]);
export const brandQueryInput = z
  .object({ name: z.string().trim().min(1).max(100), any: terms, all: terms, none: terms })
  .refine((q) => q.any.length + q.all.length > 0, {
    message: "give at least one term in any or all",
    path: ["any"],
  });
export const brandQueryOut = z.object({
  id: z.string(),
  name: z.string(),
  any: z.array(z.string()),
  all: z.array(z.string()),
  none: z.array(z.string()),
  created_at: z.string(),
});
export type BrandQueryOut = z.infer<typeof brandQueryOut>;
