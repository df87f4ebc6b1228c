/**
 * Each weekday's own hour shape, where it differs from the week's by more than its own week-to-week
 * spread (fourteenth pass). The profile is hour of day × weekday: one hour shape for every day, so a
 * weekend that sleeps in and shops late runs at up to 3.7× expected before midnight every week.
 *
 * What is learned is each complete day's shape: its mean count per bucket in each hour over the day's
 * mean (24 fractions of mean 1), so a busy day, a growing shop or the level's noise cannot bend it, and
 * an hour learned this week is never set against an hour learned last week. Per weekday and hour the
 * fractions' weighted mean and spread are kept (decayed with the weekday half-life); the correction of an
 * hour of the week is that weekday's mean fraction over the week's, in logs, soft-thresholded by
 * NOISE_CUT standard errors of that mean: an hour whose deviation is not larger than its own
 * week-to-week variation is left at 1, and one that is keeps only what stands out of that variation.
 * Which days differ is learned, not assumed: a weekend on Friday and Saturday, or a market day, is found
 * the same way. The earlier tries (168 ratios against the learned hour shape, docs/detection.md) learned
 * against a shape that was still moving and expected its quirks again a week later.
 */

/** Off: one hour shape for every day, as before the fourteenth pass (bench/detect-null.ts `--week off`). */
export const weekShape = { on: true };

const HOURS = 24;
const WEEK = 7 * HOURS;
/** Standard errors of an hour's mean fraction its deviation must pass before it counts. */
const NOISE_CUT = 2;
/** Complete days of a weekday before its shape counts: a spread needs two weeks. */
const MIN_WEEKS = 2;
/** Pseudo-days of Poisson spread mixed into a young spread, so two alike days do not claim certainty. */
const PRIOR_DAYS = 2;
/** A weekday's hour never moves further than this from the week's (either way). */
const MAX_RATIO = 5;

export interface WeekShape {
  /** The shop's day (day number on its clock) in progress, and its counts and buckets per hour. */
  day: number | null;
  today: number[];
  seen: number[];
  /** Per weekday: decayed days learned, days learned (not decayed), decayed sum of the days' counts. */
  w: number[];
  n: number[];
  level: number[];
  /** Per weekday × hour: decayed sums of the day's fraction and of its square. */
  sum: number[];
  sq: number[];
  /** Day number of the last day learned (decay runs from it). */
  learned: number | null;
  /** A young day's misfit carried into the next day's first hours (day-shape.ts carryDayShape). */
  carry?: { day: number; v: number };
}

export const newWeekShape = (): WeekShape => ({
  day: null,
  today: Array(HOURS).fill(0),
  seen: Array(HOURS).fill(0),
  w: Array(7).fill(0),
  n: Array(7).fill(0),
  level: Array(7).fill(0),
  sum: Array(WEEK).fill(0),
  sq: Array(WEEK).fill(0),
  learned: null,
});

/** Learns the day in progress if every hour of it was seen (a day cut by a gap or a spring change is not). */
function closeDay(s: WeekShape, decayPerDay: number): void {
  if (s.day === null) return;
  const means = s.today.map((c, h) => ((s.seen[h] as number) > 0 ? c / (s.seen[h] as number) : -1));
  const mean = means.reduce((a, b) => a + b, 0) / HOURS;
  if (means.some((m) => m < 0) || mean <= 0) return;
  if (s.learned !== null) {
    const decay = decayPerDay ** (s.day - s.learned);
    for (let i = 0; i < 7; i++) {
      s.w[i] = (s.w[i] as number) * decay;
      s.level[i] = (s.level[i] as number) * decay;
    }
    for (let i = 0; i < WEEK; i++) {
      s.sum[i] = (s.sum[i] as number) * decay;
      s.sq[i] = (s.sq[i] as number) * decay;
    }
  }
  s.learned = s.day;
  const d = s.day % 7;
  s.w[d] = (s.w[d] as number) + 1;
  s.n[d] = (s.n[d] as number) + 1;
  s.level[d] = (s.level[d] as number) + s.today.reduce((a, b) => a + b, 0);
  for (let h = 0; h < HOURS; h++) {
    const f = (means[h] as number) / mean;
    s.sum[d * HOURS + h] = (s.sum[d * HOURS + h] as number) + f;
    s.sq[d * HOURS + h] = (s.sq[d * HOURS + h] as number) + f * f;
  }
}

/** Adds one closed bucket of the day `day` (the shop's clock) at hour `hour`. */
export function learnWeekShape(
  s: WeekShape,
  day: number,
  hour: number,
  count: number,
  decayPerDay: number,
): void {
  if (s.day !== day) {
    if (s.day !== null && day > s.day) closeDay(s, decayPerDay);
    s.day = day;
    s.today.fill(0);
    s.seen.fill(0);
  }
  s.today[hour] = (s.today[hour] as number) + count;
  s.seen[hour] = (s.seen[hour] as number) + 1;
}

/** Whether a weekday's own shape is not corrected yet for want of days (φ's young hours, young-phi.ts). */
export const weekdayYoung = (s: WeekShape | undefined, weekday: number) =>
  weekShape.on && (!s || (s.n[weekday] as number) < MIN_WEEKS);

/** An hour of the week's deviation from the week's hour, in logs, and that deviation's noise (its SE²). */
function deviation(s: WeekShape, weekday: number, hour: number): { x: number; v: number } | null {
  const w = s.w[weekday] as number;
  const i = weekday * HOURS + hour;
  const mean = (s.sum[i] as number) / w;
  let allSum = 0;
  let allW = 0;
  for (let d = 0; d < 7; d++) {
    allSum += s.sum[d * HOURS + hour] as number;
    allW += s.w[d] as number;
  }
  const all = allSum / allW;
  if (all <= 0) return null;
  // An hour the weekday never sees is read as a fifth of the week's: its log stays finite.
  const m = Math.max(mean, all / MAX_RATIO);
  // A fraction's Poisson spread is f·24/(the day's count); the measured spread counts where it is larger.
  const poisson = (m * HOURS) / Math.max(1e-9, (s.level[weekday] as number) / w);
  const spread = Math.max(0, (s.sq[i] as number) - w * mean * mean);
  const variance = Math.max(poisson, (spread + PRIOR_DAYS * poisson) / (Math.max(0, w - 1) + PRIOR_DAYS));
  return { x: Math.log(m / all), v: variance / w / (m * m) };
}

/**
 * Off: each hour's deviation is soft-thresholded by NOISE_CUT of its own standard errors (the fourteenth
 * pass). On (the product's since the twenty-fourth pass): shrunk by how much the hours of the week differ
 * at all (bench `--week-pool on|off`).
 * `young` (twenty-fourth pass, bench `--week-pool-young on|off`): a young weekday's hours, expected with
 * the week's shape, are charged with the spread of the weekday shapes seen so far (youngSpread).
 */
export const weekPooled = { on: true, young: true };

const spreads = [1, 2].map(
  () => new WeakMap<WeekShape, { learned: number | null; n: string; tau2: number }>(),
);

/**
 * τ², the variance of the hours of the week's true deviations: the mean of x² − SE² over the hours of
 * every weekday seen `minWeeks` times (MIN_WEEKS: those whose shape counts; an empirical Bayes prior).
 * A week whose days share one shape has τ² near 0 and every hour stays near 1; a weekend two hours late
 * has τ² of the size of its deviations. Learned once a day (the sums move only when a day closes).
 */
function weekSpread(s: WeekShape, minWeeks = MIN_WEEKS): number {
  const key = s.n.join(",");
  const cache = spreads[minWeeks - 1] as (typeof spreads)[number];
  const kept = cache.get(s);
  if (kept && kept.learned === s.learned && kept.n === key) return kept.tau2;
  let total = 0;
  let count = 0;
  for (let d = 0; d < 7; d++) {
    if ((s.n[d] as number) < minWeeks) continue;
    for (let h = 0; h < HOURS; h++) {
      const dev = deviation(s, d, h);
      if (!dev) continue;
      total += dev.x * dev.x - dev.v;
      count++;
    }
  }
  const tau2 = count > 0 ? Math.max(0, total / count) : 0;
  cache.set(s, { learned: s.learned, n: key, tau2 });
  return tau2;
}

/**
 * The variance, in logs, of how far a young weekday's hour may be from the week's shape it is expected
 * with (twenty-fourth pass, with the pool): τ² over every weekday seen at least once, 0 for a weekday
 * whose own shape counts. Until a weekday is seen twice its hours are expected with the week's shape, and
 * the week's other days say how far a day's hour lies from it: nothing where they share one shape, about
 * a shifted weekend's deviations where they do not. The tests pay for it as a level error of that
 * variance (level-excess.ts), as the young day floor pays for the day's level: a second weekend still
 * uncorrected ran at 3.6× expected on its first hour (`weekend`, 3,000 a day, seed 4, day 10.05).
 */
export function youngSpread(s: WeekShape | undefined, weekday: number): number {
  if (!weekShape.on || !weekPooled.on || !weekPooled.young || !s || !weekdayYoung(s, weekday)) return 0;
  return weekSpread(s, 1);
}

/**
 * The weekday's hour against the week's. Cut (off): 1 where the difference is within NOISE_CUT of its
 * standard errors, else what stands out of them. Pooled (on): the deviation times τ²/(τ² + SE²), the
 * posterior mean of a normal prior of the week's own spread. At 300 a day two standard errors of an
 * hour's mean fraction are 30–60 % of the hour, and the cut left a weekend two hours late expected at
 * 0.4–2.2× its true shape at day 35 (and the ordinary days, whose hour shape is the whole week's, at
 * 0.5–1.2×): φ, one number a series, then charged every hour of the week for it (docs/detection.md,
 * "The weekend's φ traced"). Shrunk by the week's spread instead, a week whose days differ is
 * corrected nearly in full where its hours are measured well, and a week whose days do not keeps τ² near
 * 0 and its hours near 1 whatever the noise of any one of them.
 */
export function weekCorrection(s: WeekShape | undefined, weekday: number, hour: number): number {
  if (!weekShape.on || !s || (s.n[weekday] as number) < MIN_WEEKS) return 1;
  const dev = deviation(s, weekday, hour);
  if (!dev) return 1;
  const { x, v } = dev;
  if (weekPooled.on) {
    const tau2 = weekSpread(s);
    const k = tau2 > 0 ? tau2 / (tau2 + v) : 0;
    return Math.min(MAX_RATIO, Math.max(1 / MAX_RATIO, Math.exp(k * x)));
  }
  const cut = NOISE_CUT * Math.sqrt(v);
  return Math.min(MAX_RATIO, Math.exp(Math.sign(x) * Math.max(0, Math.abs(x) - cut)));
}

const rotate = (xs: number[], by: number) => {
  const part = xs.slice();
  for (let i = 0; i < xs.length; i++) xs[(i + by + xs.length * 8) % xs.length] = part[i] as number;
};

/**
 * Moves the shapes to a clock `by` hours later: an hour of the week is an hour of the week on any clock.
 * The day in progress is dropped: its hours now straddle two days.
 */
export function rotateWeekShape(s: WeekShape, by: number): void {
  rotate(s.sum, by);
  rotate(s.sq, by);
  s.day = null;
  delete s.carry;
  s.today.fill(0);
  s.seen.fill(0);
}
