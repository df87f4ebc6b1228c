import type { SeqState } from "./sequential.js";

/*
 * A dispersion that grows with the expected count (sixteenth pass of issue 15). φ, one number per series,
 * is right on average over a series' hours but not at any one of them when the excess variance grows
 * with the rate: a rate mixed within the minute (variance μ + σ²μ², a negative binomial) or a level off
 * by a few per cent (the same form) leaves a dense series' quiet hours near Poisson and its evening peak
 * many times over it. Each hour's Pearson statistic (o − e)²/e has mean a + b·e under variance
 * a·e + b·e², so a and b are the line through the series' own hours (least squares over decayed sums,
 * the half-life of φ), and the tests divide the evidence of each bucket by a + b·e at that bucket's
 * expected hourly count. Using the divisor of the moment in the threshold too keeps the budget: a
 * member's alarms per expected mention at φ are r(k, h)/φ with (W/φ)·r(k, h) = b, so each expected
 * mention spends b/W whatever the hour's φ, and a week spends b.
 */

/** Off: one φ per series, as before the sixteenth pass (bench/detect-null.ts `--nb off`, the tests). */
export const rateDispersion = { on: true };

const HALF_LIFE_HOURS = 168;
const DECAY = 0.5 ** (1 / HALF_LIFE_HOURS);
/** Hours of a series' own (decayed) history before the line is trusted over φ. */
const MIN_HOURS = 48;
/** One wild hour counts at most this many times the dispersion the line expects there (or 25). */
const MAX_RESIDUAL_RATIO = 5;
const MAX_RESIDUAL = 25;
const MAX_DIVISOR = 50;

/** Σw, Σw·e, Σw·e², Σw·r, Σw·r·e over the hours learned (decayed). */
type Sums = [number, number, number, number, number];

/** The line a + b·e through the hours' Pearson statistics, or null while it has too few hours. */
function line(seq: SeqState): { a: number; b: number } | null {
  const s = seq.nb as Sums | undefined;
  if (!s || s[0] < MIN_HOURS) return null;
  const [w, we, wee, wr, wre] = s;
  const meanE = we / w;
  const meanR = wr / w;
  const varE = wee / w - meanE * meanE;
  let b = varE > 1e-12 * Math.max(1, meanE * meanE) ? (wre / w - meanE * meanR) / varE : 0;
  b = Math.max(0, b);
  let a = meanR - b * meanE;
  if (a < 1) {
    // No series is less dispersed than Poisson: the line through (0, 1) that fits best.
    a = 1;
    b = wee > 0 ? Math.max(0, (wre - we) / wee) : 0;
  }
  return { a, b };
}

/** The divisor of a bucket whose series expects `perHour` mentions an hour: a + b·e, at least 1. */
export function divisorAt(seq: SeqState, perHour: number): number {
  const l = line(seq);
  if (!l) return seq.phi;
  return Math.min(MAX_DIVISOR, Math.max(1, l.a + l.b * perHour));
}

/** One hour learned (outside the series' episodes and told waves, LEARN_LAG_MS late): o against e. */
export function learnRateDispersion(seq: SeqState, o: number, e: number): void {
  const ex = Math.max(e, 0.5);
  const cap = Math.max(MAX_RESIDUAL, MAX_RESIDUAL_RATIO * divisorAt(seq, ex));
  const r = Math.min(cap, (o - e) ** 2 / ex);
  const s = (seq.nb as Sums | undefined) ?? [0, 0, 0, 0, 0];
  for (let i = 0; i < 5; i++) s[i] = (s[i] as number) * DECAY;
  s[0] += 1;
  s[1] += ex;
  s[2] += ex * ex;
  s[3] += r;
  s[4] += r * ex;
  seq.nb = s;
}

/** Sets the divisor of the bucket in progress from its expected count per bucket (`mu`). */
export function setBucketDivisor(seq: SeqState, bucketsPerHour: number): void {
  if (rateDispersion.on) seq.phiNow = divisorAt(seq, seq.mu * bucketsPerHour);
  else delete seq.phiNow;
}
