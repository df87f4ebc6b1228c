import { z } from "zod";
import { parseDate } from "../../core/dates.js";
import { classify, crisisSignals, TOPICS } from "../../nlp/index.js";
import type { MentionEvent } from "./types.js";

/** A mention as replay files and the live service hand it over; what is missing gets classified. */
export const mentionInputSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  // ISO 8601 as the contract says; also what exports write (no offset is UTC, "2015-02-24 11:35:52
  // -0800", epoch seconds), read as the importer reads them.
  created_at: z.string().transform(parseDate).pipe(z.iso.datetime()),
  source: z.string().optional(),
  sentiment: z.enum(["negative", "neutral", "positive"]).optional(),
  topics: z.array(z.enum(TOPICS)).optional(),
  author: z.string().optional(),
  author_followers: z.number().int().min(0).optional(),
  language: z.string().optional(),
  complaint: z.boolean().optional(),
  rating: z.number().min(1).max(5).optional(),
});
export type MentionInput = z.infer<typeof mentionInputSchema>;

export interface ToEventOptions {
  /** Look for crisis signal words (only the `crisis_signal` detector needs them). */
  signals?: boolean;
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
  if (opts.signals) event.signals = crisisSignals(m.text, language === "und" ? undefined : language);
  return event;
}
