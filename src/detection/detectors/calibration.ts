import { seededRandom } from "./synthetic.js";

/**
 * How often a Poisson CUSUM raises a false alarm, so thresholds follow from a false-alarm budget.
 *
 * Measured in "expected mentions" rather than in minutes, a series' traffic under the baseline is a
 * Poisson process of rate 1 whatever its size or rhythm (the time change Λ(t) = ∫ expected). A CUSUM
 * tuned for a rise to k× jumps by ln k at each mention and drifts down by k − 1 per expected mention.
 * Its false alarms per expected mention, r(k, h), are computed once per k for every threshold h on a
 * grid (seeded: the same everywhere), so a series expecting W mentions a week with a budget of b alarms
 * a week gets the smallest h with W·r(k, h) ≤ b: a sparse shop and a busy one get thresholds from the
 * same budget, no constant tuned on any data set.
 *
 * r(k, h) is exact up to simulation noise, not an asymptote: a run (an excursion of the CUSUM above 0)
 * starts at a mention that finds it at 0 (a share ν(k) of mentions, exact: runStarts), and
 * reaches h with probability q(k, h). Within a run the statistic is the log-likelihood ratio S of
 * "k× since the run began" (the starting mention aside), so by a change of measure q(k, h) =
 * k·E_k[e^−S_τ; the run reaches h], simulated under the risen rate, where reaching h is common: every
 * threshold is measured with the same precision, however rare its alarms. (The first version measured
 * one constant C(k) = r·e^h at h = 5–7 and used C(k)·e^−h everywhere; for large jumps r·e^h swings with
 * h by how far a whole number of jumps overshoots h: for k = 15 between 2.6 and 5.7, so the single
 * constant, its largest value plus a tenth, charged sparse series up to 0.9 nats too much.)
 */

/** Grid of thresholds, in nats. */
const STEP = 0.02;
const H_MAX = 30;
/** Simulated runs under the risen rate, per k. */
const RUNS = 20_000;
/** The simulation's own noise (about 1 % at 20,000 runs) must not spend the budget. */
const MARGIN = 1.05;

export interface Curve {
  /** False alarms per expected mention at threshold i·STEP, margin included; non-increasing. */
  rate: Float64Array;
  /** r·e^h averaged over the last jump below H_MAX: the tail beyond the grid is C·e^−h. */
  tail: number;
}

const curves = new Map<number, Curve>();

/**
 * ν(k): the share of mentions that start a run, under the usual rate. Between mentions the statistic
 * falls by (k − 1) per expected mention and each mention adds ln k: Lindley's recursion of an M/D/1
 * queue (Poisson arrivals at rate 1/(k − 1), service ln k), whose arrivals find it empty with
 * probability 1 − load (arrivals see time averages), load = ln k ÷ (k − 1). Exact, where a simulation of
 * a million mentions was 4 % off for k near 1 and took a tenth of a second per k.
 */
export const runStarts = (k: number): number => 1 - Math.log(k) / (k - 1);

/**
 * One step of a simulated run on a grid of thresholds: the run's weight e^−s is added to every
 * threshold its statistic s reaches for the first time (those above `top`, the highest grid index
 * already reached), so each threshold counts a run once, at its first value at or above it. Returns the
 * new top. The share test's calibration (share-calibration.ts) records its runs the same way.
 */
export function reachGrid(q: Float64Array, s: number, top: number, step: number): number {
  const hi = Math.min(q.length - 1, Math.floor(s / step));
  if (hi <= top) return top;
  const w = Math.exp(-s);
  for (let i = top + 1; i <= hi; i++) q[i] = (q[i] as number) + w;
  return hi;
}

/**
 * The first grid index i in 0…n whose false-alarm rate at(i), non-increasing in i, is at or under the
 * target (n when none is): the smallest threshold a budget allows.
 */
export function firstAtOrBelow(n: number, at: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid) <= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Precision {
  runs: number;
  hMax: number;
}
const EXACT: Precision = { runs: RUNS, hMax: H_MAX };

function curveOf(k: number, how: Precision = EXACT, cache: Map<number, Curve> = curves): Curve {
  const cached = cache.get(k);
  if (cached) return cached;
  const jump = Math.log(k);
  const n = Math.max(Math.round(jump / STEP) + 2, Math.round(how.hMax / STEP));
  const q = new Float64Array(n + 1);
  const rand = seededRandom(Math.round(k * 1000));
  for (let run = 0; run < how.runs; run++) {
    let s = jump;
    let top = -1;
    for (;;) {
      top = reachGrid(q, s, top, STEP);
      if (top >= n) break;
      s -= (k - 1) * (-Math.log(1 - rand()) / k);
      if (s <= 0) break;
      s += jump;
    }
  }
  const scale = (runStarts(k) * k * MARGIN) / how.runs;
  const rate = q.map((v) => v * scale);
  const from = Math.max(0, n - Math.round(jump / STEP));
  let tail = 0;
  for (let i = from; i <= n; i++) tail += (rate[i] as number) * Math.exp(i * STEP);
  const curve = { rate, tail: tail / (n - from + 1) };
  cache.set(k, curve);
  return curve;
}

/** r from a curve at any h ≥ 0: the grid, then the tail C·e^−h beyond it. */
function rateOn(c: Curve, h: number): number {
  const n = c.rate.length - 1;
  if (h <= 0) return c.rate[0] as number;
  const i = Math.ceil(h / STEP - 1e-9);
  return i > n ? Math.min(c.rate[n] as number, c.tail * Math.exp(-h)) : (c.rate[i] as number);
}

/** r(k, h): false alarms per expected mention of a CUSUM for a rise to k× with threshold h. */
export function falseAlarmRate(k: number, h: number): number {
  const c = curveOf(k);
  if (h >= H_MAX) return c.tail * Math.exp(-h);
  return rateOn(c, h);
}

/** C(k) = r·e^h for large h: the rate's asymptotic constant (grows with the jump's overshoot). */
export const tailConstant = (k: number): number => curveOf(k).tail;

const bankCache = new Map<string, number>();
/** Per-member false-alarm rate (per expected mention) at which the bank's union rate is measured. */
const BANK_PROBE_RATE = 1e-3;
const ALARMS_WANTED = 1500;
const MAX_EVENTS = 4_000_000;

/**
 * D(k₁…kₙ): how many independent tests a bank of CUSUMs on the same series is worth. The members see
 * the same mentions, so their false alarms mostly coincide: the union's rate is D times one member's,
 * with 1 ≤ D ≤ n. Measured like C(k): every member at the same per-member rate, all restarting when any
 * alarms, on the unit-rate process. Splitting the budget by D instead of n (Bonferroni) keeps the
 * bank's false alarms at the budget without paying for the overlap.
 */
export function bankFactor(factors: readonly number[]): number {
  // Asked for on every negative mention with the same config array: no key string is joined for it.
  const last = lastBank;
  if (last && last.factors === factors && sameNumbers(factors, last.copy)) return last.value;
  const value = bankFactorOf(factors);
  lastBank = { factors, copy: [...factors], value };
  return value;
}

let lastBank: { factors: readonly number[]; copy: number[]; value: number } | undefined;
const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function bankFactorOf(factors: readonly number[]): number {
  const key = factors.join(",");
  const cached = bankCache.get(key);
  if (cached !== undefined) return cached;
  if (factors.length <= 1) return 1;
  const rand = seededRandom(factors.length * 7919 + Math.round(factors[0] ?? 0));
  const h = factors.map((k) => cusumThreshold(k, 1, BANK_PROBE_RATE));
  const s = factors.map(() => 0);
  let t = 0;
  let alarms = 0;
  let events = 0;
  while (events < MAX_EVENTS && alarms < ALARMS_WANTED) {
    const dt = -Math.log(1 - rand());
    t += dt;
    events++;
    let fired = false;
    for (let i = 0; i < factors.length; i++) {
      const k = factors[i] as number;
      const v = Math.max(0, (s[i] as number) - (k - 1) * dt) + Math.log(k);
      s[i] = v;
      if (v >= (h[i] as number)) fired = true;
    }
    if (fired) {
      alarms++;
      s.fill(0);
    }
  }
  // The measured union rate over one member's budgeted rate; the tenth more is the measurement's noise.
  const value = Math.min(factors.length, Math.max(1, (alarms / t / BANK_PROBE_RATE) * 1.1));
  bankCache.set(key, value);
  return value;
}

/**
 * The CUSUM threshold h for which a series expecting `weeklyExpected` (dispersion-scaled) mentions a
 * week raises at most `alarmsPerWeek` false alarms a week: the smallest h on the grid with
 * W·r(k, h) ≤ budget. Never below one jump: a single mention is not a wave.
 */
export function cusumThreshold(k: number, weeklyExpected: number, alarmsPerWeek: number): number {
  const target = alarmsPerWeek / Math.max(weeklyExpected, 1e-6);
  const c = curveOf(k);
  const n = c.rate.length - 1;
  let h: number;
  if ((c.rate[n] as number) > target) h = Math.log(c.tail / target);
  else h = firstAtOrBelow(n, (i) => c.rate[i] as number, target) * STEP;
  return Math.max(Math.log(k), h);
}

const auxiliary = new Map<number, Curve>();

/**
 * r(k', h) for the rise factors k' = k^θ the level-error model needs (level-error.ts): simulated like
 * the product's factors but with fewer runs (about 3 % precision, the 5 % margin kept) and only up to
 * the thresholds that model asks of them (θ times the grid's).
 */
export function auxiliaryRate(k: number, h: number, theta: number): number {
  return rateOn(auxiliaryCurve(k, theta), h);
}

const auxiliaryPrecision = (theta: number): Precision => ({
  runs: 5000,
  hMax: Math.min(H_MAX, H_MAX * theta + 1),
});

/** The curve auxiliaryRate reads, built (about 15 ms) and cached on first use. */
export const auxiliaryCurve = (k: number, theta: number): Curve =>
  curveOf(k, auxiliaryPrecision(theta), auxiliary);

/** Curves built so far, in the order they were built (a warming thread hands them over). */
export const auxiliaryBuilt = (): [number, Curve][] => [...auxiliary.entries()];

/** Takes a curve another thread built with the same code and seed: identical to building it here. */
export function installAuxiliary(k: number, curve: Curve): void {
  if (!auxiliary.has(k)) auxiliary.set(k, curve);
}

/**
 * The smallest threshold on a rate curve (false alarms per expected mention at h = i·step, non-increasing)
 * with W·rate ≤ budget; beyond the curve, extrapolated at the curve's last slope. Never below one jump.
 */
export function rateCurveThreshold(
  k: number,
  rate: Float64Array,
  step: number,
  weeklyExpected: number,
  alarmsPerWeek: number,
): number {
  const target = alarmsPerWeek / Math.max(weeklyExpected, 1e-6);
  const n = rate.length - 1;
  let h: number;
  if ((rate[n] as number) > target) {
    const back = Math.round(1 / step);
    const slope = Math.max(0.1, Math.log((rate[n - back] as number) / (rate[n] as number)));
    h = n * step + Math.log((rate[n] as number) / target) / slope;
  } else h = firstAtOrBelow(n, (i) => rate[i] as number, target) * step;
  return Math.max(Math.log(k), h);
}
