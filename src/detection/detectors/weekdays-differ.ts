import type { WeekShape } from "./week-shape.js";

/*
 * Whether a scope's weekdays are shown to have hour shapes of their own (twenty-third pass of issue 15):
 * the gate of the young-free φ (young-phi.ts). A one-way analysis of variance on the hour fractions
 * week-shape.ts keeps (each complete day's count per hour over its mean hour): per hour of the day, how
 * far the weekdays' mean fractions stand apart (between), against how far one weekday's days stand apart
 * from each other (within), each cell over a single day's Poisson variance of that fraction so the hours
 * and weekdays of every size pool. Under noise alone both estimate the same dispersion, whatever it is:
 * Poisson, a rate mixed within the minute (`gamma`), copies. A day's level error cancels in its fractions,
 * so neither carries the baseline's own error, which is what the young-free φ must not be let to drop
 * where no weekday has a shape to misfit. No φ enters the test: φ is what is in question.
 */

const HOURS = 24;
/** Standard errors of log(between ÷ within) the ratio must stand above 0 by. */
const GATE_Z = 3;

export interface WeekdaysDiffer {
  differ: boolean;
  /** Between and within weekdays, in single-day Poisson variances, and their degrees of freedom. */
  between: number;
  within: number;
  dfBetween: number;
  dfWithin: number;
}

const CLOSED: WeekdaysDiffer = { differ: false, between: 0, within: 0, dfBetween: 0, dfWithin: 0 };

/** The between and within sums of one hour of the day, added to `acc`. */
function addHour(s: WeekShape, h: number, acc: WeekdaysDiffer): void {
  let sum = 0;
  let w = 0;
  for (let d = 0; d < 7; d++) {
    sum += s.sum[d * HOURS + h] as number;
    w += s.w[d] as number;
  }
  const m = w > 0 ? sum / w : 0;
  if (m <= 0) return;
  // Precision weights: a weekday's mean fraction over w_d days of mean count N_d has Poisson variance
  // m·24/(w_d·N_d) = m·24/level_d.
  const cells: [number, number, number][] = [];
  for (let d = 0; d < 7; d++) {
    const wd = s.w[d] as number;
    const level = s.level[d] as number;
    if ((s.n[d] as number) < 1 || wd <= 0 || level <= 0) continue;
    const p = (m * HOURS * wd) / level;
    const i = d * HOURS + h;
    const mean = (s.sum[i] as number) / wd;
    cells.push([mean, wd / p, p]);
    // Decayed days' sum of squares about their mean, per single-day Poisson variance; df ≈ w_d − 1.
    if ((s.n[d] as number) >= 2) {
      acc.within += Math.max(0, (s.sq[i] as number) - wd * mean * mean) / p;
      acc.dfWithin += wd - 1;
    }
  }
  if (cells.length < 2) return;
  let a = 0;
  let am = 0;
  for (const [mean, prec] of cells) {
    a += prec;
    am += prec * mean;
  }
  const pooled = am / a;
  for (const [mean, prec] of cells) acc.between += prec * (mean - pooled) ** 2;
  acc.dfBetween += cells.length - 1;
}

const kept = new WeakMap<WeekShape, { learned: number | null; n: string; out: WeekdaysDiffer }>();

/**
 * Whether the weekdays' hour shapes differ by more than their days differ among themselves: the ratio of
 * the two mean squares (an F ratio) stands GATE_Z standard errors of its log above 1. Needs a weekday
 * seen twice (a within spread); learned once a day, as the sums move only when a day closes.
 */
export function weekdaysDiffer(s: WeekShape | undefined): WeekdaysDiffer {
  if (!s) return CLOSED;
  const key = s.n.join(",");
  const hit = kept.get(s);
  if (hit && hit.learned === s.learned && hit.n === key) return hit.out;
  const acc: WeekdaysDiffer = { ...CLOSED };
  for (let h = 0; h < HOURS; h++) addHour(s, h, acc);
  if (acc.dfWithin > 0.5 && acc.dfBetween > 0 && acc.within > 0) {
    const ratio = acc.between / acc.dfBetween / (acc.within / acc.dfWithin);
    const se = Math.sqrt(2 / acc.dfBetween + 2 / acc.dfWithin);
    acc.differ = Math.log(ratio) > GATE_Z * se;
  }
  kept.set(s, { learned: s.learned, n: key, out: acc });
  return acc;
}
