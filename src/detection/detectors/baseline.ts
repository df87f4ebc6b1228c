/**
 * The seasonal profile of one scope (mentions, or shop events): hour-of-day × day-of-week factors
 * around 1, learned from the scope's total count. Sparse series (one topic, one source) borrow it and
 * learn only their own level, which is why a topic seen a few times a day still gets a usable baseline.
 */

import { carryDayShape, dayShapeVariance } from "./day-shape.js";
import { LEARN_LAG_MS } from "./told.js";
import {
  learnWeekShape,
  newWeekShape,
  type WeekShape,
  weekCorrection,
  weekdayYoung,
  youngSpread,
} from "./week-shape.js";
import { weekdaysDiffer } from "./weekdays-differ.js";
import { localHour, localMs } from "./zone.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Profile factors never go below this: a quiet hour still expects something. */
const MIN_FACTOR = 0.1;

export interface ProfileState {
  /** The shop's IANA zone the hours and days are read in (zone.ts); absent: UTC. */
  zone?: string;
  hodSum: number[];
  hodN: number[];
  dowSum: number[];
  dowN: number[];
  /** Days (UTC) the profile has seen, decayed counts do not tell this. */
  days: number;
  lastDay: number | null;
  /** Recent counts and their day-free expectation, decayed (half-life RECENT_HALF_LIFE_HOURS). */
  recentObs?: number;
  recentExp?: number;
  /** The part of recentExp learned from buckets of the UTC day `recentDay` (how much it has seen of it). */
  recentDayExp?: number;
  recentDay?: number;
  /** The scope's usual count per bucket without its profile, long memory (USUAL_HALF_LIFE_HOURS). */
  usualLevel?: number;
  usualN?: number;
  /** Each weekday's own hour shape (week-shape.ts); absent in states saved before it. */
  week?: WeekShape;
  /**
   * The weekday sums' denominators add the usual level (weekdayUnit), not 1 a bucket: set once they do
   * (absent in states saved before the sixteenth pass, whose denominators are converted on first use).
   */
  dowByLevel?: boolean;
  /** Buckets waiting LEARN_LAG_MS before they teach the day's level: start, observed, expected. */
  recentQueue?: number[];
}

export const newProfile = (zone?: string): ProfileState => ({
  ...(zone && zone !== "UTC" ? { zone } : {}),
  hodSum: Array(24).fill(0),
  hodN: Array(24).fill(0),
  dowSum: Array(7).fill(0),
  dowN: Array(7).fill(0),
  days: 0,
  lastDay: null,
});

/** The shop's day (on its clock, zone.ts) holding `ms`, as a day number. */
export const dayIndex = (p: ProfileState, ms: number) => Math.floor(localMs(p.zone, ms) / DAY_MS);
// 1970-01-01 was a Thursday; the index only has to be stable, not named.
export const dayOfWeek = (p: ProfileState, ms: number) => dayIndex(p, ms) % 7;

function relative(sum: number[], n: number[], slot: number): number {
  let total = 0;
  let slots = 0;
  for (let i = 0; i < sum.length; i++) {
    const ni = n[i] as number;
    if (ni > 0) {
      total += (sum[i] as number) / ni;
      slots++;
    }
  }
  const ns = n[slot] as number;
  if (slots === 0 || total <= 0 || ns <= 0) return 1;
  return (sum[slot] as number) / ns / (total / slots);
}

/**
 * Expected count at `ms` relative to the scope's average bucket. `learnedHours`: the hour-of-day shape as
 * learned, not shrunk while young (what a series' own hour correction is measured against).
 */
export function profileFactor(p: ProfileState, ms: number, learnedHours = false): number {
  // Trust grows with the days seen: a flat profile on day one, the learned shape from day three
  // (hours) and from the second week (weekdays).
  const wHour = learnedHours ? 1 : Math.min(1, p.days / 3);
  const wDay = Math.min(1, Math.max(0, (p.days - 7) / 7));
  const hod = 1 + wHour * (relative(p.hodSum, p.hodN, localHour(p, ms)) - 1);
  const weekday = dayOfWeek(p, ms);
  const dow = 1 + wDay * (relative(p.dowSum, p.dowN, weekday) - 1);
  return Math.max(MIN_FACTOR, hod * dow * weekCorrection(p.week, weekday, localHour(p, ms)));
}

/** Whether the hour at `ms` is on a weekday whose own hour shape is not corrected yet (young-phi.ts). */
export const youngWeekday = (p: ProfileState, ms: number) => weekdayYoung(p.week, dayOfWeek(p, ms));

/**
 * The spread, in logs, of a young weekday's hour about the week's shape at `ms` (week-shape.ts
 * youngSpread), once the weekdays are shown to differ (weekdays-differ.ts); else 0. Measured over
 * weekdays seen once, τ² also holds each day's own quirks (a wave, a quiet morning), which φ and the
 * level excess already pay for: charged on every young hour, it took all seven of the airline replay's
 * rises (nine days, no weekday seen twice). Where a weekday's days are shown to differ from each other
 * less than the weekdays do, the spread is the weekdays' shapes.
 */
export const youngShapeVariance = (p: ProfileState, ms: number, noise = 1) => {
  const v = youngSpread(p.week, dayOfWeek(p, ms));
  const own = dayShapeVariance(p.week, dayIndex(p, ms), localHour(p, ms), noise);
  return Math.max(own, v > 0 && weekdaysDiffer(p.week).differ ? v : 0);
};

const shapes = new WeakMap<ProfileState, { at: number; shape: number[] }>();

/**
 * The scope's hour-of-day shape as learned (each hour against the average hour), on the shop's clock:
 * the weights a series' own hour correction averages to 1 under (dispersion.ts). One per profile and
 * instant, as every series of a bucket asks for the same.
 */
export function hourShape(p: ProfileState, at: number): readonly number[] {
  const kept = shapes.get(p);
  if (kept && kept.at === at) return kept.shape;
  const shape = Array.from({ length: 24 }, (_, h) => relative(p.hodSum, p.hodN, h));
  shapes.set(p, { at, shape });
  return shape;
}

export interface ProfileRates {
  hourDecayPerDay: number;
  weekdayDecayPerDay: number;
}

export function profileRates(hourHalfLifeDays: number, weekdayHalfLifeDays: number): ProfileRates {
  return {
    hourDecayPerDay: 0.5 ** (1 / hourHalfLifeDays),
    weekdayDecayPerDay: 0.5 ** (1 / weekdayHalfLifeDays),
  };
}

/**
 * Adds one closed bucket starting at `ms`. The hour and weekday factors learn its count clipped against
 * spikes once the scope is warm (its expectation while `frozen`), so a spike counts as a merely busy
 * bucket and cannot lift the level and hide the next one. Each weekday's own shape learns the count as
 * it came (week-shape.ts): clipped, an hour that runs at three times the week's every Friday could never
 * show it, and a one-off wave there is one week's outlier, which its noise cut never passes.
 */
export function learnProfile(
  p: ProfileState,
  ms: number,
  bucket: {
    observed: number;
    expected: number;
    frozen: boolean;
    warm: boolean;
    /** The scope's all-mentions series: its divisor is the shape's noise (day-shape.ts). */
    seq?: { phi: number; phiNow?: number | undefined } | undefined;
  },
  rates: ProfileRates,
): void {
  const { observed, expected } = bucket;
  const count = bucket.frozen ? expected : bucket.warm ? clipForLearning(observed, expected) : observed;
  const day = dayIndex(p, ms);
  if (p.lastDay !== day) {
    if (p.lastDay !== null) {
      const elapsed = day - p.lastDay;
      const hd = rates.hourDecayPerDay ** elapsed;
      const wd = rates.weekdayDecayPerDay ** elapsed;
      for (let i = 0; i < 24; i++) {
        p.hodSum[i] = (p.hodSum[i] as number) * hd;
        p.hodN[i] = (p.hodN[i] as number) * hd;
      }
      for (let i = 0; i < 7; i++) {
        p.dowSum[i] = (p.dowSum[i] as number) * wd;
        p.dowN[i] = (p.dowN[i] as number) * wd;
      }
    }
    p.lastDay = day;
    p.days++;
  }
  const h = localHour(p, ms);
  const d = dayOfWeek(p, ms);
  p.hodSum[h] = (p.hodSum[h] as number) + count;
  p.hodN[h] = (p.hodN[h] as number) + 1;
  p.dowSum[d] = (p.dowSum[d] as number) + count;
  p.dowN[d] = (p.dowN[d] as number) + weekdayUnit(p);
  p.week ??= newWeekShape();
  // A frozen bucket (a gap in the data) teaches the shape nothing: its hour's mean is of the others.
  if (bucket.frozen) return;
  if (p.week.day !== day) carryDayShape(p.week, day, Math.max(1, bucket.seq?.phiNow ?? bucket.seq?.phi ?? 1));
  learnWeekShape(p.week, day, h, observed, rates.weekdayDecayPerDay);
}

/** Off: a weekday's factor is its mean count a bucket, as before the sixteenth pass (bench, tests). */
export const weekdayByLevel = { on: true };

/**
 * What one bucket adds to its weekday's denominator: the scope's usual level (count ÷ profile a bucket,
 * a week's memory), so a weekday's factor is its counts over the level they came at (Σ count ÷ Σ level),
 * not its mean count. A shop that grows 2.5 % a day saw yesterday's weekday at its newest level and
 * today's at last week's: by raw means the factor fell 14 % from one day to the next while the traffic
 * rose 2.5 %, and each day's first hours ran 6–10 % over their expectation until the day's level caught
 * up (docs/detection.md, "Sixteenth pass"). A scope without a usual level (the shop's events), or the
 * switch off, adds 1 a bucket; the denominators of a profile learned so are scaled by the level once.
 */
function weekdayUnit(p: ProfileState): number {
  const usual = p.usualLevel ?? 0;
  if (!weekdayByLevel.on || usual <= 0) return p.dowByLevel ? usual : 1;
  if (!p.dowByLevel) {
    for (let i = 0; i < 7; i++) p.dowN[i] = (p.dowN[i] as number) * usual;
    p.dowByLevel = true;
  }
  return usual;
}

/**
 * Today's level against the usual one, shared by every series of the scope. Traffic has busy and quiet
 * days (a sale, the weather, the news): a sparse series cannot see its own day level from a handful of
 * mentions, and a level that remembers days lags it, so the expected count of every series is off by
 * the day's factor for the whole day, which a CUSUM reads as a rise lasting hours. The scope's recent
 * count of mentions that are not negative (a crisis adds negative ones; a busy day is busy in every mood)
 * over their usual level (the last hours, half-life RECENT_HALF_LIFE_HOURS) measures it; it is shrunk
 * to 1 with a prior of RECENT_PRIOR expected mentions (a gamma posterior mean), so a quiet shop's factor
 * moves only on real evidence. What it learns is clipped like the rest (a wave moves it little) and
 * three hours late (queueRecent), and no episode holds it: it is every series', and an episode is one
 * series' guess that a rise is a wave.
 */
export const RECENT_HALF_LIFE_HOURS = 6;

/**
 * How much of the day's level has not seen the UTC day in progress at `now`: 1 until its first buckets
 * are learned (three hours late), then falling as the day's weight grows against what came before
 * (level-error.ts, youngDayRefuses).
 */
export function unseenDay(p: ProfileState, now: number): number {
  const seen = p.recentDay === dayIndex(p, now) ? (p.recentDayExp ?? 0) : 0;
  return 1 - seen / ((p.recentExp ?? 0) + RECENT_PRIOR);
}
const RECENT_PRIOR = 50;

export const recentFactor = (p: ProfileState) =>
  ((p.recentObs ?? 0) + RECENT_PRIOR) / ((p.recentExp ?? 0) + RECENT_PRIOR);

/**
 * The scope's usual level (count ÷ profile per bucket) remembers this long: the day's factor is measured
 * against it. Measured against the all-mentions series' own level instead, which follows a busy day
 * within hours, the factor and that level both explained the day and drifted between each other; every
 * series with a longer memory (the sparse ones) then carried the drift as bias (on the `dev` half of
 * bench:detect, 20,000 a day: sparse series' expected 10–35 % under their observed count for days).
 */
const USUAL_HALF_LIFE_HOURS = 168;

/**
 * One closed bucket of the scope starting at `start`: `observed` (clipped, or the expectation while
 * frozen) against the scope's usual level, which learns from it too.
 */
export function learnRecent(p: ProfileState, observed: number, start: number, bucketMs: number): void {
  const decay = 0.5 ** (bucketMs / (RECENT_HALF_LIFE_HOURS * 3_600_000));
  const f = profileFactor(p, start);
  const n = p.usualN ?? 0;
  const usual = p.usualLevel ?? 0;
  const base = usual * f;
  if (n > 0) {
    p.recentObs = (p.recentObs ?? 0) * decay + observed;
    p.recentExp = (p.recentExp ?? 0) * decay + base;
    const day = dayIndex(p, start);
    if (p.recentDay !== day) p.recentDayExp = 0;
    p.recentDay = day;
    p.recentDayExp = (p.recentDayExp ?? 0) * decay + base;
  }
  const alpha = Math.max(1 - 0.5 ** (bucketMs / (USUAL_HALF_LIFE_HOURS * 3_600_000)), 1 / (n + 1));
  p.usualLevel = usual + alpha * (observed / f - usual);
  p.usualN = n + 1;
}

/**
 * Queues one closed bucket for the day's level and learns the buckets that are LEARN_LAG_MS old, told
 * or not: the lag keeps a wave's mentions out of every series' expectation while the tests gather its
 * evidence, and a busy day read as a wave must still reach the day's level (engine.ts, closeBucket).
 */
export function queueRecent(
  p: ProfileState,
  bucket: { start: number; observed: number; expected: number },
  bucketMs: number,
): void {
  const q = p.recentQueue ?? [];
  p.recentQueue = q;
  q.push(bucket.start, bucket.observed, bucket.expected);
  while (q.length >= 3 && (q[0] as number) <= bucket.start - LEARN_LAG_MS) {
    const [at, observed] = q.splice(0, 3) as [number, number, number];
    learnRecent(p, observed, at, bucketMs);
  }
}

/** The queued buckets from `since` on teach their expectation instead of their count (a gap in the data). */
export function forgetQueued(p: ProfileState, since: number): void {
  const q = p.recentQueue ?? [];
  for (let i = 0; i + 2 < q.length; i += 3) if ((q[i] as number) >= since) q[i + 1] = q[i + 2] as number;
}

/**
 * Caps what a bucket may teach the baseline: a spike counts as a merely busy bucket, so it cannot lift
 * the level and hide the next one.
 */
export const clipForLearning = (count: number, expected: number) =>
  Math.min(count, expected + 3 * Math.sqrt(expected) + 1);
