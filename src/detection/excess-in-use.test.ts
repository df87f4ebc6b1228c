import { afterEach, describe, expect, it } from "vitest";
import { excessInUse, excessVariance, queueLevelExcess } from "./detectors/level-excess.js";
import { newSeq, type SeqState } from "./detectors/sequential.js";
import { normal, poisson, seededRandom } from "./detectors/synthetic.js";

/**
 * The level excess measured against the divisor in use (twenty-fourth pass of issue 15). Where the
 * young-free φ divides an hour (young-phi.ts), the tests pay that φ, not the φ that also learned the
 * baseline's error; measured against the larger φ, the excess read 0 and the baseline's error was
 * charged by neither (the null bench's `gamma`, 3,000 a day, day 15.8).
 */

const HOUR = 3_600_000;

/**
 * Four weeks of a series' hours at 50–150 expected an hour, Poisson around a level off by ρ (log-normal,
 * variance of ln ρ `sigma2`) each hour, with φ 5 (it learned a young weekday's misfit) and the young-free
 * φ 1 (the noise is Poisson); every hour divided by the young-free φ if `mature`.
 */
function excessAfter(seed: number, sigma2: number, mature: boolean): number {
  const rand = seededRandom(seed);
  const seq: SeqState = newSeq(3, 0);
  seq.phi = 5;
  seq.phiMature = 1;
  for (let h = 0; h < 24 * 28; h++) {
    const e = 100 * (1 + 0.5 * Math.sin((((h % 24) - 9) / 24) * 2 * Math.PI));
    const rho = Math.exp(Math.sqrt(sigma2) * normal(rand) - sigma2 / 2);
    const expected = Array(12).fill(e / 12);
    const counts = expected.map((m) => poisson(rand, m * rho));
    queueLevelExcess(seq, (h + 1) * HOUR, counts, expected, true, undefined, undefined, { mature, youth: 1 });
  }
  return excessVariance(seq);
}

afterEach(() => {
  excessInUse.on = true;
  excessInUse.youth = false;
});

describe("the level excess against the divisor in use", () => {
  it("recovers a known level error where the young-free φ divides, which φ hid", () => {
    for (const seed of [1, 2, 3]) {
      // The level off by σ² = 0.04 in logs: variance e + 0.04·e², about 5e at 100 an hour, all of
      // which φ = 5 covers at that rate; the young-free φ (1) covers only the Poisson e.
      const mature = excessAfter(seed, 0.04, true);
      const young = excessAfter(seed, 0.04, false);
      expect(mature).toBeGreaterThan(0.025);
      expect(mature).toBeLessThan(0.05);
      expect(young).toBe(0);
      // No level error: nothing shown against either divisor.
      expect(excessAfter(seed, 0, true)).toBe(0);
      // Off, as before: against φ alone, mature hours or not.
      excessInUse.on = false;
      expect(excessAfter(seed, 0.04, true)).toBe(0);
      excessInUse.on = true;
    }
  });
});
