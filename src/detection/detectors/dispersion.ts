import { residualCap } from "./rate-dispersion.js";
import type { SeqState } from "./sequential.js";
import { upperTailScore } from "./stats.js";
import { duringTold, LEARN_LAG_MS, type Told } from "./told.js";
import { notePrevious, youngPhi, youngResidual } from "./young-phi.js";

/*
 * What a series learns of its own noise and rhythm (the dispersion φ from its hours, its hour-of-day
 * correction) and how its counts are said to people (how strange a rise is, the usual range).
 */

/** −log10 P(X ≥ observed) for the dispersion-scaled counts: how strange the rise is, for people. */
export const surprise = (seq: SeqState, observed: number, expected: number) =>
  upperTailScore(observed / seq.phi, Math.max(expected, 1e-9) / seq.phi);

const PHI_HALF_LIFE_HOURS = 168;
const PHI_PRIOR_HOURS = 24;

/**
 * At the end of each hour: queues the hour's count (outside the series' own episodes) and learns the
 * dispersion from the hours that are LEARN_LAG_MS old and were not inside a told wave (told.ts).
 * `young`: whether the hour starting at a time is on a weekday whose own shape is not corrected yet
 * (young-phi.ts).
 */
export function queueDispersion(
  seq: SeqState,
  end: number,
  learn: boolean,
  told: Told | undefined,
  young?: (start: number) => boolean,
): void {
  const o = seq.hourObserved;
  const e = seq.hourExpected;
  seq.hourObserved = 0;
  seq.hourExpected = 0;
  const q = seq.phiQueue ?? [];
  seq.phiQueue = q;
  if (learn && e > 0) q.push(end, o, e);
  while (q.length >= 3 && (q[0] as number) <= end - LEARN_LAG_MS) {
    const [at, observed, expected] = q.splice(0, 3) as [number, number, number];
    if (duringTold(told, at - 3_600_000, at)) continue;
    const cap = residualCap(seq, expected);
    const r = Math.min(cap, (observed - expected) ** 2 / Math.max(expected, 0.5));
    let rm = r;
    if (youngPhi.on && young?.(at - 3_600_000)) {
      const next = q.length >= 3 ? (q.slice(0, 3) as [number, number, number]) : undefined;
      const usable = next && !duringTold(told, next[0] - 3_600_000, next[0]) ? next : undefined;
      rm = youngResidual(seq, at, observed, expected, usable, cap);
    }
    notePrevious(seq, at, observed, expected);
    learnDispersion(seq, r, rm);
  }
}

/** φ from the hour's residual `r`; with `youngPhi`, the φ of weekdays whose shape holds from `rm`. */
function learnDispersion(seq: SeqState, r: number, rm: number): void {
  const a = Math.max(1 - 0.5 ** (1 / PHI_HALF_LIFE_HOURS), 1 / (seq.phiHours + PHI_PRIOR_HOURS + 1));
  seq.phiHours++;
  if (youngPhi.on) {
    const m = seq.phiMature ?? seq.phi;
    seq.phiMature = Math.min(50, Math.max(1, m + a * (rm - m)));
  }
  seq.phi = Math.min(50, Math.max(1, seq.phi + a * (r - seq.phi)));
}

/** Expected mentions an hour of day must show before the series' own rhythm counts for half. */
const OWN_RHYTHM_PRIOR = 100;
const HOD_DECAY_PER_DAY = 0.5 ** (1 / 14);

const rawCorrection = (seq: SeqState, hour: number) => {
  const o = seq.hod[hour] as number;
  const e = seq.hod[24 + hour] as number;
  return Math.min(5, Math.max(0.2, (o + OWN_RHYTHM_PRIOR) / (e + OWN_RHYTHM_PRIOR)));
};

/**
 * The series' own hour-of-day correction to its scope's rhythm, shrunk to 1 while evidence is thin, and
 * scaled so that its average over the day, weighted by the scope's hour shape (`shape`, baseline.ts
 * hourShape), is 1: it moves the series' expectation between the hours and leaves the day's total to
 * the level. Left free, it learned part of the level too: while it grew at the series' own hours and
 * shrank at the scope's, the day's sum of the factors the level is learned against fell, and a level
 * remembering weeks of larger sums expected too little (a series writing twelve hours out of its
 * scope's step: observed 1.23× its expectation, level-ratio.test.ts).
 */
export function hourCorrection(seq: SeqState, hour: number, shape: readonly number[]): number {
  let weighted = 0;
  let total = 0;
  for (let h = 0; h < 24; h++) {
    const w = shape[h] as number;
    weighted += w * rawCorrection(seq, h);
    total += w;
  }
  return total > 0 && weighted > 0 ? (rawCorrection(seq, hour) * total) / weighted : rawCorrection(seq, hour);
}

/** Adds a closed bucket's (clipped) count and its rhythm-free expectation to the hour-of-day sums. */
export function learnHour(
  seq: SeqState,
  hour: number,
  firstOfHour: boolean,
  observed: number,
  expected: number,
) {
  if (firstOfHour) {
    seq.hod[hour] = (seq.hod[hour] as number) * HOD_DECAY_PER_DAY;
    seq.hod[24 + hour] = (seq.hod[24 + hour] as number) * HOD_DECAY_PER_DAY;
  }
  seq.hod[hour] = (seq.hod[hour] as number) + observed;
  seq.hod[24 + hour] = (seq.hod[24 + hour] as number) + expected;
}

/** A 95% interval of a Poisson count of mean `mu`, widened by the dispersion: "the usual range". */
export function usualRange(mu: number, phi: number): [number, number] {
  if (mu <= 0) return [0, 0];
  if (mu / phi > 50) {
    const sd = Math.sqrt(mu * phi);
    return [Math.max(0, Math.floor(mu - 1.96 * sd)), Math.ceil(mu + 1.96 * sd)];
  }
  // Quantiles of the Poisson with mean mu/phi, scaled back by phi.
  const m = mu / phi;
  let p = Math.exp(-m);
  let cdf = p;
  let k = 0;
  let low = -1;
  while (cdf < 0.975 && k < 10_000) {
    if (low < 0 && cdf >= 0.025) low = k;
    k++;
    p *= m / k;
    cdf += p;
  }
  if (low < 0) low = k;
  return [Math.floor(low * phi), Math.ceil(k * phi)];
}
