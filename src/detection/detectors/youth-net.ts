import { divisorAt } from "./rate-dispersion.js";
import type { SeqState } from "./sequential.js";

/*
 * The youth divisor net of the young error φ has already learned (twenty-sixth pass of issue 15).
 * A young baseline's expectation is off by its level's and hour shape's error; the tests pay for it
 * twice. The youth divisor Y = 1 + 3/days (watch.ts youthOf) multiplies the divisor D: it stands for a
 * series of noise D₀ whose expectation adds (Y − 1)·D₀ of variance per expected mention. And φ, the
 * mean of the hours' (o − e)²/e, has learned that same error from those same young hours: E[φ] = D₀ + L,
 * L the young error's variance per expected mention. Charging Y·φ pays L twice and D₀'s share of it
 * (Y − 1)·D₀ once more: on the airline replay's JetBlue file, day 6, 2.95 where φ alone was 1.89.
 *
 * D₀ is what the young-free φ measures (young-phi.ts `phiMature`: z² less its product with the
 * neighbouring hours' z, which takes out a misfit that is smooth from one hour to the next, as a level's
 * or a shape's error is, and keeps independent noise). The variance the tests should pay is D₀'s noise
 * plus the young error: at least what the youth divisor assumes ((Y − 1)·D₀, as before: the age's prior,
 * which stands even while φ has learned little), and all of what φ shows where that is more (L above
 * (Y − 1)·D₀: a misfit the age's prior under-describes). So the total dispersion is max(Y·D₀, D), not
 * Y·D, and since the tests divide by D and the youth divisor, the youth divisor in use is
 * max(1, Y·D₀ ÷ D), never above Y: no series is charged less than its measured φ, nor more than before.
 * Where the divisor is the rate's line (rate-dispersion.ts), D₀ is the same line and nothing changes; on a
 * mature hour D is already D₀, and the youth divisor is Y.
 */

/**
 * How much less a young baseline is trusted: its hour and weekday factors are estimated from a few days
 * (each weekday seen once a week); their error acts as extra dispersion, large on day 2, a tenth by day 30.
 */
export const youthOf = (days: number) => 1 + 3 / Math.max(1, days);

/** Off: the youth divisor multiplies the φ that learned the young error (main before this pass). */
export const youthNet = { on: false };

/** The youth divisor in use for a total dispersion of max(Y·D₀, D): max(1, min(Y, Y·D₀ ÷ D)). */
export function netYouth(youth: number, divisor: number, youngFree: number): number {
  if (!youthNet.on || !(divisor > 0)) return youth;
  return Math.max(1, Math.min(youth, (youth * youngFree) / divisor));
}

/**
 * The youth divisor for a series' test now: `divisor` is what its evidence was divided by (the bucket's
 * D, or φ for the share series), `perHour` its expected mentions an hour (for the rate's line), `scope`
 * the all-mentions series. D₀ is the same divisor from the young-free φ.
 */
export function youthFor(
  seq: SeqState,
  youth: number,
  divisor: number,
  perHour: number | undefined,
  scope?: SeqState,
): number {
  if (!youthNet.on || youth <= 1) return youth;
  const free = seq.phiMature ?? seq.phi;
  const d0 = perHour === undefined ? free : divisorAt(seq, perHour, scope, free);
  return netYouth(youth, divisor, d0);
}
