import { falseAlarmRate, firstAtOrBelow, reachGrid } from "./calibration.js";
import { seededRandom } from "./synthetic.js";

/**
 * How often the binomial share test (sequential.ts `shareStep`) raises a false alarm, measured rather
 * than bounded, so its threshold pays for its own false alarms and not for Ville's inequality's slack.
 *
 * The test's false alarms per expected negative, R(p, k, h), depend on the usual share p (a negative
 * adds a = ln(p₁/p), any other mention takes b = ln(1 − p + kp) off), so there is one curve per factor
 * k and per share on a grid, simulated the first time a threshold near that share is asked for and kept.
 * Like the Poisson bank's (calibration.ts): a run starts at a negative that finds the test at 0 (a share
 * ν of negatives, simulated under the usual share), and from there the statistic minus its first jump is
 * the log-likelihood ratio of the share p₁ against p, so by a change of measure the run reaches h with
 * probability e^a·E₁[e^−S; S reaches h], simulated under the risen share where reaching h is common.
 * Between grid shares ln R is interpolated linearly; below the first the curve goes to the Poisson
 * bank's r(k, h), the limit of a rare negative. Above the last grid share the bound stays alone.
 */

/**
 * Off in the product: measured thresholds bought no wave on the bench's `dev` half (the share series
 * was never the first to find one, with or without them) and cost false alarms there, the real share
 * moving more from hour to hour than a binomial at one usual share (docs/detection.md, "Eighteenth
 * pass"). On where they are measured: bench/detect.ts `--share-cal on`, bench/detect-null.ts mode
 * `measured`, the tests.
 */
export const shareCalibration = { on: false };

/** Grid of thresholds, in nats, as the Poisson bank's. */
const STEP = 0.02;
/** Thresholds beyond are extrapolated as C·e^−h (the steps near a high share are small: no overshoot). */
const H_MAX = 20;
/** Usual shares simulated. Above the last, runs crawl (the risen share barely differs) and the bound is kept. */
export const SHARE_GRID = [0.01, 0.03, 0.06, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
/**
 * Runs simulated under the risen share, per (share, k): as many as about WORK negatives allow, within
 * bounds. Near a high share a run takes thousands of small steps to climb, but its weight e^−S barely
 * varies (no overshoot), so fewer runs measure it as well.
 */
const RUNS = 6000;
const MIN_RUNS = 1500;
const WORK = 3_000_000;
/** Negatives simulated under the usual share to measure ν. */
const NULL_NEGATIVES = 200_000;
/** The simulation's noise (about 2 % at 6,000 runs) and the interpolation's must not spend the budget. */
const MARGIN = 1.1;

interface Curve {
  /** ln R at threshold i·STEP, margin included; non-increasing. */
  logRate: Float64Array;
  /** ln(R·e^h) averaged over the last jump below H_MAX: the tail beyond the grid. */
  logTail: number;
}

/** Per k, the curve of each grid share, once simulated. */
const curves = new Map<number, (Curve | undefined)[]>();

/** The share whose odds are k times those of p (as sequential.ts `oddsRisen`). */
const risen = (p: number, k: number) => (k * p) / (1 - p + k * p);

/** Mentions that are not negative before the next negative, for a share p of negatives. */
function othersBefore(rand: () => number, p: number): number {
  return Math.floor(Math.log(1 - rand()) / Math.log(1 - p));
}

/** ν: the share of negatives that find the test at 0 and start a run, under the usual share. */
function runStarts(p: number, k: number, a: number, b: number): number {
  const rand = seededRandom(Math.round(p * 1e5) * 31 + Math.round(k * 1000) + 5);
  let s = 0;
  let starts = 0;
  for (let i = 0; i < NULL_NEGATIVES; i++) {
    s = Math.max(0, s - othersBefore(rand, p) * b);
    if (s === 0) starts++;
    s += a;
  }
  return starts / NULL_NEGATIVES;
}

function simulate(p: number, k: number): Curve {
  const p1 = risen(p, k);
  const a = Math.log(p1 / p);
  const b = Math.log(1 - p + k * p);
  const n = Math.round(H_MAX / STEP);
  const q = new Float64Array(n + 1);
  const rand = seededRandom(Math.round(p * 1e5) * 17 + Math.round(k * 1000));
  // Evidence a negative adds on average under the risen share, over what a negative is worth in mentions.
  const climb = a - ((1 - p1) / p1) * b;
  const runs = Math.round(Math.min(RUNS, Math.max(MIN_RUNS, (WORK * climb) / H_MAX)));
  for (let run = 0; run < runs; run++) {
    // Only a negative moves the statistic up, so only after one is the grid checked.
    let s = a;
    let top = -1;
    for (;;) {
      top = reachGrid(q, s, top, STEP);
      if (top >= n) break;
      s -= othersBefore(rand, p1) * b;
      if (s <= 0) break;
      s += a;
    }
  }
  const scale = (runStarts(p, k, a, b) * Math.exp(a) * MARGIN) / runs;
  const logRate = q.map((v) => Math.log(Math.max(v * scale, 1e-300)));
  const from = Math.max(0, n - Math.max(1, Math.round(a / STEP)));
  let tail = 0;
  for (let i = from; i <= n; i++) tail += (logRate[i] as number) + i * STEP;
  return { logRate, logTail: tail / (n - from + 1) };
}

function curveOf(j: number, k: number): Curve {
  let row = curves.get(k);
  if (!row) {
    row = [];
    curves.set(k, row);
  }
  let c = row[j];
  if (!c) {
    c = simulate(SHARE_GRID[j] as number, k);
    row[j] = c;
  }
  return c;
}

/** ln R on one grid share's curve at threshold h ≥ 0: the grid, then its tail. */
function logRateOn(c: Curve, h: number): number {
  const n = c.logRate.length - 1;
  const i = Math.max(0, Math.ceil(h / STEP - 1e-9));
  return i > n ? Math.min(c.logRate[n] as number, c.logTail - h) : (c.logRate[i] as number);
}

/** Whether the share test's threshold at usual share p is measured (else the bound alone). */
export const shareMeasured = (p: number): boolean =>
  shareCalibration.on && p <= (SHARE_GRID[SHARE_GRID.length - 1] as number);

/**
 * ln R(p, k, h), false alarms per expected negative, or undefined above the grid's last share, where
 * only the bound is known.
 */
export function shareLogRate(p: number, k: number, h: number): number | undefined {
  const last = SHARE_GRID[SHARE_GRID.length - 1] as number;
  if (p > last) return undefined;
  let j = 0;
  while ((SHARE_GRID[j] as number) < p) j++;
  const hiP = SHARE_GRID[j] as number;
  const hi = logRateOn(curveOf(j, k), h);
  if (hiP === p) return hi;
  const loP = j > 0 ? (SHARE_GRID[j - 1] as number) : 0;
  const lo = j > 0 ? logRateOn(curveOf(j - 1, k), h) : Math.log(falseAlarmRate(k, h) * MARGIN);
  const w = (p - loP) / (hiP - loP);
  return lo + w * (hi - lo);
}

/**
 * The smallest threshold on the grid with W·R(p, k, h) ≤ budget, for a series expecting W negatives a
 * week; undefined where the share is off the grid. Beyond the grid, from the tail.
 */
export function calibratedShareThreshold(
  p: number,
  k: number,
  weeklyExpected: number,
  alarmsPerWeek: number,
): number | undefined {
  const logTarget = Math.log(alarmsPerWeek / Math.max(weeklyExpected, 1e-6));
  const n = Math.round(H_MAX / STEP);
  const top = shareLogRate(p, k, n * STEP);
  if (top === undefined) return undefined;
  if (top > logTarget) {
    // Beyond the grid: the interpolated tail constant, ln C − h = target.
    const beyond = shareLogRate(p, k, n * STEP + 1) as number;
    return n * STEP + 1 + (beyond - logTarget);
  }
  return firstAtOrBelow(n, (i) => shareLogRate(p, k, i * STEP) as number, logTarget) * STEP;
}
