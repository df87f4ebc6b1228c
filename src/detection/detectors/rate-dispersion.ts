import type { SeqState } from "./sequential.js";
import { duringTold, LEARN_LAG_MS, type Told } from "./told.js";

/*
 * A dispersion that grows with the expected count (sixteenth pass of issue 15). φ, one number per series,
 * is right on average over a series' hours but not at any one of them when the noise grows with the
 * rate: a rate mixed within the minute (variance μ + σ²μ², a negative binomial) leaves a dense series'
 * quiet hours near Poisson and its evening peak many times over it. That noise is measured where it
 * lives, inside the hour: each hour's 5-minute buckets against the hour's own count spread by their
 * expected shares (a Pearson statistic X² with df = buckets − 1, mean df under Poisson whatever the
 * baseline's error), so a level that is off for hours, or a real rise the tests did not name, does not
 * count as noise (the hourly residuals would: fitted on them, the line a + b·e deafened a real
 * backlash's peak hours on the airline replay). X²/df has mean a + b·e at e expected an hour under
 * variance a·e + b·e², so a and b are the line through the series' own hours (least squares over
 * decayed sums, the half-life of φ), and the tests divide a bucket's evidence by the larger of φ and
 * a + b·e at its expected hourly count. Using the divisor of the moment in the threshold too keeps the
 * budget: a member's alarms per expected mention at φ are r(k, h)/φ with (W/φ)·r(k, h) = b, so each
 * expected mention spends b/W whatever the hour's φ, and a week spends b.
 */

/** Off: one φ per series, as before the sixteenth pass (bench/detect-null.ts `--nb off`, the tests). */
export const rateDispersion = { on: true };

const HOUR_MS = 3_600_000;
const HALF_LIFE_HOURS = 168;
const DECAY = 0.5 ** (1 / HALF_LIFE_HOURS);
/** Hours of a series' own (decayed) history before the line counts; each carries about 11 df. */
const MIN_HOURS = 12;
/** One hour's X²/df counts at most this many times the line's value there (or 5). */
const MAX_RATIO = 5;
const MAX_DIVISOR = 50;

/** Σw, Σw·e, Σw·e², Σw·r, Σw·r·e over the hours learned (decayed), w the hour's df ÷ 11. */
type Sums = [number, number, number, number, number];

/** The line a + b·e through the hours' within-hour dispersions, or null while it has too few hours. */
function line(seq: SeqState): { a: number; b: number } | null {
  const s = seq.nb as Sums | undefined;
  if (!s || s[0] < MIN_HOURS) return null;
  const [w, we, wee, wr, wre] = s;
  const meanE = we / w;
  const meanR = wr / w;
  const varE = wee / w - meanE * meanE;
  let b = varE > 1e-9 * Math.max(1, meanE * meanE) ? Math.max(0, (wre / w - meanE * meanR) / varE) : 0;
  let a = meanR - b * meanE;
  if (a < 1) {
    // No series is less dispersed than Poisson: the line through (0, 1) that fits best.
    a = 1;
    b = wee > 0 ? Math.max(0, (wre - we) / wee) : 0;
  }
  return { a, b };
}

/** The divisor of a bucket whose series expects `perHour` mentions an hour: φ, or a + b·e where larger. */
export function divisorAt(seq: SeqState, perHour: number): number {
  const l = line(seq);
  if (!l) return seq.phi;
  return Math.min(MAX_DIVISOR, Math.max(seq.phi, l.a + l.b * perHour));
}

/**
 * The most one hour may teach φ: 25 (a wave we missed, a feed's outage), or five times the noise the
 * series shows inside an hour at that expected count where that is more. Under a rate mixed within the
 * minute the baseline learns from noisier counts and is off by more, and at 25 a dense series' φ could
 * not see it: at 20,000 a day the evening hours' (o − e)²/e ran at 30–900 and were read as 25.
 */
export function residualCap(seq: SeqState, perHour: number): number {
  const l = rateDispersion.on ? line(seq) : null;
  return l ? Math.max(25, MAX_RATIO * (l.a + l.b * perHour)) : 25;
}

function learn(seq: SeqState, x2: number, df: number, e: number): void {
  const line0 = line(seq);
  const cap = MAX_RATIO * Math.max(1, line0 ? line0.a + line0.b * e : 1);
  const r = Math.min(cap, x2 / df);
  const w = df / 11;
  const s = (seq.nb as Sums | undefined) ?? [0, 0, 0, 0, 0];
  for (let i = 0; i < 5; i++) s[i] = (s[i] as number) * DECAY;
  s[0] += w;
  s[1] += w * e;
  s[2] += w * e * e;
  s[3] += w * r;
  s[4] += w * r * e;
  seq.nb = s;
}

/**
 * At the end of each hour: queues its buckets' within-hour X² (outside the series' own episodes) and
 * learns the hours that are LEARN_LAG_MS old and were not inside a told wave, as φ does (told.ts).
 */
export function queueWithinHour(
  seq: SeqState,
  end: number,
  counts: readonly number[],
  expected: readonly number[],
  learnNow: boolean,
  told: Told | undefined,
): void {
  const q = seq.nbQueue ?? [];
  seq.nbQueue = q;
  let o = 0;
  let e = 0;
  for (let i = 0; i < counts.length; i++) {
    o += counts[i] as number;
    e += expected[i] as number;
  }
  if (learnNow && e > 0 && o > 0) {
    let x2 = 0;
    let df = -1;
    for (let i = 0; i < counts.length; i++) {
      const m = (o * (expected[i] as number)) / e;
      if (m <= 0) continue;
      x2 += ((counts[i] as number) - m) ** 2 / m;
      df++;
    }
    if (df > 0) q.push(end, x2, df, e);
  }
  while (q.length >= 4 && (q[0] as number) <= end - LEARN_LAG_MS) {
    const [at, x2, df, he] = q.splice(0, 4) as [number, number, number, number];
    if (!duringTold(told, at - HOUR_MS, at)) learn(seq, x2, df, he);
  }
}

/** Sets the divisor of the bucket in progress from its expected count per bucket (`mu`). */
export function setBucketDivisor(seq: SeqState, bucketsPerHour: number): void {
  if (rateDispersion.on) seq.phiNow = divisorAt(seq, seq.mu * bucketsPerHour);
  else delete seq.phiNow;
}
