export interface MentionsTable {
  id: string;
  workspace_id: string;
  source: string;
  external_id: string;
  text: string;
  url: string | null;
  author: string | null;
  author_followers: number | null;
  rating: number | null;
  created_at: string;
  received_at: string;
  language: string;
  sentiment: string;
  score: number;
  /** 0/1 */
  complaint: number;
  /** JSON array of topic ids. */
  topics: string;
  /** Normalised-text hash that reposts and near-identical copies share; null when too short to tell. */
  fingerprint: string | null;
  /** The day of created_at the copy-finding index leads with (copy-window.ts); null without fingerprint. */
  copy_day: number | null;
  /** The fingerprint's compact key (copyKey, copy-window.ts) the index holds; null without fingerprint. */
  copy_key: number | null;
  /**
   * The earliest original with the same fingerprint within a week of this one (copy-window.ts): this
   * one is a copy, not a new voice.
   */
  duplicate_of: string | null;
  copies: number;
  /** 0/1: a person corrected this mention; re-classification leaves it as they set it. */
  corrected: number;
  /** The sentiment a person set (a training label beside the rating); null when none. */
  label: string | null;
  /** Version of the classifier that read it ("shipped" or a workspace's learned model). */
  model: string;
}

/** Every correction, with who and when; the mention itself holds the corrected values. */
export interface MentionCorrectionsTable {
  id: string;
  workspace_id: string;
  mention_id: string;
  actor: string;
  user_id: string | null;
  sentiment: string | null;
  complaint: number | null;
  /** JSON array of topic ids, or null when the topics were not corrected. */
  topics: string | null;
  created_at: string;
}

export interface ListeningSourcesTable {
  id: string;
  workspace_id: string;
  name: string;
  /** "feed" | "webhook" */
  type: string;
  url: string | null;
  interval_s: number;
  /** Webhook sources: the Standard Webhooks secret (kept readable: HMAC needs it). */
  secret: string | null;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  next_poll_at: string | null;
  last_error: string | null;
  error_count: number;
  last_new: number;
  created_at: string;
}

export interface BrandQueriesTable {
  id: string;
  workspace_id: string;
  name: string;
  /** JSON arrays of terms: a mention must match one of `any`, every one of `all`, none of `none`. */
  any_terms: string;
  all_terms: string;
  none_terms: string;
  created_at: string;
}

/**
 * Per workspace and UTC hour, what the home page's counts and the volume chart add up. Rows are deltas:
 * each ingest, correction or re-classification adds one per hour it touched, in its own transaction (no
 * row is updated in place, so concurrent writers never wait on one another), and a periodic job folds an
 * hour's deltas into one row.
 */
export interface MentionHoursTable {
  id: string;
  workspace_id: string;
  /** "YYYY-MM-DDTHH", UTC: the first 13 characters of created_at. */
  hour: string;
  mentions: number;
  negative: number;
  positive: number;
  /** Mentions that are copies of an original (duplicate_of set), and how many of them are negative. */
  copies: number;
  negative_copies: number;
  rated: number;
  rating_sum: number;
}

export interface ListeningTables {
  mentions: MentionsTable;
  mention_hours: MentionHoursTable;
  listening_sources: ListeningSourcesTable;
  brand_queries: BrandQueriesTable;
  mention_corrections: MentionCorrectionsTable;
}
