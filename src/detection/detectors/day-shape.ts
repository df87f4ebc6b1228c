import { type WeekShape, weekdayYoung } from "./week-shape.js";

/*
 * A young weekday's hour shape measured from its own hours so far (twenty-eighth pass of issue 15).
 * Until a weekday is seen twice its hours are expected with the week's hour shape. The twenty-fourth
 * pass charges them with the spread of the weekday shapes seen so far, but only once the weekdays are
 * shown to differ (weekdays-differ.ts), which needs a weekday seen twice: on a shop's first weekend
 * (days 3–5) nothing is charged, and a weekend two hours late runs at 0.3–0.4× expected all morning
 * and 2–3× all afternoon (null bench `weekend`, 3,000 a day, seed 1, day 3: 31 against 101 at 10:00,
 * 156 against 52 at 15:00), which the tests read as a wave.
 *
 * What the day in progress shows is how far its own hours lie from the week's shape: each complete hour's
 * count against the week's fraction for that hour times the day's level. The day's level is the median
 * of the hours' ratios (the level's own error is the young day floor's, level-error.ts), so a wave's few
 * hours cannot move it. Only the hours under it are read: a wave raises hours, it never lowers one, so
 * the deficits measure the day's misfit and a wave cannot make its own charge. Per short hour the level
 * error's own estimator (level-error.ts): ((o − e)² − D·e)/e², D the all-mentions series' divisor (its
 * noise: tweets clump), less the week fraction's own Poisson part, weighted by e and clipped at 2×; for a
 * symmetric misfit the deficits carry half of it, so τ² = 2·Σ_short e·u ÷ Σ_all e. It is charged only
 * once the deficits' Pearson sum stands GATE_Z standard errors above its noise (each term ≈ χ²₁), the
 * weekdays' gate's rule: ungated, the airline replay's young days (nine, each a weekday seen once; their
 * hours move with the news) paid 0.03–0.07, lost two of its seven rises and found a third 84 minutes
 * late. Charged on the young weekday's later hours as a level error of that variance (level-excess.ts,
 * the larger of it and what else is charged, capped at σ 0.35). A day that fits the week's shape shows nothing; the first hours of
 * a day, before any is complete, show nothing either. No constant was set to a bench.
 */

/**
 * On (the product, since the twenty-eighth pass; bench `--day-shape off` for the before): a young
 * weekday's later hours pay for the misfit its own hours show; off, only once the weekdays differ.
 * `carry` (twenty-ninth pass, bench `--day-shape-carry on|off`): a young day's misfit, as its 24 hours
 * showed it at midnight (gated as above, with the noise of that minute), is charged on the next day's
 * first hours if that day is a young weekday too, until two of its own hours are complete and its own
 * reading takes over. A late evening runs on past midnight (a weekend two hours late: Thursday's 23:00 at
 * 5× the week's shape, Friday's 00:00 at 3–4×), and the day it runs into has nothing of its own to show.
 */
export const dayShape = { on: true, carry: false };

const HOURS = 24;
/** One hour counts as a level off by at most 2× (level-error.ts MAX_U). */
const MAX_U = 1;
/** Standard errors the deficits' Pearson sum must stand above its noise by (weekdays-differ.ts GATE_Z). */
const GATE_Z = 3;

/** The week's mean fraction of hour `h` over every weekday learned, or 0 with no complete day. */
function weekFraction(s: WeekShape, h: number): number {
  let sum = 0;
  let w = 0;
  for (let d = 0; d < 7; d++) {
    sum += s.sum[d * HOURS + h] as number;
    w += s.w[d] as number;
  }
  return w > 0 ? sum / w : 0;
}

const median = (xs: number[]) => {
  const v = xs.slice().sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? (v[m] as number) : ((v[m - 1] as number) + (v[m] as number)) / 2;
};

/**
 * The variance, in logs, of the day in progress `day`'s complete hours (before `hour`) about the week's
 * shape, from its deficits; 0 off, on a weekday whose own shape counts, or before two hours are complete.
 */
export function dayShapeVariance(s: WeekShape | undefined, day: number, hour: number, noise = 1): number {
  if (!dayShape.on || !s || !weekdayYoung(s, day % 7)) return 0;
  if (s.day !== day) return dayShape.carry && s.day === day - 1 ? (ownVariance(s, HOURS, noise) ?? 0) : 0;
  const own = ownVariance(s, hour, noise);
  return own === undefined && dayShape.carry && s.carry?.day === day ? s.carry.v : (own ?? 0);
}

/**
 * The misfit of the day in progress's complete hours before `hour`; undefined before two are complete
 * (the day has nothing of its own to show yet), 0 where its deficits do not pass the gate.
 */
function ownVariance(s: WeekShape, hour: number, noise: number): number | undefined {
  if (!weekdayYoung(s, (s.day as number) % 7)) return 0;
  const hours: { count: number; share: number; ref: number }[] = [];
  const learned = s.level.reduce((a, b) => a + b, 0);
  for (let h = 0; h < hour; h++) {
    const seen = s.seen[h] as number;
    const fraction = weekFraction(s, h);
    const share = fraction * seen;
    // The week's fraction is itself a mean of few days: its Poisson part, 1 ÷ the hour's count learned.
    if (seen > 0 && share > 0)
      hours.push({ count: s.today[h] as number, share, ref: HOURS / (fraction * learned) });
  }
  if (hours.length < 2) return undefined;
  const level = median(hours.map((x) => x.count / x.share));
  if (!(level > 0)) return 0;
  // The level error's own estimator (level-error.ts learnLevelError): ((o − e)² − noise)/e² per hour,
  // weighted by e, so a quiet hour's few mentions count little; one hour counts as 2× off at most.
  let total = 0;
  let weight = 0;
  // The deficits' Pearson sum against its noise: each term ≈ χ²₁ (mean 1, variance 2) where the day
  // fits the week's shape.
  let pearson = 0;
  let short = 0;
  for (const { count, share, ref } of hours) {
    const e = level * share;
    weight += e;
    if (count >= e) continue;
    pearson += (count - e) ** 2 / (noise * e + ref * e * e);
    short++;
    const u = ((count - e) ** 2 - noise * e) / (e * e) - ref;
    total += e * Math.max(-MAX_U, Math.min(MAX_U, u));
  }
  // Charged only once the day's own hours show a misfit, by the weekdays' gate's rule (weekdays-differ.ts).
  if (!(short > 0) || pearson - short <= GATE_Z * Math.sqrt(2 * short)) return 0;
  return weight > 0 ? Math.max(0, (2 * total) / weight) : 0;
}

/**
 * At a young day's close (the first bucket of `day`), the misfit its hours showed, kept for `day`'s
 * first hours (dayShapeVariance), with `noise` the all-mentions series' divisor at that minute.
 */
export function carryDayShape(s: WeekShape, day: number, noise: number): void {
  if (s.day === null || s.day === day) return;
  const young = dayShape.on && dayShape.carry && s.day === day - 1 && weekdayYoung(s, s.day % 7);
  const v = young ? (ownVariance(s, HOURS, noise) ?? 0) : 0;
  if (v > 0) s.carry = { day, v };
  else delete s.carry;
}
