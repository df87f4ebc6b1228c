import { afterEach, describe, expect, it } from "vitest";
import {
  learnProfile,
  learnRecent,
  newProfile,
  profileFactor,
  profileRates,
  weekdayByLevel,
} from "./detectors/baseline.js";

const MIN = 60_000;
const BUCKET = 5 * MIN;
const DAY = 24 * 60 * MIN;
const START = Date.parse("2025-01-06T00:00:00Z");

/**
 * The weekday factors of a shop whose every day has the same shape and is 2.5 % busier than the one
 * before (no weekday differs), after `days` days: one per weekday, at noon of the next seven days.
 */
function weekdayFactors(days: number): number[] {
  const p = newProfile();
  const rates = profileRates(14, 35);
  for (let t = START; t < START + days * DAY; t += BUCKET) {
    const count = 10 * 1.025 ** Math.floor((t - START) / DAY);
    learnProfile(p, t, { observed: count, expected: count, frozen: false, warm: false }, rates);
    learnRecent(p, count, t, BUCKET);
  }
  const end = START + days * DAY;
  return Array.from({ length: 7 }, (_, i) => profileFactor(p, end + i * DAY + DAY / 2));
}

afterEach(() => {
  weekdayByLevel.on = true;
});

describe("a weekday's factor is its counts over the level they came at", () => {
  it("a steadily growing shop has no weekday of its own", () => {
    const factors = weekdayFactors(35);
    for (const f of factors) expect(Math.abs(f - 1)).toBeLessThan(0.02);
    // By mean counts, the weekday seen yesterday looked 1.025⁶ ≈ 16 % busier than the one seen a week ago,
    // and the day about to start was expected 7 % under the week's average.
    weekdayByLevel.on = false;
    const old = weekdayFactors(35);
    expect(Math.max(...old) / Math.min(...old)).toBeGreaterThan(1.12);
    expect(old[0]).toBeLessThan(0.95);
  });
});
