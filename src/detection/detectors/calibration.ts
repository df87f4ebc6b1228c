import { seededRandom } from "./synthetic.js";

/**
 * How often a Poisson CUSUM raises a false alarm, so thresholds follow from a false-alarm budget.
 *
 * Measured in "expected mentions" rather than in minutes, a series' traffic under the baseline is a
 * Poisson process of rate 1 whatever its size or rhythm (the time change Λ(t) = ∫ expected). A CUSUM
 * tuned for a rise to k× jumps by ln k at each mention and drifts down by k − 1 per expected mention;
 * its increments are exact log-likelihood ratios, so an excursion reaches h with probability ∝ e^−h
 * (Cramér–Lundberg), and its false alarms per expected mention are C(k)·e^−h for every h past a few
 * jumps. C(k) is measured once per k by simulating that unit-rate process (seeded: the same everywhere),
 * so a series expecting W mentions a week raises W·C(k)·e^−h false alarms a week: a sparse shop and a
 * busy one get thresholds from the same budget, no constant tuned on any data set.
 */

const cache = new Map<number, number>();
/** Thresholds at which C(k) is measured (the largest is kept: lattice effects of large jumps). */
const PROBE_H = [5, 6, 7] as const;
const ALARMS_WANTED = 1500;
const MAX_EVENTS = 4_000_000;

/** C(k): false alarms per expected mention × e^h, for a CUSUM tuned to a rise to `k`×. */
export function tailConstant(k: number): number {
  const cached = cache.get(k);
  if (cached !== undefined) return cached;
  const rand = seededRandom(Math.round(k * 1000));
  const jump = Math.log(k);
  const drift = k - 1;
  const s = PROBE_H.map(() => 0);
  const alarms = PROBE_H.map(() => 0);
  let t = 0;
  let events = 0;
  const last = PROBE_H.length - 1;
  while (events < MAX_EVENTS && (alarms[last] as number) < ALARMS_WANTED) {
    const dt = -Math.log(1 - rand());
    t += dt;
    events++;
    for (let i = 0; i < PROBE_H.length; i++) {
      const v = Math.max(0, (s[i] as number) - drift * dt) + jump;
      if (v >= (PROBE_H[i] as number)) {
        alarms[i] = (alarms[i] as number) + 1;
        s[i] = 0;
      } else s[i] = v;
    }
  }
  let c = 0;
  for (let i = 0; i < PROBE_H.length; i++)
    c = Math.max(c, ((alarms[i] as number) / t) * Math.exp(PROBE_H[i] as number));
  // A tenth more: the measurement's own noise must not spend the budget.
  const value = c * 1.1;
  cache.set(k, value);
  return value;
}

const bankCache = new Map<string, number>();
/** Per-member false-alarm rate (per expected mention) at which the bank's union rate is measured. */
const BANK_PROBE_RATE = 1e-3;

/**
 * D(k₁…kₙ): how many independent tests a bank of CUSUMs on the same series is worth. The members see
 * the same mentions, so their false alarms mostly coincide: the union's rate is D times one member's,
 * with 1 ≤ D ≤ n. Measured like C(k): every member at the same per-member rate, all restarting when any
 * alarms, on the unit-rate process. Splitting the budget by D instead of n (Bonferroni) keeps the
 * bank's false alarms at the budget without paying for the overlap.
 */
export function bankFactor(factors: readonly number[]): number {
  const key = factors.join(",");
  const cached = bankCache.get(key);
  if (cached !== undefined) return cached;
  if (factors.length <= 1) return 1;
  const rand = seededRandom(factors.length * 7919 + Math.round(factors[0] ?? 0));
  const h = factors.map((k) => Math.log(tailConstant(k) / BANK_PROBE_RATE));
  const s = factors.map(() => 0);
  let t = 0;
  let alarms = 0;
  let events = 0;
  while (events < MAX_EVENTS && alarms < ALARMS_WANTED) {
    const dt = -Math.log(1 - rand());
    t += dt;
    events++;
    let fired = false;
    for (let i = 0; i < factors.length; i++) {
      const k = factors[i] as number;
      const v = Math.max(0, (s[i] as number) - (k - 1) * dt) + Math.log(k);
      s[i] = v;
      if (v >= (h[i] as number)) fired = true;
    }
    if (fired) {
      alarms++;
      s.fill(0);
    }
  }
  // The measured union rate over one member's budgeted rate; the tenth more is the measurement's noise.
  const value = Math.min(factors.length, Math.max(1, (alarms / t / BANK_PROBE_RATE) * 1.1));
  bankCache.set(key, value);
  return value;
}

/**
 * The CUSUM threshold h for which a series expecting `weeklyExpected` (dispersion-scaled) mentions a
 * week raises `alarmsPerWeek` false alarms a week: W·C(k)·e^−h = budget. Never below one jump: a
 * single mention is not a wave.
 */
export function cusumThreshold(k: number, weeklyExpected: number, alarmsPerWeek: number): number {
  const w = Math.max(weeklyExpected, 1e-6);
  return Math.max(Math.log(k), Math.log((w * tailConstant(k)) / alarmsPerWeek));
}
