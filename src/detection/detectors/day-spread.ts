import { type ProfileState, unseenDay } from "./baseline.js";
import type { WeekShape } from "./week-shape.js";

/*
 * The young day floor's day-to-day variance from the days measured (twenty-seventh pass of issue 15).
 * The floor (level-error.ts, youngDayRefuses) charges the jump a young scope's level may take into a new
 * day with the variance of two days' errors and the untrusted weekday's, each DAY_VARIANCE: a prior set
 * by age alone, the same for a shop whose days come alike and for one whose Sundays are twice its
 * Mondays. What the days seen so far show is the spread of their levels: each weekday's mean day count
 * (week-shape.ts keeps the complete days' totals), in logs, about their mean; less each mean's Poisson
 * part (1 ÷ the count behind it), what is left is the day-to-day variance, weekday effects and the days'
 * own news together. k weekdays seen give k − 1 degrees of freedom of the week's six; the weekdays not
 * seen yet are what the spread cannot speak for (a first weekend after five alike weekdays), so the prior
 * keeps their weight: (7 − k)·prior + (k − 1)·measured over 6. Where the measured spread equals the prior
 * nothing moves; a shop whose every weekday is seen speaks for itself (the floor ends on day 14).
 */

/** On (the product, since the twenty-seventh pass): the floor's variance from the days measured; off: age alone. */
export const daySpread = { on: true };

const WEEK_DF = 6;

/** The measured day-to-day variance shrunk toward `prior`, in logs; the prior where under two weekdays. */
export function dayVariance(s: WeekShape | undefined, prior: number): number {
  if (!daySpread.on || !s) return prior;
  const xs: number[] = [];
  let poisson = 0;
  for (let d = 0; d < 7; d++) {
    const w = s.w[d] as number;
    const level = s.level[d] as number;
    if ((s.n[d] as number) < 1 || w <= 0 || level <= 0) continue;
    xs.push(Math.log(level / w));
    poisson += 1 / level;
  }
  const k = xs.length;
  if (k < 2) return prior;
  const mean = xs.reduce((a, b) => a + b, 0) / k;
  const spread = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (k - 1);
  const measured = Math.max(0, spread - poisson / k);
  return ((7 - k) * prior + (k - 1) * measured) / WEEK_DF;
}

/** What the floor reads of the scope at `at`: the share of the day's level not seen, and the day variance. */
export const youngDayOf = (p: ProfileState, at: number, prior: number) => ({
  unseen: unseenDay(p, at),
  variance: dayVariance(p.week, prior),
});
