import { z } from "zod";
import { parseCount, parseRating } from "../../core/counts.js";
import { parseDate } from "../../core/dates.js";
import { classify, crisisSignals, TOPICS } from "../../nlp/index.js";
import type { MentionEvent } from "./types.js";

const SENTIMENTS: Record<string, "negative" | "neutral" | "positive"> = {
  negative: "negative",
  neg: "negative",
  neutral: "neutral",
  neu: "neutral",
  positive: "positive",
  pos: "positive",
};
const TOPIC_SET = new Set<string>(TOPICS);
const topicName = (t: unknown) =>
  typeof t === "string"
    ? t
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, "_")
    : "";

const FLAGS: Record<string, boolean> = {
  true: true,
  yes: true,
  "1": true,
  false: false,
  no: false,
  "0": false,
};

/**
 * Real files carry someone else's labels and gaps: a label that means ours is read as ours ("Negative",
 * "neg", "Delivery"), one that does not ("mixed", a topic list with none of ours) is left to the
 * classifier, a post without text (an image, a deleted tweet) is still a mention, a null is an absent
 * field, and an epoch may be a number. Each used to stop a replay of real data at its first such line.
 */
function readLabels(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const m = { ...(raw as Record<string, unknown>) };
  if (m["text"] === null || m["text"] === undefined) m["text"] = "";
  // An export writes null for what it does not know (author, source, rating): as if the field were absent.
  for (const [key, value] of Object.entries(m))
    if (value === null && key !== "id" && key !== "created_at") delete m[key];
  if (typeof m["created_at"] === "number") m["created_at"] = String(m["created_at"]);
  if (m["sentiment"] !== undefined) {
    const s =
      typeof m["sentiment"] === "string" ? SENTIMENTS[m["sentiment"].trim().toLowerCase()] : undefined;
    if (s) m["sentiment"] = s;
    else delete m["sentiment"];
  }
  // A CSV turned into JSON writes a list as one string ("delivery;payment") and numbers as strings.
  if (typeof m["topics"] === "string") m["topics"] = m["topics"].split(/[,;|]/).filter((t) => t.trim());
  if (typeof m["author_followers"] === "string") m["author_followers"] = parseCount(m["author_followers"]);
  if (typeof m["rating"] === "string") m["rating"] = parseRating(m["rating"]);
  if (typeof m["complaint"] !== "boolean" && m["complaint"] !== undefined) {
    const c = FLAGS[String(m["complaint"]).trim().toLowerCase()];
    if (c === undefined) delete m["complaint"];
    else m["complaint"] = c;
  }
  if (Array.isArray(m["topics"])) {
    const ours = [...new Set(m["topics"].map(topicName).filter((t) => TOPIC_SET.has(t)))];
    if (ours.length > 0 || m["topics"].length === 0) m["topics"] = ours;
    else delete m["topics"];
  }
  return m;
}

/** A mention as replay files and the live service hand it over; what is missing gets classified. */
export const mentionInputSchema = z.preprocess(
  readLabels,
  z.object({
    id: z.union([z.string(), z.number()]),
    text: z.string(),
    // ISO 8601 as the contract says; also what exports write (no offset is UTC, "2015-02-24 11:35:52
    // -0800", epoch seconds), read as the importer reads them.
    created_at: z
      .string()
      .transform((s) => parseDate(s))
      .pipe(z.iso.datetime()),
    source: z.string().optional(),
    sentiment: z.enum(["negative", "neutral", "positive"]).optional(),
    topics: z.array(z.enum(TOPICS)).optional(),
    author: z.string().optional(),
    author_followers: z.number().int().min(0).optional(),
    language: z.string().optional(),
    complaint: z.boolean().optional(),
    rating: z.number().min(1).max(5).optional(),
  }),
);
export type MentionInput = z.infer<typeof mentionInputSchema>;

export interface ToEventOptions {
  /** Look for crisis signal words (only the `crisis_signal` detector needs them). */
  signals?: boolean;
  /**
   * What `crisisSignals` found in this very text with this language when it was classified (ingest
   * hands them over): taken as they are instead of reading the text again.
   */
  signalsRead?: readonly string[] | undefined;
}

/** Classifies only what the input lacks, so labelled data and stored classifications are kept. */
export function toMentionEvent(m: MentionInput, opts: ToEventOptions = {}): MentionEvent {
  const needs = m.sentiment === undefined || m.topics === undefined;
  const c = needs ? classify({ text: m.text, language: m.language, rating: m.rating }) : undefined;
  const language = m.language ?? c?.language;
  const event: MentionEvent = {
    type: "mention",
    id: String(m.id),
    at: m.created_at,
    sentiment: m.sentiment ?? c?.sentiment ?? "neutral",
    topics: m.topics ?? c?.topics ?? [],
  };
  if (m.source !== undefined) event.source = m.source;
  if (language !== undefined && language !== "und") event.language = language;
  const complaint = m.complaint ?? c?.complaint;
  if (complaint !== undefined) event.complaint = complaint;
  event.text = m.text;
  if (m.author !== undefined) event.author = m.author;
  if (m.author_followers !== undefined) event.authorFollowers = m.author_followers;
  if (opts.signals)
    event.signals = opts.signalsRead ?? crisisSignals(m.text, language === "und" ? undefined : language);
  return event;
}
