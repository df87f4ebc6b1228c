import { auxiliaryRate, cusumThreshold, rateCurveThreshold } from "./calibration.js";
import { boundedDriftRate, levelTail, tailThreshold } from "./level-tail.js";
import { MAX_RUN_MS, type SeqState } from "./sequential.js";
import { drainLearned, type Told } from "./told.js";
import { withinHour } from "./within-hour.js";

/**
 * The CUSUM's false-alarm rate when the baseline's level is off, and thresholds that pay for it.
 *
 * Within an hour a series' counts are Poisson around their hour's own level; what is off is the level
 * itself, by a factor ρ that holds over a run (a busy day, an hour shape learned from a few days). A
 * CUSUM for a rise to k× on traffic at ρ × expected is, scaled by θ, exactly the CUSUM for k^θ at the
 * expected rate, where θ solves ρ(k^θ − 1) = θ(k − 1): its jumps are θ ln k = ln k^θ and its drift per
 * true mention θ(k − 1)/ρ = k^θ − 1. So its false alarms per expected mention are ρ·r(k^θ, θh), with r
 * the calibrated rate of calibration.ts. A member pays for the level error by 1/θ of its evidence, not
 * by the whole dispersion of the hours: at ρ = 1.1 about 1.05 for k = 15, 1.12 for k = 6, 1.28 for k = 3.
 *
 * The level error's distribution is log-normal with mean 1 and a variance σ² measured per series
 * (watch.ts). The threshold of a member is the smallest h with W·E_ρ[ρ·r(k^θ, θh)] ≤ b: its false-alarm
 * rate is the budget's, averaged over that model of the baseline's error, whatever the error's
 * correlation in time (expected alarms add up over time).
 */

/** Grid of θ on which the rates of k^θ are computed (interpolated between). */
const THETA_STEP = 0.02;
const THETA_MIN = 0.04;
const THETA_MAX = 4;
/** Quadrature of the standard normal for ln ρ: nodes every 0.2 over ±4.4. */
const Z_STEP = 0.2;
const Z_MAX = 4.4;
/** σ is rounded up to this step (never less error than measured) so curves can be cached. */
const SIGMA_STEP = 0.01;
const SIGMA_MAX = 0.7;

/** θ > 0 with ρ(k^θ − 1) = θ(k − 1), or null when the CUSUM drifts up on traffic at ρ × expected. */
export function thetaOf(k: number, rho: number): number | null {
  const lk = Math.log(k);
  // g(θ) = ρ(k^θ − 1) − θ(k − 1) is convex, 0 at θ = 0, with slope ρ ln k − (k − 1) there: a second root
  // exists only when that slope is negative.
  if (rho * lk >= k - 1) return null;
  const g = (t: number) => rho * (k ** t - 1) - t * (k - 1);
  let lo = 1e-9;
  let hi = 1;
  while (g(hi) < 0) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (g(mid) < 0) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** One value of ρ and how its rate is read: from the θ grid (interpolated in log) or, drifting up, a formula. */
interface Node {
  rho: number;
  weight: number;
  /** θ grid points below and above θ, and the interpolation weight of the upper one; null if drifting up. */
  grid: { lo: number; hi: number; w: number } | null;
}

function nodeOf(k: number, rho: number, weight: number): Node {
  const theta = thetaOf(k, rho);
  if (theta === null || theta < THETA_MIN) return { rho, weight, grid: null };
  const t = Math.min(THETA_MAX, theta);
  const i = Math.floor(t / THETA_STEP + 1e-9);
  const lo = Math.round(i * THETA_STEP * 1000) / 1000;
  const hi = Math.round((i + 1) * THETA_STEP * 1000) / 1000;
  return { rho, weight, grid: { lo, hi, w: (t - lo) / THETA_STEP } };
}

/** With `runExpected`, a drifting node's run lasts at most that many expected mentions (level-tail.ts). */
function nodeRate(k: number, node: Node, h: number, runExpected?: number): number {
  const { rho, grid } = node;
  if (!grid) {
    // Drifting up (or nearly): a run reaches h after about h ÷ drift expected mentions, or, with no
    // drift, after (h ÷ ln k)² mentions of a random walk.
    const drift = rho * Math.log(k) - (k - 1);
    if (runExpected !== undefined) return boundedDriftRate(k, rho, h, runExpected);
    return Math.min(rho, Math.max(drift / h, rho * (Math.log(k) / h) ** 2));
  }
  const at = (th: number) => Math.max(1e-300, auxiliaryRate(k ** th, th * h, th));
  if (grid.w < 1e-9) return rho * at(grid.lo);
  return rho * Math.exp((1 - grid.w) * Math.log(at(grid.lo)) + grid.w * Math.log(at(grid.hi)));
}

/** False alarms per expected mention of a k-CUSUM with threshold h when the true rate is ρ × expected. */
export const rateAtLevel = (k: number, rho: number, h: number): number => nodeRate(k, nodeOf(k, rho, 1), h);

const mixed = new Map<string, Float64Array>();
const mixedKey = (k: number, sigma: number) => `${k}|${sigma}`;

/**
 * The σ steps a young baseline's day floor can ask for (youngDayRefuses: at most three days' errors),
 * whose mixed curves a thread builds ahead at start-up (warm-curves.ts); the same numbers sigmaStep gives.
 */
export function youngDaySigmas(lifted = false): number[] {
  const top = sigmaStep(WARMED_VARIANCE, false);
  const steps: number[] = [];
  for (let j = 1; j * SIGMA_STEP <= top + 1e-12; j++) steps.push(Math.min(SIGMA_MAX, j * SIGMA_STEP));
  // With the cap lifted (levelCap), the coarse steps above it up to SIGMA_MAX as well.
  if (lifted)
    for (let j = Math.floor(top / LIFTED_STEP + 1e-9) + 1; j * LIFTED_STEP <= SIGMA_MAX + 1e-9; j++)
      steps.push(liftedSigma(j));
  return steps;
}

/** Builds (or finds) the mixed curve of k at σ, as a threshold would; the key it is cached under. */
export function buildMixed(k: number, sigma: number): { key: string; curve: Float64Array } {
  return { key: mixedKey(k, sigma), curve: mixedCurve(k, sigma) };
}

/** Takes a mixed curve another thread built with the same code: identical to building it here. */
export function installMixed(key: string, curve: Float64Array): void {
  if (!mixed.has(key)) mixed.set(key, curve);
}
const H_STEP = 0.02;
const H_MAX = 30;

/** The quadrature's nodes for ln ρ ~ N(−σ²/2, σ²) and their weights' total. */
function mixedNodes(k: number, sigma: number): { nodes: Node[]; total: number } {
  const nodes: Node[] = [];
  let total = 0;
  for (let j = -Math.round(Z_MAX / Z_STEP); j <= Math.round(Z_MAX / Z_STEP); j++) {
    const z = j * Z_STEP;
    const w = Math.exp((-z * z) / 2);
    total += w;
    nodes.push(nodeOf(k, Math.exp(sigma * z - (sigma * sigma) / 2), w));
  }
  return { nodes, total };
}

/** E_ρ[ρ·r(k^θ, θh)] on the h grid, for ln ρ ~ N(−σ²/2, σ²). */
function mixedCurve(k: number, sigma: number): Float64Array {
  const key = mixedKey(k, sigma);
  const cached = mixed.get(key);
  if (cached) return cached;
  const n = Math.round(H_MAX / H_STEP);
  const out = new Float64Array(n + 1);
  const { nodes, total } = mixedNodes(k, sigma);
  for (let i = 0; i <= n; i++) {
    const h = Math.max(Math.log(k), i * H_STEP);
    let r = 0;
    for (const node of nodes) r += node.weight * nodeRate(k, node, h);
    out[i] = r / total;
  }
  // Interpolation between θ grid points must not make the rate rise with h.
  for (let i = 1; i <= n; i++) out[i] = Math.min(out[i] as number, out[i - 1] as number);
  mixed.set(key, out);
  return out;
}

/** Above the warmed σ, steps of this size: few curves to build, each paying a little more than measured. */
const LIFTED_STEP = 0.05;
const liftedSigma = (j: number) => Math.min(SIGMA_MAX, Math.round(j * LIFTED_STEP * 100) / 100);

/**
 * σ as the threshold uses it: rounded up to the cache's step, at most SIGMA_MAX; with the cap lifted
 * (levelCap), to LIFTED_STEP above the warmed σ. Rounded up, so never less error than measured.
 */
export const sigmaStep = (variance: number, lifted = levelCap.lifted) => {
  const sigma = Math.sqrt(Math.max(0, variance));
  const fine = Math.ceil(sigma / SIGMA_STEP - 1e-9) * SIGMA_STEP;
  // The warmed σ (0.35) on the same grid: up to it, the start-up thread's steps.
  const warmed = Math.ceil(Math.sqrt(WARMED_VARIANCE) / SIGMA_STEP - 1e-9) * SIGMA_STEP;
  if (!lifted || fine <= warmed + 1e-12) return Math.min(SIGMA_MAX, fine);
  return liftedSigma(Math.ceil(sigma / LIFTED_STEP - 1e-9));
};

/**
 * The threshold of a k-CUSUM on a series expecting `weeklyExpected` (scaled) mentions a week, within
 * `alarmsPerWeek`, when the baseline's level is off by a log-normal factor of variance `variance`.
 */
export function levelThreshold(
  k: number,
  weeklyExpected: number,
  alarmsPerWeek: number,
  variance: number,
): number {
  const sigma = sigmaStep(variance);
  if (sigma <= 0) return cusumThreshold(k, weeklyExpected, alarmsPerWeek);
  const curve = mixedCurve(k, sigma);
  if (levelTail.on && (curve[curve.length - 1] as number) * weeklyExpected > alarmsPerWeek)
    return pricedTail(k, sigma, weeklyExpected, alarmsPerWeek);
  return rateCurveThreshold(k, curve, H_STEP, weeklyExpected, alarmsPerWeek);
}

/**
 * The mixed rate past the grid summed over the nodes directly, each drifting node's run bounded by the
 * expected mentions MAX_RUN_MS holds at RUN_PEAK (levelTail.peak) times the week's mean rate (level-tail.ts).
 */
export function tailRate(k: number, sigma: number, h: number, weeklyExpected: number): number {
  const run = (weeklyExpected * levelTail.peak * MAX_RUN_MS) / WEEK_MS;
  const { nodes, total } = tailNodes(k, sigma);
  let r = 0;
  for (const node of nodes) r += node.weight * nodeRate(k, node, h, run);
  return r / total;
}

const WEEK_MS = 7 * 24 * 3_600_000;
const nodesCache = new Map<string, { nodes: Node[]; total: number }>();
function tailNodes(k: number, sigma: number): { nodes: Node[]; total: number } {
  const key = mixedKey(k, sigma);
  const found = nodesCache.get(key) ?? mixedNodes(k, sigma);
  nodesCache.set(key, found);
  return found;
}

/** W rounded up to 1 % steps (more mentions: a longer run and a smaller target, never cheaper). */
const W_STEP = 0.01;
const tailCache = new Map<string, number>();

/** The smallest h past the grid with W·tailRate ≤ budget, cached on W's 1 % steps. */
function pricedTail(k: number, sigma: number, weeklyExpected: number, alarmsPerWeek: number): number {
  const w = Math.exp(Math.ceil(Math.log(Math.max(weeklyExpected, 1e-6)) / W_STEP - 1e-9) * W_STEP);
  const key = `${k}|${sigma}|${w}|${alarmsPerWeek}|${levelTail.peak}`;
  const cached = tailCache.get(key);
  if (cached !== undefined) return cached;
  const h = tailThreshold((x) => tailRate(k, sigma, x, w), H_MAX, alarmsPerWeek / w);
  if (tailCache.size > 20_000) tailCache.clear();
  tailCache.set(key, h);
  return h;
}

/** Both measures remember about a week of hours, like the hourly dispersion. */
const DECAY = 0.5 ** (1 / 168);
/** The within-hour dispersion starts at Poisson, worth a day of hours of 11 degrees of freedom. */
const IN_PRIOR_DF = 24 * 11;
/**
 * The prior of the level error's variance counts as this many expected mentions: a busy series soon
 * speaks for itself, a sparse one hardly ever can (with 5 an hour a week of hours measures σ² to about
 * ±0.02, the size of what is measured) and keeps the prior.
 */
const LV_PRIOR_MENTIONS = 2000;
/** One wild hour (an outage of the feed, a wave missed) counts as a level off by at most 2×. */
const MAX_U = 1;

/**
 * At the end of each hour: queues the hour's count against its expected count, and the Pearson
 * statistic of its buckets around the hour's own level (`counts`, `expected` per bucket), and learns
 * from the hours that are LEARN_LAG_MS old and were not inside a told wave, like the dispersion.
 */
export function queueLevelError(
  seq: SeqState,
  end: number,
  counts: readonly number[],
  expected: readonly number[],
  learn: boolean,
  told: Told | undefined,
): void {
  const q = seq.lvQueue ?? [];
  seq.lvQueue = q;
  const { o, e, x2, df } = withinHour(counts, expected);
  if (learn && e > 0) q.push(end, o, e, Math.max(0, x2), Math.max(0, df));
  drainLearned(q, 5, end, told, (row) => {
    const [, ho, he, x2, df] = row as [number, number, number, number, number];
    learnLevelError(seq, ho, he, x2, df);
  });
}

function learnLevelError(seq: SeqState, o: number, e: number, x2: number, df: number): void {
  seq.inX2 = (seq.inX2 ?? 0) * DECAY + x2;
  seq.inDf = (seq.inDf ?? 0) * DECAY + df;
  seq.phiIn = Math.max(1, (seq.inX2 + IN_PRIOR_DF) / (seq.inDf + IN_PRIOR_DF));
  const phiIn = seq.phiIn;
  // (o − e)² has mean φ·e (noise within the hour) + σ²e² (the level's error): the excess over the noise,
  // per e², estimates the hour's σ². Weighted by e, not by the estimate's precision (∝ e²): an hour's
  // false alarms are in proportion to its expected mentions, and the level is relatively further off in
  // quiet hours (the night's shape is learned from few mentions) than in busy ones.
  const u = Math.max(-MAX_U, Math.min(MAX_U, ((o - e) ** 2 - phiIn * e) / (e * e)));
  seq.lvA = (seq.lvA ?? 0) * DECAY + e * u;
  seq.lvB = (seq.lvB ?? 0) * DECAY + e;
}

/**
 * The variance of ln ρ the thresholds pay for: what the series measured, shrunk toward `prior`, and
 * never under `floor` (what is known to be there: the error of the series' own level, an average of a
 * few counts, and the scope's day and hour errors that its expected count shares). A measurement under
 * the floor is the measure's own noise, large for a sparse series.
 */
export function levelVariance(seq: SeqState, prior: number, floor = 0): number {
  const measured = ((seq.lvA ?? 0) + LV_PRIOR_MENTIONS * prior) / ((seq.lvB ?? 0) + LV_PRIOR_MENTIONS);
  return Math.max(floor, measured, 0);
}

/** E_ρ[ρ·r(k^θ, θh)]: false alarms per expected mention with a log-normal level error of `variance`. */
export function mixedRate(k: number, h: number, variance: number): number {
  const sigma = sigmaStep(variance);
  const curve = mixedCurve(k, sigma);
  const i = Math.min(curve.length - 1, Math.ceil(h / H_STEP - 1e-9));
  return curve[i] as number;
}

/** The all-mentions series' level error before it has measured its own (a day-to-day σ of 0.2). */
export const DAY_VARIANCE = 0.04;

/**
 * The largest level variance whose mixed curves the start-up thread builds (youngDaySigmas: the young
 * day floor's three days' errors, σ up to 0.35); a charge over it would build curves on the event loop.
 */
export const WARMED_VARIANCE = 3 * DAY_VARIANCE;

/**
 * The cap on the level variance a threshold pays (thirtieth pass of issue 15, bench `--level-cap
 * lifted|warmed`). `warmed` (lifted false): WARMED_VARIANCE, σ 0.35, chosen for where the start-up
 * thread's curves end, not for what a young shop's hours show; a late weekend's evening at 20,000 a day
 * measures 0.15–0.21 about the week's shape (day-shape.ts) and was charged 0.12. Lifted: what is measured
 * is charged, up to SIGMA_MAX (σ 0.7, the largest the quadrature is built for), each curve over the warmed
 * σ built on coarse steps when first asked, and ahead by the start-up thread (warm-curves.ts).
 */
export const levelCap = { lifted: false };

/** The largest level variance a threshold pays for (levelCap). */
export const chargeCap = () => (levelCap.lifted ? SIGMA_MAX * SIGMA_MAX : WARMED_VARIANCE);

/**
 * What a young weekday profile adds to the level's error, which the hours measured so far cannot show
 * (the first Saturday of a shop is news to a baseline that has seen four weekdays): before the weekday
 * factors are trusted (baseline.ts: from day 8 to 14) the weekday's own effect, DAY_VARIANCE, as far as
 * it is not yet trusted; once trusted, each factor's error, the day's error over the weeks it averages.
 */
export function weekdayVariance(days: number, dayError: number): number {
  const trust = Math.min(1, Math.max(0, (days - 7) / 7));
  const weeks = Math.min(5, Math.max(1, Math.floor(days / 7)));
  return DAY_VARIANCE * (1 - trust) ** 2 + (dayError * trust * trust) / weeks;
}

/** The young day floor (tenth pass) on or off: on in the product, off for the benches' before. */
export const dayFloor = { on: true };

/**
 * Whether a young baseline's firing member is refused because the day's level may still be off by the
 * day-to-day jump (tenth pass). Until day 14 the weekday profile is not trusted and the day's level
 * learns three hours late, so on the first night of a busier day every dense series runs at 2–3×
 * expected for hours, and past ρ = 1.82 a k = 3 CUSUM drifts up whatever its evidence is divided by.
 * The jump between two days is modelled as log-normal with the variance of two days' errors (each
 * DAY_VARIANCE and the untrusted weekday's), scaled by the square of the share of the day's level that
 * has not seen the day in progress (`unseen`, baseline.ts): large in the night's first hours, gone by
 * the afternoon. The day variance (`variance`, DAY_VARIANCE by age alone) is measured from the days seen
 * where `daySpread` is on (day-spread.ts). The member must also pass the level-error threshold of that
 * variance on its evidence before φ. A constant window of hours would not know a quiet night (whose few mentions teach the day's
 * level little) from a busy morning.
 */
export function youngDayRefuses(
  f: { member: { s: number }; factor: number },
  phi: number,
  weeklyExpected: number,
  alarmsPerWeek: number,
  days: number,
  day: { unseen: number; variance: number },
): boolean {
  const { unseen, variance: dv } = day;
  if (!dayFloor.on || days >= 14 || unseen <= 0) return false;
  const trust = Math.min(1, Math.max(0, (days - 7) / 7));
  const weeks = Math.min(5, Math.max(1, Math.floor(days / 7)));
  // At most the cap (levelCap: the variance whose curves the start-up thread builds, age's own on days 0–7).
  const jump = Math.min(chargeCap(), 2 * dv + dv * (1 - trust) ** 2 + (dv * trust * trust) / weeks);
  const variance = jump * unseen * unseen;
  return f.member.s * phi < levelThreshold(f.factor, weeklyExpected, alarmsPerWeek, variance);
}
