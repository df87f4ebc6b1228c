import type { DetectionConfig } from "./config.js";
import { type SeriesState, specOf } from "./series.js";
import type { Alert } from "./types.js";

/**
 * Planned surges (issue 15): a shop declares a sale day, a newsletter or a TV spot, with its window and
 * how many times the usual traffic it expects. Inside the window every count the tests compare with an
 * expectation (every mention rate series, and the shop's counts: orders rise with a sale, and with them
 * payments, refunds and cancellations) is expected at `multiple` times the usual. That is done once, where
 * a series sets its next bucket's rate (watch.ts) or a shop series its expectation (shop-series.ts), so
 * every detector reading those expectations sees the sale's level (with `realisedSurge.on`, off in the
 * product, the negatives, complaints and topics at the multiple the rest realised: surge-realised.ts). The share
 * test (negatives given all mentions) and the shops' ratio checks (failed given successful payments,
 * cancelled given orders) are scale-free and untouched: a sale with the usual mix is not a rise of either.
 *
 * The window's buckets teach the baseline nothing, as a crisis episode's do not: they are known to be
 * unusual. Dividing by the multiple would teach the usual level only when the declared multiple is the
 * true one; a shop's guess is rarely that (5× declared, 3× or 8× came), and the miss would bend the level,
 * the hour profile and the day's level for days after the sale.
 */

interface Window {
  start: number;
  end: number;
  multiple: number;
  label: string;
}

const parsed = new WeakMap<DetectionConfig["plannedSurges"], Window[]>();

function windowsOf(config: DetectionConfig): Window[] {
  const list = config.plannedSurges ?? [];
  let w = parsed.get(list);
  if (!w) {
    w = list.map((s) => ({
      start: Date.parse(s.start),
      end: Date.parse(s.end),
      multiple: s.multiple,
      label: s.label,
    }));
    parsed.set(list, w);
  }
  return w;
}

/** The declared surge covering `t`; overlapping ones: the largest multiple (the busiest plan speaks). */
export function surgeAt(config: DetectionConfig, t: number): Window | null {
  let best: Window | null = null;
  for (const w of windowsOf(config))
    if (t >= w.start && t < w.end && (!best || w.multiple > best.multiple)) best = w;
  return best;
}

/** How many times the usual a count is expected at `t`: 1 outside every planned surge. */
export const surgeMultiple = (config: DetectionConfig, t: number): number =>
  (config.plannedSurges?.length ?? 0) === 0 ? 1 : (surgeAt(config, t)?.multiple ?? 1);

/**
 * What the scope's day level (baseline.ts, queueRecent) learns from a bucket: inside a surge, the
 * bucket's usual expectation (the sale teaches nothing); in a gap, its expectation; else its count,
 * clipped once warm.
 */
export function dayLevelOf(
  calm: { observed: number; expected: number },
  outage: boolean,
  warm: boolean,
  surge: number,
  clip: (count: number, expected: number) => number,
): number {
  const expected = Math.max(0, calm.expected);
  if (surge !== 1) return expected / surge;
  if (outage) return expected;
  return warm ? clip(Math.max(0, calm.observed), expected) : Math.max(0, calm.observed);
}

/**
 * A closed bucket's expectation as the day's level reads it (engine.ts): inside a surge, the series' usual
 * expectation × the declared multiple, whatever multiple it was expected at (surge-realised.ts), so
 * dayLevelOf's ÷ the multiple gives back the usual level.
 */
export function calmExpected(s: SeriesState, expected: number, surge: number): number {
  const r = s.seq?.surge;
  return surge === 1 || !r || r.lastApplied === surge ? expected : r.lastUsual * surge;
}

// "under 0.1" rather than a rounded "0": an ordinary day expects few, not none.
const fmt = (x: number) =>
  x >= 10 ? String(Math.round(x)) : x > 0 && x < 0.05 ? "under 0.1" : String(Math.round(x * 10) / 10);

/**
 * An alert opened inside a planned surge says so, so the shop owner knows it is a rise above the sale's
 * level, not above an ordinary day's. The share alert is not scaled and says nothing of it.
 */
const SCALED = new Set<Alert["kind"]>([
  "volume_spike",
  "negative_spike",
  "topic_spike",
  "order_drop",
  "payment_failure_spike",
  "cancellation_spike",
]);

const SHOP_WORDS: Partial<Record<Alert["kind"], string>> = {
  order_drop: "Orders dropped well below the planned level",
  payment_failure_spike: "Spike in failed payments",
  cancellation_spike: "Spike in cancelled orders",
};

export function noteSurge(
  config: DetectionConfig,
  alerts: Alert[],
  series: Record<string, SeriesState> = {},
): Alert[] {
  if ((config.plannedSurges?.length ?? 0) === 0) return alerts;
  for (const a of alerts) {
    if (!SCALED.has(a.kind) || specOf(a.series).measure === "share") continue;
    const w = surgeAt(config, Date.parse(a.at));
    if (!w) continue;
    // Every step carries it (a growing rise's explanation is stored again); the title is the opening's.
    a.surge = { label: w.label, multiple: w.multiple };
    if (a.phase !== "open") continue;
    // A negative, complaint or topic series is expected at the traffic that came (surge-realised.ts).
    const m = series[a.series]?.seq?.surge?.applied ?? w.multiple;
    const came = fmt(m) === fmt(w.multiple) ? "for" : "with the traffic that came in";
    const declared = came === "for" ? "" : ` (${fmt(w.multiple)}× declared)`;
    // Shop alerts carry no title of their own (the alerts domain names them); inside a surge they need one.
    const title = a.title ?? `${SHOP_WORDS[a.kind] ?? "A rise"}: ${a.observed} (${fmt(a.expected)} expected)`;
    // The usual figure only when the whole run was inside the surge: else its expectation is mixed.
    const since = a.since === undefined ? Number.NaN : Date.parse(a.since);
    const usual = since >= w.start ? ` (${fmt(a.expected / m)} on an ordinary day)` : "";
    a.title = `${title}; expected ${fmt(m)}× the usual ${came} the planned surge “${w.label}”${declared}${usual}`;
  }
  return alerts;
}
