import type { SeqState } from "./sequential.js";
import { drainLearned, type Told } from "./told.js";
import { withinHour } from "./within-hour.js";

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

/** Off: the line itself raises the divisor, as in the sixteenth pass (bench `--nb-shrink off`, the tests). */
export const lineShrunk = { on: true };

/**
 * A young series' line (twenty-first pass, bench `--young-line off|scope|early|both`). `scope`: a series
 * whose own line is not shown yet divides by its scope's (the all-mentions series') line at its own rate;
 * off, by φ until its own line stands. `early`: the line learns from the first hour, not from the end of
 * the warm-up: an hour's buckets are read against the hour's own count, which a baseline still learning
 * its level and shape does not disturb. Off in the product: on, `gamma` at 20,000 a day fell from 5.83
 * to 0.44 false alarms a week on days 2–14, but `weekend` at 3,000 a day rose 7.15 → 7.58, the held-out
 * small shop's median delay 23.7 → 27.9 minutes, and the airline replay told 19 February's rise 13
 * minutes later (docs/detection.md, "Twenty-first pass").
 */
export const youngLine = { scope: false, early: false };

const HALF_LIFE_HOURS = 168;
const DECAY = 0.5 ** (1 / HALF_LIFE_HOURS);
/** Hours of a series' own (decayed) history before the line counts; each carries about 11 df. */
const MIN_HOURS = 12;
/** One hour's X²/df counts at most this many times the line's value there (or 5). */
const MAX_RATIO = 5;
const MAX_DIVISOR = 50;

/**
 * Σw, Σw·e, Σw·e², Σw·r, Σw·r·e, Σw·ρ², Σw² over the hours learned (decayed), w the hour's df ÷ 11, ρ
 * an hour's X²/df relative to what the line said before it, (r − L) ÷ L. The last two (seventeenth pass)
 * measure how well the line is determined; a state saved before has five.
 */
type Sums = [number, number, number, number, number, number, number];

/** The line a + b·e through the hours' within-hour dispersions, and how well it is determined. */
interface Line {
  a: number;
  b: number;
  /** Relative residual variance of an hour's X²/df around the line, per unit weight. */
  s2: number;
  /** Kish's effective number of hours behind the sums, (Σw)² ÷ Σw². */
  n: number;
  meanE: number;
  varE: number;
}

/** Standard errors the line must stand above Poisson by before it counts (see below). */
export const LINE_Z = 2;

/** The line's value at e expected an hour. */
const valueAt = (l: { a: number; b: number }, e: number) => l.a + l.b * e;

/** Least squares over the decayed sums, clamped to a ≥ 1 and b ≥ 0. */
function fitLine(s: readonly number[]): { a: number; b: number; meanE: number; varE: number } {
  const [w, we, wee, wr, wre] = s as [number, number, number, number, number];
  const meanE = we / w;
  const meanR = wr / w;
  const varE = Math.max(0, wee / w - meanE * meanE);
  let b = varE > 1e-9 * Math.max(1, meanE * meanE) ? Math.max(0, (wre / w - meanE * meanR) / varE) : 0;
  let a = meanR - b * meanE;
  if (a < 1) {
    // No series is less dispersed than Poisson: the line through (0, 1) that fits best.
    a = 1;
    b = wee > 0 ? Math.max(0, (wre - we) / wee) : 0;
  }
  return { a, b, meanE, varE };
}

/**
 * A state saved before the seventeenth pass has five sums: each hour's X²/df is taken as the line's
 * value times a χ² with 11 df over 11 (relative variance 2/11), and its hours as undecayed (Σw² = Σw,
 * half the effective hours the decay gives, so its line must clear φ by more until it relearns).
 */
function widen(s: number[]): Sums {
  if (s.length >= 7) return s as Sums;
  const w = (s[0] as number) > 0 ? (s[0] as number) : 0;
  return w > 0 ? ([...s.slice(0, 5), (w * 2) / 11, w] as Sums) : [0, 0, 0, 0, 0, 0, 0];
}

/** The line through a series' hours, or null while it has too few hours. */
function line(seq: SeqState): Line | null {
  const s = seq.nb ? widen(seq.nb) : undefined;
  if (!s || s[0] < MIN_HOURS) return null;
  const [w, , , , , wrr, ww] = s;
  const { a, b, meanE, varE } = fitLine(s);
  const n = ww > 0 ? (w * w) / ww : w;
  return { a, b, s2: (wrr / w) * (n > 3 ? n / (n - 2) : 3), n, meanE, varE };
}

/**
 * The line at e where it stands LINE_Z of its own standard errors above Poisson (1), else φ (seventeenth
 * pass). The sixteenth pass used the line wherever it was over φ, and on sparse series (a few mentions
 * an hour, where an hour's X²/df is 1 on average and very noisy) the clamps a ≥ 1 and b ≥ 0 keep only
 * the fits that land above 1: a small shop's divisor sat over φ by noise alone, which only slowed it.
 * The line is a correction for noise inside the hour, so it counts once the hours show such noise at
 * all, and then at its value: tested against φ instead, or lowered by its error, it fell under the truth
 * on dense series whose line is modestly above φ and overspent there (`gamma` at 20,000 a day, docs).
 * The error is relative: an hour's X²/df is the line times a scaled χ², whose spread grows with the
 * line, so the hours' residuals are taken relative to the line and the error is the line times their
 * spread over the effective hours, widened away from the mean expected count by leverage.
 */
function counted(l: Line, e: number, phi: number): number {
  if (!lineShrunk.on) return valueAt(l, e);
  const { value, se } = bounds(l, e);
  return value - LINE_Z * se > 1 ? value : phi;
}

/** The line's value at e and its standard error there (see counted). */
function bounds(l: Line, e: number): { value: number; se: number } {
  const value = valueAt(l, e);
  const lever = l.varE > 0 ? (e - l.meanE) ** 2 / l.varE : 0;
  return { value, se: value * Math.sqrt((l.s2 / l.n) * (1 + lever)) };
}

/**
 * The scope's slope at a narrower series' rate, 1 + b·e, where the scope's own line stands LINE_Z
 * standard errors above Poisson at the scope's mean expected count; else undefined. A rate mixed within
 * the minute mixes every series of the workspace alike, and a series at e expected an hour then shows
 * variance e + b·e², the scope's b: the noise grows with the series' own expected count, not the
 * scope's, so a sparse series' prior is near 1 and a dense one's near the scope's line at its rate. The
 * intercept is not passed on: clumps of posts (threads, copies) need not fall in every narrow series.
 */
function scopePrior(scope: SeqState | undefined, e: number): number | undefined {
  const l = scope ? line(scope) : null;
  if (!l) return undefined;
  const at = bounds(l, l.meanE);
  return at.value - LINE_Z * at.se > 1 ? 1 + l.b * e : undefined;
}

/**
 * The divisor of a bucket whose series expects `perHour` mentions an hour: φ, or the line where shown
 * above it; with `youngLine.scope` and the series' own line not shown, the scope's line at its rate until
 * the series' own hours stand LINE_Z standard errors under that prior (its noise is its own after all).
 */
export function divisorAt(seq: SeqState, perHour: number, scope?: SeqState, phi = seq.phi): number {
  const l = line(seq);
  const own = l ? counted(l, perHour, 0) : 0;
  if (own > 0 || !lineShrunk.on) return Math.min(MAX_DIVISOR, Math.max(phi, own));
  const prior = youngLine.scope && scope && scope !== seq ? scopePrior(scope, perHour) : undefined;
  if (prior === undefined) return phi;
  if (l) {
    const { value, se } = bounds(l, perHour);
    if (value + LINE_Z * se < prior) return phi;
  }
  return Math.min(MAX_DIVISOR, Math.max(phi, prior));
}

/**
 * The most one hour may teach φ: 25 (a wave we missed, a feed's outage), or five times the noise the
 * series shows inside an hour at that expected count where that is more. Under a rate mixed within the
 * minute the baseline learns from noisier counts and is off by more, and at 25 a dense series' φ could
 * not see it: at 20,000 a day the evening hours' (o − e)²/e ran at 30–900 and were read as 25.
 */
export function residualCap(seq: SeqState, perHour: number): number {
  const l = rateDispersion.on ? line(seq) : null;
  return l ? Math.max(25, MAX_RATIO * valueAt(l, perHour)) : 25;
}

function learn(seq: SeqState, x2: number, df: number, e: number): void {
  const line0 = line(seq);
  const said = line0 ? valueAt(line0, e) : undefined;
  const r = Math.min(MAX_RATIO * Math.max(1, said ?? 1), x2 / df);
  // Relative to what the line said before this hour; its first hours count as a χ² of 11 df (2/11).
  const rho2 = said === undefined ? 2 / 11 : ((r - said) / said) ** 2;
  const w = df / 11;
  const s: Sums = seq.nb ? widen(seq.nb) : [0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 6; i++) s[i] = (s[i] as number) * DECAY;
  s[6] = (s[6] as number) * DECAY * DECAY;
  s[0] += w;
  s[1] += w * e;
  s[2] += w * e * e;
  s[3] += w * r;
  s[4] += w * r * e;
  s[5] += w * rho2;
  s[6] += w * w;
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
  const { o, e, x2, df } = withinHour(counts, expected);
  if (learnNow && e > 0 && o > 0 && df > 0) q.push(end, x2, df, e);
  drainLearned(q, 4, end, told, (row) => {
    const [, x2, df, he] = row as [number, number, number, number];
    learn(seq, x2, df, he);
  });
}

/**
 * Sets the divisor of the bucket in progress from its expected count per bucket (`mu`). `mature`: the
 * bucket's weekday has its own shape corrected, and φ is the one that did not learn young weekdays'
 * shape (young-phi.ts).
 */
export function setBucketDivisor(
  seq: SeqState,
  bucketsPerHour: number,
  scope?: SeqState,
  mature = false,
): void {
  const phi = mature ? (seq.phiMature ?? seq.phi) : seq.phi;
  if (rateDispersion.on) seq.phiNow = divisorAt(seq, seq.mu * bucketsPerHour, scope, phi);
  else delete seq.phiNow;
}
