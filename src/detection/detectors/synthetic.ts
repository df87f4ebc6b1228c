import type { Topic } from "../../nlp/index.js";
import type { DetectionConfigInput } from "./config.js";
import type { MentionEvent, ShopEvent, ShopEventType } from "./types.js";

/**
 * Seeded synthetic streams for tests and benchmarks: a Poisson process whose rate follows a daily and
 * weekly rhythm, and bursts dropped in at known times. Same seed, same stream.
 */

export type Rand = () => number;

/** mulberry32: small, fast, good enough for simulation, and identical on every platform. */
export function seededRandom(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function poisson(rand: Rand, mean: number): number {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rand)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

/** One of `xs`, drawn with the given weights (summing to 1; the last takes what rounding leaves). */
export function weighted<T>(rand: Rand, xs: readonly T[], weights: readonly number[]): T {
  let u = rand();
  for (let i = 0; i < xs.length; i++) {
    u -= weights[i] as number;
    if (u < 0) return xs[i] as T;
  }
  return xs[xs.length - 1] as T;
}

export function normal(rand: Rand): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Shop-like rhythm, mean 1 over a week: quiet nights, a lunch and an evening peak, a slower Thursday
 * and a busier Friday and Saturday (the weekday index counts from Sunday: 1970-01-01 was a Thursday).
 */
export function rhythm(ms: number): number {
  const hour = (ms % DAY) / 3_600_000;
  const daily = 0.15 + 1.1 * Math.exp(-((hour - 12.5) ** 2) / 8) + 1.5 * Math.exp(-((hour - 20) ** 2) / 6);
  const weekday = [1.0, 1.0, 1.0, 1.0, 0.8, 1.25, 1.15][Math.floor(ms / DAY + 4) % 7] as number; // 0 = Sunday
  return (daily / 0.927) * weekday;
}

export interface TimedDraw {
  start: number;
  days: number;
  perDay: number;
  seed: number;
  /** Day-to-day level noise (log-normal σ): real traffic is busier on some days than a Poisson allows. */
  dailySigma?: number;
}

/** Event times (ms, sorted) of a seasonal Poisson process. */
export function seasonalTimes(d: TimedDraw): number[] {
  const rand = seededRandom(d.seed);
  const out: number[] = [];
  let dayFactor = 1;
  for (let t = d.start; t < d.start + d.days * DAY; t += MINUTE) {
    if ((t - d.start) % DAY === 0) dayFactor = Math.exp((d.dailySigma ?? 0) * normal(rand));
    const n = poisson(rand, (d.perDay / 1440) * rhythm(t) * dayFactor);
    const minute: number[] = [];
    for (let i = 0; i < n; i++) minute.push(t + Math.floor(rand() * MINUTE));
    out.push(...minute.sort((a, b) => a - b));
  }
  return out;
}

/** `count` times spread at random over `minutes` from `start`, sorted. */
export function burstTimes(start: number, minutes: number, count: number, seed: number): number[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, () => start + Math.floor(rand() * minutes * MINUTE)).sort(
    (a, b) => a - b,
  );
}

export interface MentionMix {
  negativeShare: number;
  /** Probability that a negative mention carries each topic. */
  topicShare: Partial<Record<Topic, number>>;
  sources?: string[];
}

export function backgroundMentions(d: TimedDraw, mix: MentionMix): MentionEvent[] {
  const rand = seededRandom(d.seed ^ 0x5bd1e995);
  return seasonalTimes(d).map((t, i) => {
    const negative = rand() < mix.negativeShare;
    const topics: Topic[] = [];
    if (negative)
      for (const [topic, p] of Object.entries(mix.topicShare)) if (rand() < p) topics.push(topic as Topic);
    const sources = mix.sources ?? [];
    const m: MentionEvent = {
      type: "mention",
      id: `bg-${d.seed}-${i}`,
      at: new Date(t).toISOString(),
      sentiment: negative ? "negative" : rand() < 0.5 ? "neutral" : "positive",
      topics,
    };
    if (sources.length) m.source = sources[Math.floor(rand() * sources.length)] as string;
    return m;
  });
}

export function burstMentions(
  start: number,
  minutes: number,
  count: number,
  seed: number,
  topic: Topic,
  source?: string,
): MentionEvent[] {
  return burstTimes(start, minutes, count, seed).map((t, i) => ({
    type: "mention",
    id: `burst-${seed}-${i}`,
    at: new Date(t).toISOString(),
    sentiment: "negative",
    topics: [topic],
    ...(source === undefined ? {} : { source }),
  }));
}

export function shopEvents(type: ShopEventType, times: readonly number[]): ShopEvent[] {
  return times.map((t, i) => ({ type, id: `${type}-${i}`, at: new Date(t).toISOString() }));
}

/** Merges streams by time (stable: equal times keep stream order). */
export function mergeByTime<T extends { at: string }>(...streams: T[][]): T[] {
  return streams
    .flat()
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.e);
}

/**
 * Null traffic at `perDay` with a daily rhythm (quiet nights, a busy evening), each minute's rate times
 * a gamma(2) factor of mean 1 (the sum of two unit exponentials, halved): a minute's count has variance
 * μ + μ²/2, so the noise inside the hour grows with the rate, about 1.3 at night and 20 at the evening
 * peak at 10,000 a day (the `gamma` arrival condition of bench/detect-null.ts). A share `negative` of
 * the mentions is negative (no draw is spent on it when 0, so such streams stay as they were).
 */
export function gammaMentions(
  start: number,
  days: number,
  perDay: number,
  seed: number,
  negative = 0,
): MentionEvent[] {
  const MIN = 60_000;
  const rand = seededRandom(seed);
  const out: MentionEvent[] = [];
  for (let t = start; t < start + days * 86_400_000; t += MIN) {
    const hour = (t % 86_400_000) / 3_600_000;
    const rhythm = 1 + 0.8 * Math.sin(((hour - 9) / 24) * 2 * Math.PI);
    const mix = (-Math.log(1 - rand()) - Math.log(1 - rand())) / 2;
    const n = poisson(rand, (perDay / 1440) * rhythm * mix);
    for (let i = 0; i < n; i++)
      out.push({
        type: "mention",
        id: `m${out.length}`,
        at: new Date(t + 1 + Math.floor((i / n) * (MIN - 2))).toISOString(),
        sentiment: negative > 0 && rand() < negative ? "negative" : "neutral",
        topics: [],
      });
  }
  return out;
}

/** Only the all-mentions series: one series, so the whole budget is its own (tests of the budget). */
export const ONE_SERIES: DetectionConfigInput = {
  negative: { enabled: false },
  complaint: { enabled: false },
  share: { enabled: false },
  topics: { enabled: false },
  perSource: { enabled: false },
  perLanguage: { enabled: false },
  highReachNegative: { enabled: false },
  crisisSignal: { enabled: false },
};
