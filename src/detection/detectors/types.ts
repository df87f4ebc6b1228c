import type { Sentiment, Topic } from "../../nlp/index.js";

/** A mention after classification: the detectors never call the classifier themselves. */
export interface MentionEvent {
  type: "mention";
  id: string;
  /** Data time: when the mention was written (ISO 8601). */
  at: string;
  source?: string | undefined;
  sentiment: Sentiment;
  topics: readonly Topic[];
  author?: string | undefined;
  authorFollowers?: number | undefined;
  /** Crisis signal ids found in the text (see `crisisSignals`). */
  signals?: readonly string[] | undefined;
  /** ISO 639-1, when known: each language gets its own series. */
  language?: string | undefined;
  /** The classifier's complaint flag; when absent, a negative mention with a topic counts as one. */
  complaint?: boolean | undefined;
  /** The text, when the caller has it: an alert quotes a few of the mentions that raised it. */
  text?: string | undefined;
  /**
   * The day the source stamped this mention to when it gave no time (ISO 8601, the day's start): the
   * replay spreads such a mention over its day (`at`) and says so here, so the day is tested as a day.
   */
  stampedDay?: string | undefined;
}

export const SHOP_EVENT_TYPES = [
  "order_placed",
  "payment_failed",
  "payment_succeeded",
  "refund",
  "order_cancelled",
] as const;
export type ShopEventType = (typeof SHOP_EVENT_TYPES)[number];

export interface ShopEvent {
  type: ShopEventType;
  /** Data time (ISO 8601). */
  at: string;
  id?: string | undefined;
}

export type DetectionEvent = MentionEvent | ShopEvent;

export const SPIKE_KINDS = ["volume_spike", "negative_spike", "topic_spike"] as const;
export const ALERT_KINDS = [
  ...SPIKE_KINDS,
  "high_reach_negative",
  "crisis_signal",
  "order_drop",
  "payment_failure_spike",
  "cancellation_spike",
  // Raised by other parts (service monitoring), not by the mention detectors.
  "monitor_down",
  "provider_incident",
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export type AlertPhase = "open" | "update" | "close";

/**
 * One step of an episode. `open` starts it, `update` says it grew, `close` says it ended.
 * `episodeId` is deterministic (series and opening time), so a replay and a live run name it alike.
 */
export interface Alert {
  episodeId: string;
  phase: AlertPhase;
  /** Data time when a live system raises this step. */
  at: string;
  kind: AlertKind;
  /** Series the episode is about (e.g. `topic:delivery|src:twitter`), for charting. */
  series: string;
  topic?: Topic;
  source?: string;
  /** Crisis signal id, for `crisis_signal`. */
  signal?: string;
  author?: string;
  /** The mention that triggered this step, when one did. */
  mentionId?: string;
  /** Count in the window that scored highest (mentions, orders, failures). */
  observed: number;
  /** What the baseline expected in that window. */
  expected: number;
  /** −log10 of the tail probability of `observed` given `expected` (higher is stranger). */
  score: number;
  windowMinutes?: number;
  /** A title given by the part that raised the alert (monitoring names the monitor and its reason). */
  title?: string;
  /** Language of the series, when the series is one language's. */
  language?: string;
  /** When the rise began: the start of the run of the test that fired (data time, ISO 8601). */
  since?: string;
  /** The usual range of `observed` in that window (a 95% interval of the baseline). */
  expectedLow?: number;
  expectedHigh?: number;
  /** A few of the mentions that raised it, newest first. */
  examples?: { id: string; text: string }[];
  /** The planned surge it opened in (planned.ts): its expected count is `multiple` times the usual. */
  surge?: { label: string; multiple: number };
}

/** One closed bucket of one series: what the dashboard charts behind an alert. */
export interface SeriesPoint {
  series: string;
  start: string;
  end: string;
  observed: number;
  expected: number;
}
