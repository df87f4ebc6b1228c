import { afterEach, describe, expect, it } from "vitest";
import { levelThreshold, sigmaStep, tailRate } from "./detectors/level-error.js";
import { boundedDriftRate, levelTail, RUN_PEAK } from "./detectors/level-tail.js";
import { seededRandom } from "./detectors/synthetic.js";

/**
 * The mixed curve's tail priced by the model (thirty-first pass, level-tail.ts). Past the 30-nat grid
 * the threshold was extrapolated at the curve's last slope: at σ² 0.12, k = 3, 8,000 scaled mentions a
 * week and 0.05 alarms a week, 69.4 nats, where the model's own nodes raise about one alarm a week.
 */

const shipped = { ...levelTail };
afterEach(() => {
  Object.assign(levelTail, shipped);
});

/**
 * A k-CUSUM on Poisson traffic at ρ per unit of expected time, each run ending `run` expected mentions
 * after it began (MAX_RUN_MS): alarms per expected mention at threshold h, simulated event by event.
 */
function simulate(k: number, rho: number, h: number, run: number, time: number, seed: number): number {
  const rand = seededRandom(seed);
  const lk = Math.log(k);
  let t = 0;
  let s = 0;
  let start = -1;
  let alarms = 0;
  while (t < time) {
    const dt = -Math.log(1 - rand()) / rho;
    const next = t + dt;
    // The run expires before the next mention: the statistic starts again from 0.
    if (start >= 0 && next - start > run) {
      s = 0;
      start = -1;
    } else s = Math.max(0, s - (k - 1) * dt);
    if (s <= 0) start = -1;
    t = next;
    if (start < 0) start = t;
    s += lk;
    if (s >= h) {
      alarms++;
      s = 0;
      start = -1;
    }
  }
  return alarms / time;
}

describe("the mixed curve's tail past the grid (thirty-first pass)", () => {
  it("a drifting node's rate with runs bounded is never under a simulation of the CUSUM with expiring runs", () => {
    // Runs of 100 expected mentions; k = 3 at ρ 2.5 (drift 0.75 a mention: about 75 nats a run) and
    // k = 6 at ρ 3.2 (0.73): thresholds where every run gets there, where some do, where few do.
    for (const [k, rho, h, close, seed] of [
      [3, 2.5, 37, true, 1],
      [3, 2.5, 60, true, 2],
      [3, 2.5, 90, false, 3],
      [6, 3.2, 37, true, 4],
      [6, 3.2, 88, false, 5],
    ] as const) {
      const model = boundedDriftRate(k, rho, h, 100);
      const sim = simulate(k, rho, h, 100, 400_000, seed);
      expect(model).toBeGreaterThanOrEqual(sim * 0.97);
      // Where runs reach h it is the CUSUM's rate; in the far tail the bound's price, a few times it.
      expect(model).toBeLessThanOrEqual(sim * (close ? 1.2 : 4));
    }
    // Past what a run can gather (drift × 100 ≈ 75 nats, by far), next to none.
    expect(boundedDriftRate(3, 2.5, 250, 100)).toBeLessThan(1e-9);
  });

  it("prices the threshold past the grid at the model's own sum, where the extrapolation spends 20 times the budget", () => {
    const weekly = 8000;
    const budget = 0.05;
    const sigma = sigmaStep(0.12);
    levelTail.on = false;
    const extrapolated = levelThreshold(3, weekly, budget, 0.12);
    expect(extrapolated).toBeCloseTo(69.4, 0);
    // The model's own rate there, runs bounded, is some 20 times the budget.
    expect(weekly * tailRate(3, sigma, extrapolated, weekly)).toBeGreaterThan(10 * budget);
    levelTail.on = true;
    const priced = levelThreshold(3, weekly, budget, 0.12);
    expect(weekly * tailRate(3, sigma, priced, weekly)).toBeLessThanOrEqual(budget);
    expect(weekly * tailRate(3, sigma, priced * 0.98, weekly)).toBeGreaterThan(budget);
    // Bounded by what a run can gather at the most extreme node: drift × 6 hours at RUN_PEAK.
    const topRho = Math.exp(sigma * 4.4 - (sigma * sigma) / 2);
    const most = (topRho * Math.log(3) - 2) * ((weekly * RUN_PEAK * 6) / 168);
    expect(priced).toBeGreaterThan(300);
    expect(priced).toBeLessThan(most);
  });

  it("leaves a threshold on the grid as it was", () => {
    levelTail.on = false;
    const before = [3, 6, 15].map((k) => levelThreshold(k, 300, 0.05, 0.04));
    levelTail.on = true;
    expect([3, 6, 15].map((k) => levelThreshold(k, 300, 0.05, 0.04))).toEqual(before);
  });
});
