/**
 * The daily sentiment index and the recovery measures, as pure functions over per-day counts so the
 * route, the post-mortem and the bench compute them identically.
 *
 * Index: net sentiment in points, 100 × (positive − negative) / mentions, from −100 (all negative) to
 * +100 (all positive). Baseline: the pooled index of the days before the crisis, i.e. the mean of the
 * daily index weighted by each day's volume, so a quiet day with three tweets does not move it as much
 * as a busy one. Normal range: baseline ± 2 volume-weighted standard deviations, never narrower than
 * ± MIN_HALF_WIDTH points (a very steady history would otherwise flag ordinary noise).
 */

export const DAY_MS = 86_400_000;
export const MIN_HALF_WIDTH = 5;
/** Fewer days with mentions than this before the crisis and there is no baseline to speak of. */
export const MIN_BASELINE_DAYS = 3;

export interface DayCounts {
  day: string;
  mentions: number;
  negative: number;
  positive: number;
  rated: number;
  rating_sum: number;
}

export interface DayPoint {
  day: string;
  mentions: number;
  /** Shares of the day's mentions, 0–1; null on a day without mentions. */
  negative: number | null;
  neutral: number | null;
  positive: number | null;
  index: number | null;
  /** Average review rating where sources give one. */
  rating: number | null;
}

export interface Baseline {
  index: number;
  low: number;
  high: number;
  from: string;
  to: string;
  days: number;
  mentions: number;
  rating: number | null;
}

export interface Recovery {
  start_day: string;
  worst_day: string | null;
  worst_index: number | null;
  /** Baseline minus the worst index, in points; 0 or less means it never fell. */
  depth: number | null;
  /** Whether the index left the normal range (below its low end) after the start. */
  fell_below: boolean;
  /** The first day, after the worst, back within range; null while it is not. */
  recovered_on: string | null;
  /** Days from the start day to `recovered_on`; 0 when it never fell out of range. */
  days_to_recover: number | null;
  /** Days thinner than this are too few voices to judge recovery on. */
  min_mentions: number;
}

const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
export const dayOf = (iso: string) => iso.slice(0, 10);
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** Every day from `from` to `to` inclusive, empty days included so a chart shows the gap. */
export function dailyPoints(rows: DayCounts[], from: string, to: string): DayPoint[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const out: DayPoint[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const r = byDay.get(d);
    const n = r?.mentions ?? 0;
    if (!r || n === 0) {
      out.push({
        day: d,
        mentions: 0,
        negative: null,
        neutral: null,
        positive: null,
        index: null,
        rating: null,
      });
      continue;
    }
    const neg = r.negative / n;
    const pos = r.positive / n;
    out.push({
      day: d,
      mentions: n,
      negative: round(neg, 4),
      neutral: round(1 - neg - pos, 4),
      positive: round(pos, 4),
      index: round(100 * (pos - neg)),
      rating: r.rated > 0 ? round(r.rating_sum / r.rated, 2) : null,
    });
  }
  return out;
}

/** The baseline over the given days (those before the crisis); null without enough history. */
export function baselineOf(points: DayPoint[]): Baseline | null {
  const days = points.filter((p) => p.mentions > 0 && p.index !== null);
  const first = points[0];
  const last = points[points.length - 1];
  if (days.length < MIN_BASELINE_DAYS || !first || !last) return null;
  const total = days.reduce((s, p) => s + p.mentions, 0);
  const mean = days.reduce((s, p) => s + (p.index as number) * p.mentions, 0) / total;
  const variance = days.reduce((s, p) => s + p.mentions * ((p.index as number) - mean) ** 2, 0) / total;
  const half = Math.max(MIN_HALF_WIDTH, 2 * Math.sqrt(variance));
  const rated = days.filter((p) => p.rating !== null);
  const ratingWeight = rated.reduce((s, p) => s + p.mentions, 0);
  return {
    index: round(mean),
    low: round(mean - half),
    high: round(mean + half),
    from: first.day,
    to: last.day,
    days: days.length,
    mentions: total,
    rating: ratingWeight
      ? round(rated.reduce((s, p) => s + (p.rating as number) * p.mentions, 0) / ratingWeight, 2)
      : null,
  };
}

/**
 * Depth and days to recover, from the crisis's start day over the days after it. A day counts only
 * when it has at least a fifth of the baseline's average daily volume: one happy tweet on a quiet
 * Sunday is not a recovery.
 */
export function recoveryOf(after: DayPoint[], baseline: Baseline, startDay: string): Recovery {
  const min = Math.max(1, Math.round((0.2 * baseline.mentions) / Math.max(1, baseline.days)));
  const judged = after.filter((p) => p.day >= startDay && p.index !== null && p.mentions >= min);
  let worst: DayPoint | null = null;
  for (const p of judged) if (!worst || (p.index as number) < (worst.index as number)) worst = p;
  const base: Recovery = {
    start_day: startDay,
    worst_day: worst?.day ?? null,
    worst_index: worst?.index ?? null,
    depth: worst ? round(baseline.index - (worst.index as number)) : null,
    fell_below: false,
    recovered_on: null,
    days_to_recover: null,
    min_mentions: min,
  };
  if (!worst) return base;
  if ((worst.index as number) >= baseline.low) return { ...base, days_to_recover: 0 };
  const back = judged.find((p) => p.day > (worst as DayPoint).day && (p.index as number) >= baseline.low);
  return {
    ...base,
    fell_below: true,
    recovered_on: back?.day ?? null,
    days_to_recover: back ? daysBetween(startDay, back.day) : null,
  };
}
