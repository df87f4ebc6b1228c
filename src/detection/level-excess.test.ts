import { afterEach, describe, expect, it } from "vitest";
import { cusumThreshold } from "./detectors/calibration.js";
import { levelThreshold, sigmaStep, WARMED_VARIANCE, youngDaySigmas } from "./detectors/level-error.js";
import {
  excessThresholdOf,
  excessVariance,
  levelExcess,
  queueLevelExcess,
} from "./detectors/level-excess.js";
import { divisorAt, queueWithinHour } from "./detectors/rate-dispersion.js";
import { newSeq, type SeqState } from "./detectors/sequential.js";
import { normal, poisson, type Rand, seededRandom } from "./detectors/synthetic.js";

const HOUR = 3_600_000;

/** A gamma(shape) draw of mean 1: the sum of `shape` unit exponentials over shape. */
const gamma = (rand: Rand, shape: number) => {
  let x = 0;
  for (let i = 0; i < shape; i++) x -= Math.log(1 - rand());
  return x / shape;
};

/** A level off by ρ, log-normal with mean 1 and variance of ln ρ `sigma2`. */
const drawRho = (rand: Rand, sigma2: number) => Math.exp(Math.sqrt(sigma2) * normal(rand) - sigma2 / 2);

/**
 * Four weeks of a dense series' hours (100–900 expected an hour, quiet nights, a busy evening) taught
 * to a fresh series: each 5-minute bucket's rate mixed by a gamma(2) factor (noise inside the hour that
 * grows with the rate, which the line measures) and each hour's level off by ρ with variance `sigma2`
 * (what the noise inside the hour cannot see). Under 900 an hour the line (1 + e/24) stays under the
 * divisor's cap of 50, above which the noise it cannot charge would rightly count as excess.
 */
function denseSeries(seed: number, sigma2: number, phi = 1): SeqState {
  const rand = seededRandom(seed);
  const seq = newSeq(3, 0);
  seq.phi = phi;
  for (let h = 0; h < 24 * 28; h++) {
    const e = 500 * (1 + 0.8 * Math.sin((((h % 24) - 9) / 24) * 2 * Math.PI));
    const rho = drawRho(rand, sigma2);
    const expected = Array(12).fill(e / 12);
    const counts = expected.map((m) => poisson(rand, m * rho * gamma(rand, 2)));
    queueWithinHour(seq, (h + 1) * HOUR, counts, expected, true, undefined);
    queueLevelExcess(seq, (h + 1) * HOUR, counts, expected, true, undefined);
  }
  return seq;
}

/**
 * A k-CUSUM on minute counts, the evidence divided by the noise inside the minute D (gamma(`shape`)-mixed
 * minutes at λ expected a minute: variance λ + λ²/shape, D = 1 + λ/shape), the level off by ρ of variance
 * `sigma2` for three hours at a time; alarms a week at threshold h.
 */
function alarmsPerWeek(k: number, h: number, lambda: number, shape: number, sigma2: number, weeks: number) {
  const rand = seededRandom(11);
  const d = Number.isFinite(shape) ? 1 + lambda / shape : 1;
  let s = 0;
  let alarms = 0;
  let rho = 1;
  for (let m = 0; m < weeks * 10_080; m++) {
    if (m % 180 === 0) rho = drawRho(rand, sigma2);
    const n = poisson(rand, lambda * rho * (Number.isFinite(shape) ? gamma(rand, shape) : 1));
    s = Math.max(0, s + (n * Math.log(k) - (k - 1) * lambda) / d);
    if (s >= h) {
      alarms++;
      s = 0;
    }
  }
  return alarms / weeks;
}

afterEach(() => {
  levelExcess.on = true;
  levelExcess.scope = true;
});

describe("the level's error beyond the divisor (nineteenth pass)", () => {
  it("measures a level off by a known variance from a dense series' hours, and nothing where there is none", () => {
    levelExcess.on = true;
    // Var ρ = e^σ² − 1, shrunk toward 0 by 2,000 of about 60,000 expected mentions remembered; a week's
    // hours measure it to about ±25 % (one hour's excess swings by about √2·(D/e + σ²)).
    const truth = Math.expm1(0.02) * (60_000 / 62_000);
    let sum = 0;
    for (const seed of [1, 2, 3, 4]) {
      const off = denseSeries(seed, 0.02);
      // The line carries the noise inside the hour (1 + e/24 under gamma(2) buckets), not the level's.
      expect(divisorAt(off, 500)).toBeGreaterThan(15);
      const v = excessVariance(off);
      expect(v).toBeGreaterThan(0.5 * truth);
      expect(v).toBeLessThan(1.6 * truth);
      sum += v / 4;
      expect(excessVariance(denseSeries(seed, 0))).toBe(0);
    }
    expect(sum).toBeGreaterThan(0.8 * truth);
    expect(sum).toBeLessThan(1.25 * truth);
    // Where φ is over what an hour's level error adds (it is the hourly residuals' own mean), nothing is left.
    expect(excessVariance(denseSeries(1, 0.02, 200))).toBe(0);
  });

  it("charges at most the variance whose curves the start-up thread builds (σ 0.35), however much is shown", () => {
    levelExcess.on = true;
    // A series whose hours showed a level off by a variance of 0.5 (σ ≈ 0.71), with no spread in the estimate.
    const wild = newSeq(3, 0);
    wild.lx = [500_000, 1_000_000, 0, 0, 0];
    expect(excessVariance(wild)).toBeGreaterThan(0.4);
    expect(sigmaStep(WARMED_VARIANCE)).toBe(youngDaySigmas().at(-1));
    const charged = excessThresholdOf(wild, 1);
    for (const k of [3, 6]) expect(charged?.(k, 5000)).toBe(levelThreshold(k, 5000, 1, WARMED_VARIANCE));
  });

  it("learns nothing while off: the state and the thresholds stay as they were", () => {
    levelExcess.on = false;
    const seq = denseSeries(1, 0.02);
    expect(seq.lx).toBeUndefined();
    expect(excessThresholdOf(seq, 1)).toBeUndefined();
  });

  it("keeps the budget where the level is off by its measured variance, which the divisor alone overspends", () => {
    levelExcess.on = true;
    const [k, lambda, shape, budget, weeks] = [3, 10, 8, 1, 60];
    const d = 1 + lambda / shape;
    const weekly = (lambda * 10_080) / d;
    const charged = excessThresholdOf(denseSeries(1, 0.02), budget);
    expect(charged).toBeDefined();
    const on = alarmsPerWeek(k, charged?.(k, weekly) ?? 0, lambda, shape, 0.02, weeks);
    const off = alarmsPerWeek(k, cusumThreshold(k, weekly, budget), lambda, shape, 0.02, weeks);
    expect(on).toBeLessThanOrEqual(budget);
    expect(off).toBeGreaterThan(2 * budget);
  }, 60_000);

  it("charges a narrow series the all-mentions series' shown excess: a sparse series shares its level's error", () => {
    levelExcess.on = true;
    levelExcess.scope = true;
    const scope = denseSeries(1, 0.02);
    // A sparse series' own hours show nothing (a few mentions an hour say little about a level).
    const narrow = newSeq(3, 0);
    const [k, lambda, budget, weeks] = [3, 0.5, 0.2, 150];
    const weekly = lambda * 10_080;
    const charged = excessThresholdOf(narrow, budget, scope);
    expect(charged).toBeDefined();
    const on = alarmsPerWeek(k, charged?.(k, weekly) ?? 0, lambda, Infinity, 0.02, weeks);
    const off = alarmsPerWeek(k, cusumThreshold(k, weekly, budget), lambda, Infinity, 0.02, weeks);
    expect(on).toBeLessThanOrEqual(budget);
    expect(off).toBeGreaterThan(1.5 * budget);
    levelExcess.scope = false;
    expect(excessThresholdOf(narrow, budget, scope)).toBeUndefined();
  }, 60_000);
});
