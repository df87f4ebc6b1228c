import { afterEach, describe, expect, it } from "vitest";
import {
  chargeCap,
  levelCap,
  levelThreshold,
  sigmaStep,
  WARMED_VARIANCE,
  youngDayRefuses,
  youngDaySigmas,
} from "./detectors/level-error.js";
import { excessThresholdOf, levelExcess } from "./detectors/level-excess.js";
import { newSeq } from "./detectors/sequential.js";

/**
 * The cap on the level variance a threshold pays (thirtieth pass, level-error.ts `levelCap`). Capped at
 * the start-up thread's σ 0.35, a young day whose hours showed a misfit of 0.15–0.21 (the late weekend's
 * evening at 20,000 a day) was charged 0.12, and the day floor's jump of a shop whose days spread by more
 * than the prior was cut to it too. Lifted, what is measured is charged, up to σ 0.7.
 */

const shipped = { ...levelCap };
const excessShipped = { ...levelExcess };
afterEach(() => {
  Object.assign(levelCap, shipped);
  Object.assign(levelExcess, excessShipped);
});

/** A series whose hours showed a level variance of `v`, with no spread in the estimate. */
function shown(v: number) {
  const seq = newSeq(3, 0);
  seq.lx = [v * 1_000_000, 1_000_000, 0, 0, 0];
  return seq;
}

describe("the level variance's cap (thirtieth pass)", () => {
  it("charges a shown variance over σ 0.35 at its own σ when lifted, at the cap when not", () => {
    levelExcess.on = true;
    const seq = shown(0.2 * (1 + 2_000 / 1_000_000));
    levelCap.lifted = false;
    const warmed = excessThresholdOf(seq, 1);
    levelCap.lifted = true;
    const lifted = excessThresholdOf(seq, 1);
    for (const k of [3, 6, 15]) {
      expect(warmed?.(k, 5000)).toBe(levelThreshold(k, 5000, 1, WARMED_VARIANCE));
      expect(lifted?.(k, 5000)).toBe(levelThreshold(k, 5000, 1, 0.2));
      expect(lifted?.(k, 5000) as number).toBeGreaterThan(warmed?.(k, 5000) as number);
    }
    // Never past σ 0.7, the largest the quadrature is built for.
    expect(chargeCap()).toBeCloseTo(0.49, 10);
    expect(excessThresholdOf(shown(2), 1)?.(3, 5000)).toBe(levelThreshold(3, 5000, 1, 0.49));
  });

  it("lets the young day floor charge a jump over the cap when the days measured show it", () => {
    // Days spread by 0.05 (over the prior 0.04): a first-seen day's jump of 3 × 0.05 = 0.15 at day 5.
    const day = { unseen: 1, variance: 0.05 };
    const at = (v: number) => levelThreshold(3, 2000, 0.05, v);
    const run = { member: { s: (at(0.12) + at(0.15)) / 2 }, factor: 3 };
    expect(at(0.15)).toBeGreaterThan(at(0.12) + 1);
    levelCap.lifted = false;
    expect(youngDayRefuses(run, 1, 2000, 0.05, 5, day)).toBe(false);
    levelCap.lifted = true;
    expect(youngDayRefuses(run, 1, 2000, 0.05, 5, day)).toBe(true);
  });

  it("rounds σ up, to 0.01 up to the warmed σ and 0.05 above it, and the thread can build those steps", () => {
    levelCap.lifted = true;
    for (let v = 0.005; v <= 0.49; v += 0.0037) {
      const s = sigmaStep(v);
      expect(s).toBeGreaterThanOrEqual(Math.sqrt(v) - 1e-12);
      expect(s - Math.sqrt(v)).toBeLessThan(s > 0.35 + 1e-9 ? 0.05 : 0.01);
    }
    expect(sigmaStep(WARMED_VARIANCE)).toBeCloseTo(0.35, 10);
    expect(sigmaStep(0.125)).toBe(0.4);
    const steps = youngDaySigmas(true);
    expect(steps.slice(0, youngDaySigmas().length)).toEqual(youngDaySigmas());
    expect(steps.slice(youngDaySigmas().length)).toEqual([0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]);
    // Every σ a lifted charge can ask for is one the thread builds.
    for (let v = 0.005; v <= 0.49; v += 0.0037) expect(steps).toContain(sigmaStep(v));
  });
});
