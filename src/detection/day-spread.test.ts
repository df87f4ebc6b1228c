import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { daySpread, dayVariance } from "./detectors/day-spread.js";
import { DAY_VARIANCE, youngDayRefuses } from "./detectors/level-error.js";
import { learnWeekShape, newWeekShape, type WeekShape } from "./detectors/week-shape.js";

/**
 * The young day floor's variance from the days measured (twenty-seventh pass). A young shop whose five
 * complete days came alike (within their Poisson noise) is charged less for the jump into a first-seen
 * day than age alone charges; one whose days differ by ±35 % pays at least the prior; the weekdays not
 * seen keep the prior's weight.
 */

/** Five complete days of `totals` (spread evenly over the hours), then the sixth day's first hour. */
function days(totals: number[]): WeekShape {
  const s = newWeekShape();
  const first = 20_000;
  totals.forEach((t, i) => {
    for (let h = 0; h < 24; h++) learnWeekShape(s, first + i, h, t / 24, 0.95);
  });
  learnWeekShape(s, first + totals.length, 0, 0, 0.95);
  return s;
}

const ALIKE = [263, 268, 283, 251, 243];
const DIFFER = [150, 300, 200, 420, 180];
/** A k = 3 run of 30 nats on a series of 2,000 expected mentions a week, 0.05 false alarms a week. */
const run = { member: { s: 30 }, factor: 3 };
const refused = (variance: number) => youngDayRefuses(run, 1, 2000, 0.05, 5.3, { unseen: 0.86, variance });

const shipped = daySpread.on;
beforeEach(() => {
  daySpread.on = true;
});
afterEach(() => {
  daySpread.on = shipped;
});

describe("the young day floor's variance from the days measured (twenty-seventh pass)", () => {
  it("charges alike days less than age alone, differing days at least as much", () => {
    const alike = dayVariance(days(ALIKE), DAY_VARIANCE);
    const differ = dayVariance(days(DIFFER), DAY_VARIANCE);
    // Five weekdays seen: the two unseen keep the prior's weight, 2/6 of it where the days show none.
    expect(alike).toBeCloseTo(DAY_VARIANCE / 3, 3);
    expect(differ).toBeGreaterThan(DAY_VARIANCE);
    expect(refused(alike)).toBe(false);
    expect(refused(differ)).toBe(true);
    expect(refused(DAY_VARIANCE)).toBe(true);
  });

  it("keeps the prior under two weekdays seen and when off", () => {
    expect(dayVariance(days([263]), DAY_VARIANCE)).toBe(DAY_VARIANCE);
    daySpread.on = false;
    expect(dayVariance(days(ALIKE), DAY_VARIANCE)).toBe(DAY_VARIANCE);
  });
});
