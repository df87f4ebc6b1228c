import { type ProfileState, youngWeekday } from "./baseline.js";
import type { SeqState } from "./sequential.js";
import { weekdaysDiffer } from "./weekdays-differ.js";

/*
 * φ that does not learn a young weekday's shape as noise (twenty-second pass of issue 15). Until a
 * weekday has been seen twice (week-shape.ts MIN_WEEKS) its hours are expected with the week's hour
 * shape, and a weekend of its own shape misfits every one of them: (o − e)²/e learns e·δ² an hour on
 * top of the noise, and φ (half-life a week) divided every hour's evidence by it for two weeks more.
 * The misfit of a shape is smooth from one hour to the next; the noise φ is for is not (Poisson, or a
 * rate mixed within the minute, is independent hour to hour). With z = (o − e)/√e, z_h² − z_h·z̄ (z̄
 * the mean of the neighbouring hours' z) has mean φ whatever the shape misfit, as far as δ_h ≈ δ_h±1:
 * the product takes out e·δ², and under independent noise its mean is 0, so `gamma`'s noise is still
 * learned in full. A level that is off for the whole day is smooth too and is taken out alike; the
 * level's error is charged on its own (level-excess.ts).
 *
 * That φ is kept beside the old one (`phiMature`) and divides only the hours of weekdays whose shape is
 * corrected: a young weekday's hours are still divided by the φ that learned their misfit, because the
 * misfit is real there (the expectation is wrong by it, and the tests must pay for it). Taking it out of
 * the young hours' divisor too (the first version) raised the null bench's days 2–14 under `weekend`
 * at 20,000 a day from 19.7 to 68.4 false alarms a week (docs/detection.md, "Twenty-second pass").
 */

/**
 * On since the twenty-fourth pass (measured with the pooled week shape on every null condition, the dev
 * and held-out halves and the airline replay, docs/detection.md). Off: one φ from (o − e)²/e on every
 * hour, as before the twenty-second pass (bench `--young-phi off`).
 * `gate` (twenty-third pass, bench `--young-phi-gate on|off`): the young-free φ divides only where the
 * weekdays are shown to differ; without it, wherever a weekday's shape is corrected (the twenty-second).
 */
export const youngPhi = { on: true, gate: true };

/** Whether the hour starting at a time is on a weekday whose own shape is not corrected yet. */
export const youngHours = (p: ProfileState) => (start: number) => youngWeekday(p, start);

/**
 * Whether the bucket at `ms` is divided by the φ that did not learn young weekdays' shape: on a weekday
 * whose shape is corrected, and only where the weekdays are shown to differ (weekdays-differ.ts). Where
 * they are not, the young weekdays had no shape of their own to misfit, and the smooth part the young-free
 * φ left out was the baseline's own error, which φ must keep charging (docs/detection.md, "Twenty-third
 * pass": `gamma` at 3,000 a day, day 15.8).
 */
export const matureHour = (p: ProfileState, ms: number) =>
  youngPhi.on && !youngWeekday(p, ms) && (!youngPhi.gate || weekdaysDiffer(p.week).differ);

const HOUR_MS = 3_600_000;

const zOf = (o: number, e: number) => (o - e) / Math.sqrt(Math.max(e, 0.5));

/**
 * The residual φ learns from an hour of a young weekday ending at `at`: z² less its product with the
 * mean z of the adjacent hours that were learned (the previous one, kept in `seq.phiPrev`) or are
 * waiting in the queue (the next one), bounded by the cap either way; plain z² without a neighbour.
 */
export function youngResidual(
  seq: SeqState,
  at: number,
  o: number,
  e: number,
  next: readonly [number, number, number] | undefined,
  cap: number,
): number {
  const z = zOf(o, e);
  let sum = 0;
  let k = 0;
  const prev = seq.phiPrev;
  if (prev && prev[0] === at - HOUR_MS) {
    sum += prev[1];
    k++;
  }
  if (next && next[0] === at + HOUR_MS) {
    sum += zOf(next[1], next[2]);
    k++;
  }
  const plain = Math.min(cap, z * z);
  if (k === 0) return plain;
  return Math.max(-cap, Math.min(cap, plain - z * (sum / k)));
}

/** Keeps the hour's z as the next hour's previous neighbour. */
export function notePrevious(seq: SeqState, at: number, o: number, e: number): void {
  if (youngPhi.on) seq.phiPrev = [at, zOf(o, e)];
}
