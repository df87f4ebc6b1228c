import { describe, expect, it } from "vitest";
import { runStarts } from "./detectors/calibration.js";
import { seededRandom } from "./detectors/synthetic.js";

/** The share of mentions that find a k-CUSUM at 0, counted on simulated traffic at the usual rate. */
function counted(k: number, events: number, seed: number): number {
  const rand = seededRandom(seed);
  let s = 0;
  let starts = 0;
  for (let i = 0; i < events; i++) {
    s = Math.max(0, s - (k - 1) * -Math.log(1 - rand()));
    if (s === 0) starts++;
    s += Math.log(k);
  }
  return starts / events;
}

describe("the share of mentions that start a CUSUM run", () => {
  it("is the M/D/1 queue's share of arrivals that find it empty, for small and large rises", () => {
    for (const k of [1.05, 1.5, 3, 6, 15, 400]) {
      const nu = runStarts(k);
      const seen = counted(k, 400_000, Math.round(k * 100));
      // Runs make the counts correlated: allow several binomial standard errors.
      const se = Math.sqrt((nu * (1 - nu)) / 400_000);
      expect(Math.abs(seen - nu), `k = ${k}`).toBeLessThan(Math.max(8 * se, 0.004));
    }
  });

  it("falls toward 0 as the rise shrinks and toward 1 as it grows", () => {
    expect(runStarts(1.01)).toBeLessThan(0.01);
    expect(runStarts(3)).toBeCloseTo(0.4507, 3);
    expect(runStarts(1e6)).toBeGreaterThan(0.9999);
  });
});
