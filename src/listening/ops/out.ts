import type { BrandQueryOut, MentionOut } from "../schema.js";
import type { BrandQueriesTable, ListeningSourcesTable, MentionsTable } from "../tables.js";

export const round = (n: number) => Math.round(n * 1000) / 1000;

/** `topics`: the parsed topics when the caller has them (ingest), saving a JSON.parse per row. */
export function toMentionOut(r: MentionsTable, topics?: string[]): MentionOut {
  return {
    id: r.id,
    source: r.source,
    external_id: r.external_id,
    text: r.text,
    url: r.url,
    author: r.author,
    author_followers: r.author_followers === null ? null : Number(r.author_followers),
    rating: r.rating,
    created_at: r.created_at,
    received_at: r.received_at,
    language: r.language,
    sentiment: r.sentiment as MentionOut["sentiment"],
    score: r.score,
    complaint: r.complaint === 1,
    topics: topics ?? (JSON.parse(r.topics) as string[]),
    duplicate_of: r.duplicate_of,
    copies: Number(r.copies),
    corrected: r.corrected === 1,
    model: r.model,
  };
}

export function toSourceOut(r: ListeningSourcesTable, publicUrl: string) {
  return {
    id: r.id,
    name: r.name,
    type: r.type as "feed" | "webhook",
    url: r.url,
    interval_s: r.interval_s,
    last_polled_at: r.last_polled_at,
    next_poll_at: r.next_poll_at,
    last_error: r.last_error,
    error_count: r.error_count,
    last_new: r.last_new,
    created_at: r.created_at,
    inbound_url: r.type === "webhook" ? `${publicUrl}/api/v1/inbound/mentions/${r.id}` : null,
  };
}

export const toQueryOut = (r: BrandQueriesTable): BrandQueryOut => ({
  id: r.id,
  name: r.name,
  any: JSON.parse(r.any_terms),
  all: JSON.parse(r.all_terms),
  none: JSON.parse(r.none_terms),
  created_at: r.created_at,
});
