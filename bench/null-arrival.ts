/**
 * Arrival conditions of real traffic that the plain null stream of bench/detect-null.ts does not have
 * (issue 15, eleventh pass): the same daily mean and mix, but mentions that arrive in clusters, in polled
 * batches, on another zone's clock, on a growing or shrinking shop, or more than once. Every condition is
 * still null traffic: nothing in it is a wave, so every opening alert is a false alarm.
 */
import { normal, poisson, type Rand, rhythm, seededRandom } from "../src/detection/detectors/synthetic.js";

export const ARRIVALS = [
  "none",
  "gamma",
  "hawkes",
  "poll",
  "la",
  "la-fall",
  "tokyo",
  "weekend",
  "grow",
  "shrink",
  "dup",
] as const;
export type Arrival = (typeof ARRIVALS)[number];

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A post before classification-like attributes are drawn: its time and, for copies, whom it copies. */
export interface Post {
  t: number;
  /** Index (`i`) of the post it repeats (a retweet, a re-import, a bot's next copy), or -1. */
  of: number;
  i: number;
}

export interface ArrivalDraw {
  start: number;
  days: number;
  perDay: number;
  seed: number;
  sigma: number;
  /**
   * The generator to draw from instead of one seeded by `seed`, with `each` called as each original
   * post is drawn: bench:detect draws a post's text from the same generator right after its time, as its
   * Poisson background always did, so that background is this function's `none` to the bit.
   */
  rand?: Rand;
  each?: (p: Post) => void;
}

/** The first day of a condition's stream: the zone conditions start where their daylight-saving change falls. */
export function arrivalStart(a: Arrival, dflt: number): number {
  // US spring change 9 March 2025 is day 27 from 10 February (settled); the autumn one, 2 November,
  // day 13 from 20 October (young). Both are Mondays, like the default start.
  if (a === "la") return Date.parse("2025-02-10T00:00:00Z");
  if (a === "la-fall") return Date.parse("2025-10-20T00:00:00Z");
  return dflt;
}

const offsets = new Map<string, number>();
/** The zone's offset from UTC at `ms` (ms), from Intl, cached per hour. */
function zoneOffset(zone: string, ms: number): number {
  const h = Math.floor(ms / HOUR);
  const key = `${zone}@${h}`;
  let o = offsets.get(key);
  if (o === undefined) {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
    }).formatToParts(new Date(h * HOUR));
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    o = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour")) - h * HOUR;
    offsets.set(key, o);
  }
  return o;
}

export const zoneOf = (a: Arrival) =>
  a === "la" || a === "la-fall" ? "America/Los_Angeles" : a === "tokyo" ? "Asia/Tokyo" : null;

/**
 * The shop's rhythm on the condition's clock, mean about 1: the bench's own (UTC) shape read on the
 * zone's local time for a shop in a zone; `weekend` moves the weekend's hours two hours later (people
 * sleep in and shop late), a shape the engine's hour-of-day × weekday profile cannot hold exactly.
 */
export function arrivalRate(a: Arrival, ms: number): number {
  const zone = zoneOf(a);
  const local = zone ? ms + zoneOffset(zone, ms) : ms;
  if (a !== "weekend") return rhythm(local);
  // rhythm's weekday index 4–5 (its slow and its busy day: Thursday and Friday on the calendar) are the
  // weekend; read two hours earlier there.
  const weekday = Math.floor(local / DAY + 4) % 7;
  return weekday === 4 || weekday === 5 ? rhythm(local - 2 * HOUR) : rhythm(local);
}

/** `grow`/`shrink`: the day's size against day 14's, the stated one. */
export function growth(a: Arrival, day: number): number {
  return a === "grow" ? 1.025 ** (day - 14) : a === "shrink" ? 0.975 ** (day - 14) : 1;
}

/** A gamma(shape, 1/shape) draw, mean 1 (Marsaglia–Tsang; shape ≥ 1). */
function gamma(rand: Rand, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rand);
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(Math.max(rand(), 1e-12)) < 0.5 * x * x + d - d * v + d * Math.log(v))
      return (d * v) / shape;
  }
}

/** Hawkes branching ratio: each post is retweeted Poisson(0.5) times, so clusters average 2 posts. */
const BRANCHING = 0.5;
/** Share of posts repeated (`dup`), and of those the share that are a bot's 20 copies. */
const DUP_SHARE = 0.03;
const BOT_SHARE = 0.2;

/**
 * The posts of one null stream under condition `a`, sorted by time. Day-to-day noise is log-normal
 * (σ), as in the plain stream; `grow`/`shrink` scale the day by 1.025^±(day − 14), so day 14 has the
 * stated size; `gamma` mixes each minute's rate with a gamma(2) factor; `hawkes` draws the originals at
 * (1 − ½) of the rate and lets each be retweeted Poisson(½) times, recursively, 5 s to a few minutes
 * later (the same daily mean); `dup` repeats 3 % of posts: most once within two minutes (a re-import),
 * a fifth twenty times 5–30 s apart (a bot). `poll` is applied to the attributed stream (pollSource).
 */
export function arrivalPosts(a: Arrival, d: ArrivalDraw): Post[] {
  const rand = d.rand ?? seededRandom(d.seed);
  const posts: Post[] = [];
  let dayFactor = 1;
  const scale = a === "hawkes" ? 1 - BRANCHING : 1;
  let lastDay = Number.NaN;
  for (let t = d.start; t < d.start + d.days * DAY; t += MINUTE) {
    // A busy or quiet day is the shop's own day: it starts at the zone's midnight.
    const z = zoneOf(a);
    const local = Math.floor((t + (z ? zoneOffset(z, t) : 0)) / DAY);
    const day = Math.floor((t - d.start) / DAY);
    if (local !== lastDay) {
      lastDay = local;
      dayFactor = Math.exp(d.sigma * normal(rand));
      if (a === "grow" || a === "shrink") dayFactor *= growth(a, day);
    }
    const mix = a === "gamma" ? gamma(rand, 2) : 1;
    const n = poisson(rand, (d.perDay / 1440) * arrivalRate(a, t) * dayFactor * scale * mix);
    for (let i = 0; i < n; i++) {
      const p: Post = { t: t + Math.floor(rand() * MINUTE), of: -1, i: posts.length };
      posts.push(p);
      d.each?.(p);
    }
  }
  const end = d.start + d.days * DAY;
  if (a === "hawkes") {
    for (let i = 0; i < posts.length; i++) {
      const p = posts[i] as Post;
      const children = poisson(rand, BRANCHING);
      for (let c = 0; c < children; c++) {
        const t = p.t + 5_000 + Math.floor(-Math.log(Math.max(rand(), 1e-12)) * 60_000);
        if (t < end) posts.push({ t, of: p.of >= 0 ? p.of : i, i: posts.length });
      }
    }
  }
  if (a === "dup") {
    const n = posts.length;
    for (let i = 0; i < n; i++) {
      if (rand() >= DUP_SHARE) continue;
      const p = posts[i] as Post;
      const bot = rand() < BOT_SHARE;
      let t = p.t;
      for (let c = 0; c < (bot ? 20 : 1); c++) {
        t += bot ? 5_000 + Math.floor(rand() * 25_000) : Math.floor(rand() * 120_000);
        if (t < end) posts.push({ t, of: i, i: posts.length });
      }
    }
  }
  // Originals first among equal times, so a copy never comes before what it copies.
  return posts.sort((x, y) => x.t - y.t || x.i - y.i);
}

/**
 * A source polled every 10–15 minutes: each of its mentions is stamped at the fetch that brought it
 * (a review feed read by a poller that keeps no post time). Returns new times for the events, in order.
 */
export function pollSource<E extends { at: string; source?: string | undefined }>(
  events: E[],
  source: string,
  seed: number,
): E[] {
  const rand = seededRandom(seed * 7_919 + 13);
  if (events.length === 0) return events;
  const first = Date.parse((events[0] as E).at);
  const last = Date.parse((events[events.length - 1] as E).at);
  const fetches: number[] = [];
  for (
    let f = first + Math.floor(rand() * 600_000);
    f <= last + 900_000;
    f += 600_000 + Math.floor(rand() * 300_000)
  )
    fetches.push(f);
  let j = 0;
  const out = events.map((e) => {
    if (e.source !== source) return e;
    const t = Date.parse(e.at);
    while ((fetches[j] as number) < t) j++;
    return { ...e, at: new Date(fetches[j] as number).toISOString() };
  });
  return out
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((x, y) => x.t - y.t || x.i - y.i)
    .map((x) => x.e);
}
