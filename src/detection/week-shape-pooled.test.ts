import { afterEach, describe, expect, it } from "vitest";
import { poisson, rhythm, seededRandom } from "./detectors/synthetic.js";
import { learnWeekShape, newWeekShape, weekCorrection, weekPooled } from "./detectors/week-shape.js";

/**
 * Each weekday's hour shape shrunk by the week's own spread (`weekPooled`), against the fourteenth
 * pass's cut at two standard errors. At 300 mentions a day the cut left a weekend two hours late at
 * 0.4–2.2× its true shape after five weeks, and φ charged every hour of the week for what it left
 * (docs/detection.md, "The weekend's φ traced").
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.parse("2025-01-06T00:00:00Z"); // a Monday
const BUCKET = 5 * MINUTE;
const DECAY = 0.5 ** (1 / 35);

/** The rate at t: the bench's rhythm, Saturday's and Sunday's two hours later when `late`. */
const rate = (t: number, late: boolean) =>
  rhythm(late && new Date(t).getUTCDay() % 6 === 0 ? t - 2 * HOUR : t);

/** A week shape learned from `days` of Poisson buckets at `perDay` a day. */
function learned(perDay: number, days: number, late: boolean, seed: number) {
  const rand = seededRandom(seed);
  const s = newWeekShape();
  for (let t = START; t < START + days * DAY; t += BUCKET)
    learnWeekShape(
      s,
      Math.floor(t / DAY),
      new Date(t).getUTCHours(),
      poisson(rand, (perDay / 288) * rate(t, late)),
      DECAY,
    );
  return s;
}

/** The true correction of each hour of the week: its weekday's fraction over the week's. */
function truth(late: boolean): number[] {
  const frac: number[][] = [];
  for (let d = 0; d < 7; d++) {
    const day = START + d * DAY;
    const hours = Array.from({ length: 24 }, (_, h) => {
      let sum = 0;
      for (let b = 0; b < 12; b++) sum += rate(day + h * HOUR + b * BUCKET, late);
      return sum;
    });
    const mean = hours.reduce((a, b) => a + b, 0) / 24;
    frac[Math.floor(day / DAY) % 7] = hours.map((x) => x / mean);
  }
  return frac.flatMap((f) => f.map((x, h) => x / (frac.reduce((a, g) => a + (g[h] as number), 0) / 7)));
}

/** Mean squared log error of the corrections against the true ones, over every hour of the week. */
function error(s: ReturnType<typeof newWeekShape>, want: number[]): number {
  let sum = 0;
  for (let i = 0; i < 168; i++)
    sum += Math.log(weekCorrection(s, Math.floor(i / 24), i % 24) / (want[i] as number)) ** 2;
  return sum / 168;
}

afterEach(() => {
  // The product's default since the twenty-fourth pass.
  weekPooled.on = true;
});

describe("a weekday's shape shrunk by the week's own spread", () => {
  it("corrects a late weekend at 300 a day much nearer its true shape than the cut", () => {
    const want = truth(true);
    for (const seed of [1, 2]) {
      const s = learned(300, 35, true, seed);
      weekPooled.on = false;
      const cut = error(s, want);
      weekPooled.on = true;
      const pooled = error(s, want);
      expect(pooled).toBeLessThan(cut * 0.6);
    }
  });

  it("leaves every hour near 1 where the days share one shape, whatever one hour's noise", () => {
    weekPooled.on = true;
    for (const seed of [3, 4]) {
      const s = learned(300, 35, false, seed);
      for (let d = 0; d < 7; d++)
        for (let h = 0; h < 24; h++) expect(Math.abs(Math.log(weekCorrection(s, d, h)))).toBeLessThan(0.15);
    }
  });

  it("still finds a market day, and holds nothing before a weekday's third occurrence", () => {
    weekPooled.on = true;
    const s = newWeekShape();
    const fill = (from: number, weeks: number) => {
      for (let day = from; day < from + weeks * 7; day++)
        for (let h = 0; h < 24; h++)
          for (let b = 0; b < 12; b++)
            learnWeekShape(s, 7000 + day, h, day % 7 === 1 && h >= 8 && h < 12 ? 30 : 10, DECAY);
    };
    fill(0, 1);
    expect(weekCorrection(s, 7001 % 7, 9)).toBe(1);
    fill(7, 3);
    expect(weekCorrection(s, 7001 % 7, 9)).toBeGreaterThan(1.7);
    expect(weekCorrection(s, 7001 % 7, 20)).toBeLessThan(1);
  });
});
