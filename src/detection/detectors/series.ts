import type { Topic } from "../../nlp/index.js";
import type { SeqState } from "./sequential.js";
import { lowerTailScore, upperTailScore } from "./stats.js";
import type { ShopEvent } from "./types.js";

/** What a series counts. `volume` and `orders` also drive their scope's seasonal profile. */
export type Measure =
  | "volume"
  | "negative"
  | "complaint"
  | "share"
  | "topic"
  | "orders"
  | "payment_failed"
  | "payment_succeeded"
  | "refund"
  | "cancelled";
export type Scope = "mentions" | "shop";

export interface SeriesSpec {
  measure: Measure;
  topic?: Topic;
  source?: string;
  language?: string;
}

const SOURCE_SEP = "|src:";
const LANGUAGE_SEP = "|lang:";

/**
 * `volume`, `topic:delivery`, `negative|src:twitter`, `complaint|lang:pl`: stable, readable, and the key
 * of the state. A series is narrowed by a source or by a language, not both.
 */
export function seriesKey(spec: SeriesSpec): string {
  const base = spec.measure === "topic" ? `topic:${spec.topic}` : spec.measure;
  if (spec.source !== undefined) return `${base}${SOURCE_SEP}${spec.source}`;
  return spec.language === undefined ? base : `${base}${LANGUAGE_SEP}${spec.language}`;
}

export function parseSeriesKey(key: string): SeriesSpec {
  const src = key.indexOf(SOURCE_SEP);
  const lang = src < 0 ? key.indexOf(LANGUAGE_SEP) : -1;
  const cut = src >= 0 ? src : lang;
  const base = cut < 0 ? key : key.slice(0, cut);
  const spec: SeriesSpec = base.startsWith("topic:")
    ? { measure: "topic", topic: base.slice(6) as Topic }
    : { measure: base as Measure };
  if (src >= 0) spec.source = key.slice(src + SOURCE_SEP.length);
  else if (lang >= 0) spec.language = key.slice(lang + LANGUAGE_SEP.length);
  return spec;
}

const specs = new Map<string, SeriesSpec>();
/** `parseSeriesKey`, memoised: keys are few and parsed on every bucket. */
export function specOf(key: string): SeriesSpec {
  let spec = specs.get(key);
  if (!spec) {
    spec = parseSeriesKey(key);
    if (specs.size < 10_000) specs.set(key, spec);
  }
  return spec;
}

export const scopeOf = (m: Measure): Scope =>
  m === "volume" || m === "negative" || m === "complaint" || m === "share" || m === "topic"
    ? "mentions"
    : "shop";

export interface EpisodeState {
  id: string;
  openedAt: number;
  /** Window count at the last step sent (open or update). */
  lastObserved: number;
  lastScore: number;
  /** Consecutive closed buckets with every window calm. */
  calm: number;
}

export interface SeriesState {
  /** Closed buckets, oldest first, as many as the longest window. */
  counts: number[];
  expected: number[];
  /** Count in the bucket in progress. */
  partial: number;
  /** Deseasonalised count per bucket. */
  level: number;
  /**
   * The average of the factors (profile × day × hour correction) the level was learned under, with the
   * level's own weights: the level is Σ count ÷ Σ factor over its memory (watch.ts, learnLevel). Absent
   * in states saved before it: the next bucket's factor stands in.
   */
  levelWeight?: number;
  /** Buckets learned (including those before the series had its first event). */
  n: number;
  episode: EpisodeState | null;
  /** The sequential tests of a mention series (see sequential.ts); shop series have none. */
  seq?: SeqState;
}

export const newSeries = (n: number, seq?: SeqState): SeriesState => ({
  counts: [],
  expected: [],
  partial: 0,
  level: 0,
  n,
  episode: null,
  ...(seq ? { seq } : {}),
});

/** The bucket in progress, when a window should include it: its expected share of the bucket so far. */
export interface Partial {
  expected: number;
}

export interface Window {
  buckets: number;
  observed: number;
  expected: number;
  score: number;
}

/** Sum over the last `k` buckets: `k − 1` closed plus the one in progress, or `k` closed. */
export function windowSums(
  s: SeriesState,
  k: number,
  partial: Partial | null,
): { observed: number; expected: number } {
  const closed = partial ? k - 1 : k;
  let observed = partial ? s.partial : 0;
  let expected = partial ? partial.expected : 0;
  const from = Math.max(0, s.counts.length - closed);
  for (let i = from; i < s.counts.length; i++) {
    observed += s.counts[i] as number;
    expected += s.expected[i] as number;
  }
  return { observed, expected };
}

export interface ScoreOptions {
  windows: readonly number[];
  /** Expected never below this per bucket. */
  floorPerBucket: number;
  dispersion: number;
  direction: "up" | "down";
}

/** Every window's score, longest last. */
export function scoreWindows(s: SeriesState, opts: ScoreOptions, partial: Partial | null): Window[] {
  const out: Window[] = [];
  for (const k of opts.windows) {
    const sums = windowSums(s, k, partial);
    const expected = Math.max(sums.expected, opts.floorPerBucket * k);
    const score =
      opts.direction === "up"
        ? upperTailScore(sums.observed, expected, opts.dispersion)
        : lowerTailScore(sums.observed, expected, opts.dispersion);
    out.push({ buckets: k, observed: sums.observed, expected, score });
  }
  return out;
}

/** Highest-scoring window that passes `accept`, or null. */
export function bestWindow(windows: readonly Window[], accept: (w: Window) => boolean): Window | null {
  let best: Window | null = null;
  for (const w of windows) if (accept(w) && (!best || w.score > best.score)) best = w;
  return best;
}

export const maxScore = (windows: readonly Window[]) => windows.reduce((m, w) => Math.max(m, w.score), 0);

/** Below this usual negative share per mention the share test has nothing to stand on. */
const MIN_SHARE = 0.002;

/** The usual negative share per mention, from the two levels (both frozen in their episodes). */
export function usualShare(series: Record<string, SeriesState>): number {
  const vol = series["volume"]?.level ?? 0;
  const neg = series["negative"]?.level ?? 0;
  return vol > 0 ? Math.min(0.99, Math.max(MIN_SHARE, neg / vol)) : 0;
}

/** The series each kind of shop event counts in. */
export const SHOP_MEASURE: Record<ShopEvent["type"], Measure> = {
  order_placed: "orders",
  payment_failed: "payment_failed",
  payment_succeeded: "payment_succeeded",
  refund: "refund",
  order_cancelled: "cancelled",
};
