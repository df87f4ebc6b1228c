import { type ProfileState, youngShapeVariance } from "./baseline.js";
import { chargeCap, levelThreshold } from "./level-error.js";
import { divisorAt } from "./rate-dispersion.js";
import type { SeqState } from "./sequential.js";
import { drainLearned, type Told } from "./told.js";
import { withinHour } from "./within-hour.js";
import { matureHour } from "./young-phi.js";

/*
 * The baseline's level error left over by the divisor, charged as a level error (nineteenth pass of
 * issue 15). A bucket's evidence is divided by D, the larger of φ (the hourly residuals' mean, one number
 * a series) and the noise inside the hour at its rate (rate-dispersion.ts). Neither grows with the rate
 * as a level that is off does: an hour's count at e expected, its level off by ρ of variance σ², has
 * variance D·e + σ²e², so at a dense series' peak the level's error is under-charged. Under a rate mixed
 * within the minute the baseline learns from counts many times noisier than Poisson, and at the evening
 * peak of a 20,000-a-day shop windows ran at 2–2.7× expected for tens of minutes (`gamma`, docs).
 * What an hour says beyond the divisor is (o − e)² − D·e, of mean σ²e²: its e-weighted mean per e² (the
 * sixth pass's estimate, with D for φ_in) is the level's variance the tests have not paid for, and each
 * member's threshold pays for it as the sixth pass's form does (level-error.ts): the smallest h with
 * W·E_ρ[ρ·r(k^θ, θh)] ≤ b over a log-normal ρ of that variance. Quiet hours, where D is over what the
 * level adds, count below 0: only what is not yet charged is charged. It counts once shown, two of its
 * own standard errors above 0 (as the rate's line, rate-dispersion.ts), and starts from 0 worth
 * PRIOR_MENTIONS expected mentions: a sparse series, or a few days of a few dozen an hour (the airline
 * replay), is not charged for the noise of the estimate.
 *
 * With `scope`, every series pays at least the all-mentions series' shown excess: a narrow series'
 * expected count is the scope's day level and hour shape times its own factors, so it shares the
 * scope's level error, which its own few mentions an hour cannot show.
 */

/**
 * On, with `scope`, since the twentieth pass (measured on every arrival condition, the held-out half and
 * the airline replay, docs/detection.md). Off: the thresholds pay only the divisor, as before the
 * nineteenth pass (bench `--excess off|on|scope`, the tests).
 */
export const levelExcess = { on: true, scope: true };

/** A week of hours, as the dispersions remember. */
const DECAY = 0.5 ** (1 / 168);
/** The estimate starts at 0, worth this many expected mentions: a sparse series hardly moves it. */
export const PRIOR_MENTIONS = 2000;
/** One wild hour (a feed's outage, a wave missed) counts as a level off by at most 2×. */
const MAX_U = 1;

/** The hour's excess per e², (o − e)² − D·e over e², clipped to ±MAX_U. */
export function hourExcess(o: number, e: number, divisor: number): number {
  return Math.max(-MAX_U, Math.min(MAX_U, ((o - e) ** 2 - divisor * e) / (e * e)));
}

/** Standard errors the measured variance must stand above 0 by before it is charged (as the line's, LINE_Z). */
export const EXCESS_Z = 2;

/**
 * The variance of the level's error not covered by the divisor, once shown: the e-weighted mean of the
 * hours' excess, shrunk toward 0 by PRIOR_MENTIONS, where it stands EXCESS_Z of its own standard errors
 * above 0; else 0. A series whose hours say little (a few days of a few dozen mentions an hour, where
 * one hour's excess swings by ±D/e) is not charged for the noise of the estimate.
 */
export function excessVariance(seq: SeqState, sums = seq.lx): number {
  const [a, b, c, d, f] = (sums ?? [0, 0, 0, 0, 0]) as [number, number, number, number, number];
  if (b <= 0) return 0;
  const v = a / (b + PRIOR_MENTIONS);
  const mean = a / b;
  const se = Math.sqrt(Math.max(0, c - 2 * mean * d + mean * mean * f)) / b;
  return v - EXCESS_Z * se > 0 ? v : 0;
}

/**
 * Try of the twenty-fifth pass (bench `--excess-mature on`, off): a second excess learned from mature
 * hours only (the young-free φ's hours), charged on mature hours, so the young fortnight's misfit of
 * young weekday shapes is not charged for a week after every weekday is corrected.
 */
export const excessMature = { on: false };

type Sums = [number, number, number, number, number];
const matureSums = new WeakMap<SeqState, Sums>();
/** Until a series has learned a mature hour, the excess of all its hours (`excessVariance`'s default). */
export const matureExcessOf = (seq: SeqState) => excessVariance(seq, matureSums.get(seq));

function learnExcess(seq: SeqState, o: number, e: number, divisor: number, mature = false): void {
  const u = hourExcess(o, e, divisor);
  if (mature) matureSums.set(seq, addHour(matureSums.get(seq) ?? [0, 0, 0, 0, 0], e, u));
  seq.lx = addHour(seq.lx ?? [0, 0, 0, 0, 0], e, u);
}

function addHour(s: readonly number[], e: number, u: number): Sums {
  return [
    (s[0] as number) * DECAY + e * u,
    (s[1] as number) * DECAY + e,
    (s[2] as number) * DECAY * DECAY + e * e * u * u,
    (s[3] as number) * DECAY * DECAY + e * e * u,
    (s[4] as number) * DECAY * DECAY + e * e,
  ];
}

/**
 * What the tests divided an hour's evidence by (twenty-fourth pass): the divisor at its rate from the φ
 * in use (the young-free φ on a mature hour, young-phi.ts), times the youth divisor the threshold and
 * statistic are divided by (sequential.ts `firing`). Until then the excess was measured against φ alone:
 * where the young-free φ stood in for φ, the part φ held (the baseline's own error) was charged by
 * neither (`gamma`, 3,000 a day, day 15.8), and while the youth divisor stood above 1 the excess charged
 * again what the youth divisor already paid.
 */
export interface DivisorInUse {
  /** The hour's weekday has its shape corrected and the young-free φ divides it (young-phi.ts matureHour). */
  mature: boolean;
  /** ≥ 1: the youth divisor (watch.ts youthOf). */
  youth: number;
}

const divisorInUse = (seq: SeqState, e: number, scope: SeqState | undefined, use: DivisorInUse) =>
  divisorAt(seq, e, scope, use.mature ? (seq.phiMature ?? seq.phi) : seq.phi) *
  (excessInUse.youth ? use.youth : 1);

/**
 * Excess measured against the divisor in use (the young-free φ where it divides); `youth`: times the
 * youth divisor as well. Off: against φ alone, as before the twenty-fourth pass.
 */
export const excessInUse = { on: true, youth: false };

/**
 * At the end of each hour: queues the hour's count, expected count and the divisor the tests used on it,
 * and learns the hours that are LEARN_LAG_MS old and were not inside a told wave, as φ does (told.ts).
 * A queue saved before the divisor was kept (`lxQueue`, rows of three) is read against φ alone.
 */
export function queueLevelExcess(
  seq: SeqState,
  end: number,
  counts: readonly number[],
  expected: readonly number[],
  learn: boolean,
  told: Told | undefined,
  /** The all-mentions series, whose line a young series divides by (rate-dispersion.ts, youngLine). */
  scope?: SeqState,
  use: DivisorInUse = { mature: false, youth: 1 },
): void {
  if (!levelExcess.on) return;
  const old = seq.lxQueue;
  if (old) {
    drainLearned(old, 3, end, told, ([, ho, he]) =>
      learnExcess(seq, ho as number, he as number, divisorAt(seq, he as number, scope)),
    );
    if (old.length === 0) delete seq.lxQueue;
  }
  const q = seq.lxq ?? [];
  seq.lxq = q;
  const { o, e } = withinHour(counts, expected);
  if (learn && e > 0) {
    const d = excessInUse.on ? divisorInUse(seq, e, scope, use) : 0;
    // A mature hour's divisor is queued negative: the queue's rows stay four numbers.
    q.push(end, o, e, excessMature.on && use.mature && d > 0 ? -d : d);
  }
  drainLearned(q, 4, end, told, ([, ho, he, hd]) => {
    const d = Math.abs(hd as number) > 0 ? Math.abs(hd as number) : divisorAt(seq, he as number, scope);
    learnExcess(seq, ho as number, he as number, d, (hd as number) < 0);
  });
}

/**
 * The members' thresholds paying for the uncharged level error, or undefined where there is none.
 * With the scope's profile and the instant: on a young weekday, the variance of its hour about the
 * week's shape it is expected with (week-shape.ts youngSpread) as well; the larger of it and the shown
 * excess is charged, not their sum, as the excess learned those young hours' misfit too.
 */
export function excessThresholdOf(
  seq: SeqState,
  alarmsPerWeek: number,
  scope?: SeqState,
  profile?: ProfileState,
  at = 0,
): ((k: number, weekly: number) => number) | undefined {
  if (!levelExcess.on) return undefined;
  const mature = excessMature.on && profile !== undefined && matureHour(profile, at);
  const of = mature ? matureExcessOf : excessVariance;
  const excess = Math.max(of(seq), levelExcess.scope && scope ? of(scope) : 0);
  // The profile's counts are all mentions': their noise is that series' divisor (sequential.ts divisorOf).
  const all = scope ?? seq;
  const noise = Math.max(1, all.phiNow ?? all.phi);
  const shown = Math.max(excess, profile ? youngShapeVariance(profile, at, noise) : 0);
  if (shown <= 0) return undefined;
  // At most the cap (levelCap): σ ≤ 0.35, what the start-up thread pre-builds curves for, unless lifted.
  const v = Math.min(chargeCap(), shown);
  return (k, weekly) => levelThreshold(k, weekly, alarmsPerWeek, v);
}
