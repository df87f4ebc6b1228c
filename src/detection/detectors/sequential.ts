import { cusumThreshold } from "./calibration.js";
import { rateDispersion } from "./rate-dispersion.js";
import { calibratedShareThreshold, shareCalibration } from "./share-calibration.js";
import type { SurgeRun } from "./surge-realised.js";

/**
 * The sequential tests of one mention series: a bank of Poisson CUSUMs, one per rise factor k, run in
 * "expected mentions" time. Each mention of the series adds ln k; each expected mention (the seasonal
 * baseline's rate × time, or for the share series the usual share × each mention of any kind) takes
 * k − 1 off, never below 0. Counts are divided by the series' dispersion φ (quasi-Poisson): a series
 * noisier than Poisson needs proportionally more evidence. See calibration.ts for the thresholds.
 */

/** One CUSUM and the run it is in: since when it has been above 0, with what it saw and expected. */
export interface Member {
  s: number;
  /** Data time (ms) of the mention that started the run, or null at 0. */
  start: number | null;
  observed: number;
  expected: number;
}

export interface SeqState {
  /** Its sums inside the declared surge in progress (surge-realised.ts); absent outside every window. */
  surge?: SurgeRun;
  /** Expected mentions per bucket for the bucket in progress (time-clocked series). */
  mu: number;
  /** Data time (ms) the clock was last moved to. */
  lastT: number;
  /** Expected mentions accrued in the bucket in progress (what the chart shows as expected). */
  bucketExpected: number;
  /** Dispersion: variance ÷ mean of hourly counts around the baseline, at least 1. */
  phi: number;
  /** Hours the dispersion has learned from. */
  phiHours: number;
  hourObserved: number;
  hourExpected: number;
  /** The dispersion at the bucket in progress' expected count (rate-dispersion.ts); absent: φ. */
  phiNow?: number;
  /** Decayed sums of the hours' within-hour dispersion against their expected count (rate-dispersion.ts). */
  nb?: number[];
  /** Hours waiting to teach them: end, X², df, expected. */
  nbQueue?: number[];
  /** Hours waiting to teach the dispersion (told.ts): end, observed, expected. */
  phiQueue?: number[];
  /** φ without young weekdays' shape (young-phi.ts): the divisor's φ on a weekday whose shape holds. */
  phiMature?: number;
  /** The last hour φ learned from, its end and z = (o − e)/√e: a young weekday's neighbour (young-phi.ts). */
  phiPrev?: [number, number];
  /** Dispersion of the 5-minute buckets around their hour's own level (≥ 1): the noise within an hour. */
  phiIn?: number;
  /** Decayed sums of the within-hour Pearson statistic and its degrees of freedom. */
  inX2?: number;
  inDf?: number;
  /** Decayed weighted sums of the level error's variance estimates (level-error.ts): Σwu, Σw. */
  lvA?: number;
  lvB?: number;
  /** Hours waiting to teach the level error: end, observed, expected, Pearson X², its df. */
  lvQueue?: number[];
  /** Decayed sums of the level's error beyond the divisor (level-excess.ts): Σe·u, Σe, Σe²u², Σe²u, Σe². */
  lx?: number[];
  /** Hours waiting to teach them, saved before the twenty-fourth pass: end, observed, expected. */
  lxQueue?: number[];
  /** Hours waiting to teach them: end, observed, expected, the divisor in use (0: φ when learned). */
  lxq?: number[];
  /** Per hour of day: observed (0–23) and expected (24–47) sums, decayed: the series' own rhythm. */
  hod: number[];
  members: Member[];
  /** The latest mentions of the rise in progress, newest first. */
  examples: { id: string; text: string }[];
  /** Episode totals (from the start of the run that opened it). */
  epObserved: number;
  epExpected: number;
  epSince: number;
}

const MAX_EXAMPLES = 3;
const EXAMPLE_CHARS = 280;

export const newSeq = (factors: number, at: number): SeqState => ({
  mu: 0,
  lastT: at,
  bucketExpected: 0,
  phi: 1,
  phiHours: 0,
  hourObserved: 0,
  hourExpected: 0,
  hod: Array(48).fill(0),
  members: Array.from({ length: factors }, () => ({ s: 0, start: null, observed: 0, expected: 0 })),
  examples: [],
  epObserved: 0,
  epExpected: 0,
  epSince: at,
});

/**
 * Whether the baseline's error is charged as a level error per member (level-error.ts, tried in the sixth
 * pass of issue 15) instead of as a dispersion of every member's evidence with a young-baseline
 * divisor. Off: on synthetic traffic at 20,000 a day a day-to-day jump of the level the model did not
 * expect spent ten times the budget (docs/detection.md, "Sixth pass"). On only where the two are
 * measured side by side (bench/detect.ts `--charge level`, bench/detect-null.ts, the tests).
 */
export const levelCharge = { on: false };

/** What a mention's evidence is divided by: the hour's dispersion, or only the noise within an hour. */
export const divisorOf = (seq: SeqState) =>
  levelCharge.on ? Math.max(1, seq.phiIn ?? 1) : rateDispersion.on ? (seq.phiNow ?? seq.phi) : seq.phi;

/** The bucket, the hour and the episode each expected `amount` more mentions. */
function countExpected(seq: SeqState, amount: number): void {
  seq.bucketExpected += amount;
  seq.hourExpected += amount;
  seq.epExpected += amount;
}

/** `amount` expected mentions pass: every CUSUM drifts down; a run that reaches 0 ends. */
export function accrue(seq: SeqState, factors: readonly number[], amount: number, active: boolean): void {
  if (amount <= 0) return;
  countExpected(seq, amount);
  if (!active) return;
  let any = false;
  const d = divisorOf(seq);
  for (let i = 0; i < seq.members.length; i++) {
    const m = seq.members[i] as Member;
    if (m.s <= 0) {
      // A minute's step (chargeMinute) left this run at or below 0: it ends with its minute.
      if (m.start !== null) endRun(m);
      continue;
    }
    m.s -= (((factors[i] as number) - 1) * amount) / d;
    if (settle(m, amount)) any = true;
  }
  if (!any) seq.examples.length = 0;
}

const MINUTE_MS = 60_000;

/**
 * A mention stamped to the minute is read to the minute. Many real sources stamp so (the airline tweets
 * do), which puts a busy minute's mentions on one instant; read to the millisecond, that instant is a
 * cluster no Poisson rate allows, and the k = 15 test of a busy series fired on it (192 false alarms a
 * week on the bench's large shop stamped to the minute, `dev`; 0.6 read to the minute). So such a
 * mention charges its minute's whole expected count to every test, runs at 0 included, and no run ends
 * before its minute does (accrue ends it): the minute is one step of a CUSUM on minute counts,
 * max(0, S + n ln k − (k − 1)λ). Its value at any mention is at most the continuous test's (fewer
 * windows, each charged at least as much), so the thresholds still bound the false alarms.
 */
function chargeMinute(
  seq: SeqState,
  factors: readonly number[],
  t: number,
  bucketMs: number,
  active: boolean,
) {
  const end = Math.floor(t / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  if (end <= seq.lastT) return;
  moveClock(seq, factors, end - MINUTE_MS, bucketMs, active);
  const amount = (seq.mu * (end - seq.lastT)) / bucketMs;
  seq.lastT = end;
  if (amount <= 0) return;
  countExpected(seq, amount);
  if (!active) return;
  const d = divisorOf(seq);
  for (let i = 0; i < seq.members.length; i++) {
    const m = seq.members[i] as Member;
    m.s -= (((factors[i] as number) - 1) * amount) / d;
    m.expected += amount;
  }
}

/**
 * The longest rise a run may explain: twice the longest window the detector is asked to see (a wave that
 * builds over three hours). A run older than that starts again from 0. Without this, a run a wave started
 * in a sparse series (below its threshold, as the wave was announced by other series) keeps its evidence
 * for days and tips over on an ordinary cluster a day later, naming a rise that is long over; a run only
 * ever loses evidence by this, so the false-alarm bound holds.
 */
export const MAX_RUN_MS = 6 * 3_600_000;

/** A run ends: its evidence and what it counted go back to nothing. */
function endRun(m: Member): void {
  m.s = 0;
  m.start = null;
  m.observed = 0;
  m.expected = 0;
}

/** A run that fell to 0 ends; one still going counts `expected` more. True while it goes on. */
function settle(m: Member, expected: number): boolean {
  if (m.s <= 0) {
    endRun(m);
    return false;
  }
  m.expected += expected;
  return true;
}

/** The newest mention of a rise, kept short, among the few an alert quotes. */
function keepExample(seq: SeqState, id: string, text: string): void {
  seq.examples.unshift({
    id,
    text: text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS - 1)}…` : text,
  });
  if (seq.examples.length > MAX_EXAMPLES) seq.examples.length = MAX_EXAMPLES;
}

function expire(seq: SeqState, t: number): void {
  for (const m of seq.members) if (m.start !== null && t - m.start > MAX_RUN_MS) endRun(m);
}

/**
 * A mention of a time-clocked series at `t` moves its clock: to the end of its minute when it is stamped
 * on a whole minute (chargeMinute; one stamped to the millisecond lands there once in 60,000), else to `t`.
 */
export function clockMention(
  seq: SeqState,
  factors: readonly number[],
  t: number,
  bucketMs: number,
  active: boolean,
) {
  if (t % MINUTE_MS === 0) chargeMinute(seq, factors, t, bucketMs, active);
  else moveClock(seq, factors, t, bucketMs, active);
}

/** Moves a time-clocked series' clock to `t` at the rate of the bucket in progress. */
export function moveClock(
  seq: SeqState,
  factors: readonly number[],
  t: number,
  bucketMs: number,
  active: boolean,
) {
  if (t > seq.lastT) accrue(seq, factors, (seq.mu * (t - seq.lastT)) / bucketMs, active);
  seq.lastT = Math.max(seq.lastT, t);
  expire(seq, t);
}

/** One mention of the series at `t`. */
export function hit(
  seq: SeqState,
  factors: readonly number[],
  t: number,
  id: string,
  text: string | undefined,
  active: boolean,
): void {
  seq.hourObserved++;
  seq.epObserved++;
  if (!active) return;
  expire(seq, t);
  const d = divisorOf(seq);
  for (let i = 0; i < seq.members.length; i++) {
    const m = seq.members[i] as Member;
    if (m.start === null) m.start = t;
    m.s += Math.log(factors[i] as number) / d;
    m.observed++;
  }
  if (text !== undefined) {
    keepExample(seq, id, text);
  }
}

/**
 * One mention of any kind on the share series' clock: a binomial CUSUM per factor k, for the odds of a
 * mention being negative rising k-fold from the usual share p. A negative mention adds ln(p₁/p), any
 * other takes ln((1 − p)/(1 − p₁)) off, with p₁ = kp/(1 − p + kp): the exact log-likelihood ratio of
 * "the share rose since the run began", whatever the volume does. (The Poisson form it replaces counted
 * each mention as p expected negatives; it is mute once p is above 1/k of every factor's break-even,
 * about 55 % for k = 3, which is where a support account lives.)
 */
export function shareStep(
  seq: SeqState,
  factors: readonly number[],
  p: number,
  negative: boolean,
  t: number,
  id: string,
  text: string | undefined,
  active: boolean,
): void {
  seq.bucketExpected += p;
  seq.hourExpected += p;
  seq.epExpected += p;
  if (negative) {
    seq.hourObserved++;
    seq.epObserved++;
  }
  if (!active) return;
  expire(seq, t);
  let any = false;
  for (let i = 0; i < seq.members.length; i++) {
    const m = seq.members[i] as Member;
    const p1 = oddsRisen(p, factors[i] as number);
    if (negative) {
      if (m.s <= 0) m.start = t;
      m.s += Math.log(p1 / p) / seq.phi;
      m.observed++;
    } else if (m.s > 0) m.s -= Math.log((1 - p) / (1 - p1)) / seq.phi;
    if (settle(m, p)) any = true;
  }
  if (negative && text !== undefined) {
    keepExample(seq, id, text);
  } else if (!any) seq.examples.length = 0;
}

/** The share whose odds are k times those of p. */
export const oddsRisen = (p: number, k: number) => (k * p) / (1 - p + k * p);

/**
 * The binomial CUSUM's threshold. The bound: a run starts at a negative mention found at 0 (at most a
 * share p of mentions), and from there e^(S − ln(p₁/p)) is a likelihood-ratio martingale under the
 * usual share, so by Ville's inequality the run reaches h with probability at most e^−(h − ln(p₁/p)):
 * false alarms per expected negative are at most (p₁/p)·e^−h, and a series expecting W negatives a week
 * within a budget b needs h = ln((p₁/p)·W/b). The bound is 5–20 times above the test's false alarms;
 * with `shareCalibration.on` (share-calibration.ts, off in the product) the threshold is the measured
 * one where the share is on its grid, never above the bound. The members are summed (Bonferroni) where
 * the bound speaks, not discounted by the Poisson bank's measured overlap.
 */
export function shareThreshold(p: number, k: number, weeklyExpected: number, alarmsPerWeek: number): number {
  const jump = Math.log(oddsRisen(p, k) / p);
  const bound = Math.log((Math.exp(jump) * Math.max(weeklyExpected, 1e-6)) / alarmsPerWeek);
  const measured = shareCalibration.on
    ? calibratedShareThreshold(p, k, weeklyExpected, alarmsPerWeek)
    : undefined;
  return Math.max(jump, measured === undefined ? bound : Math.min(bound, measured));
}

export interface Firing {
  member: Member;
  factor: number;
  threshold: number;
}

/**
 * The CUSUM past its threshold with the most evidence over it, or null. `weeklyExpected` is the series'
 * expected mentions a week and `alarmsPerWeek` its share of the workspace's false-alarm budget, already
 * split across the bank.
 */
export function firing(
  seq: SeqState,
  factors: readonly number[],
  weeklyExpected: number,
  alarmsPerWeek: number,
  minCount: number,
  /** ≥ 1: how much less a young baseline is trusted (its error counts as more dispersion). */
  youth = 1,
  /** The share series' threshold for factor k and a week's scaled expectation (shareThreshold). */
  thresholdOf: (k: number, weekly: number) => number = (k, weekly) =>
    cusumThreshold(k, weekly, alarmsPerWeek),
  /** What the evidence was divided by (shareStep: always φ, which its series never replaces). */
  divisor = divisorOf(seq),
): Firing | null {
  let best: Firing | null = null;
  let margin = 0;
  for (let i = 0; i < seq.members.length; i++) {
    const m = seq.members[i] as Member;
    const k = factors[i] as number;
    if (m.s <= 0 || m.observed < minCount) continue;
    const threshold = thresholdOf(k, weeklyExpected / (divisor * youth));
    const s = m.s / youth;
    if (s >= threshold && s - threshold >= margin) {
      best = { member: m, factor: k, threshold };
      margin = s - threshold;
    }
  }
  return best;
}

/** Every run ends: after an episode the tests start from nothing. */
export function resetRuns(seq: SeqState): void {
  for (const m of seq.members) endRun(m);
  seq.examples.length = 0;
}

/**
 * Drops the runs that began at or after `since`: evidence a wave already explained. When an episode
 * ends, the wave it named is over and was told; a sparse series whose run began inside that wave (below
 * its own threshold, the wave being announced by another series) would otherwise keep the wave's
 * mentions as evidence and tip over on an ordinary cluster hours later, naming a rise that is long over.
 * Only evidence is removed, so the bound on false alarms holds.
 */
export function dropRunsSince(seq: SeqState, since: number): void {
  let any = false;
  for (const m of seq.members) {
    if (m.start !== null && m.start >= since) endRun(m);
    else if (m.s > 0) any = true;
  }
  if (!any) seq.examples.length = 0;
}
