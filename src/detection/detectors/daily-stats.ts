import { logGamma } from "./stats.js";

/**
 * Tails of a day's count when the day's own rate swings: N ~ Poisson(e·G), ln G normal with mean −s²/2
 * and variance s² (so E[G] = 1 and Var G = e^{s²} − 1). Review platforms' daily counts swing like
 * this (σ = 0.5 between days is ordinary). A negative binomial (a gamma G) with the same variance has a
 * thinner upper tail: at σ = 0.5, where the log-normal passes its 1 % point the gamma has 0.6 % left,
 * at its 0.2 % point 0.05 %, so thresholds from it would spend the budget 1.7–4 times over.
 */

/** Standard normal nodes and weights (a quarter-σ grid over ±6σ: far finer than the tails asked for). */
const NODES: { z: number; w: number }[] = (() => {
  const out: { z: number; w: number }[] = [];
  let sum = 0;
  for (let z = -6; z <= 6 + 1e-9; z += 0.25) {
    const w = Math.exp((-z * z) / 2);
    out.push({ z, w });
    sum += w;
  }
  for (const n of out) n.w /= sum;
  return out;
})();

const logPmf = (k: number, mu: number) => -mu + k * Math.log(mu) - logGamma(k + 1);

/** P(N ≥ c) for N ~ Poisson(mu). */
export function poissonUpper(c: number, mu: number): number {
  if (c <= 0) return 1;
  if (mu <= 0) return 0;
  if (c > mu) {
    // Sum upward from c: terms fall at least as fast as mu/(k+1) < 1.
    let term = Math.exp(logPmf(c, mu));
    let sum = term;
    for (let k = c; term > sum * 1e-13 && k < c + 100_000; k++) {
      term *= mu / (k + 1);
      sum += term;
    }
    return Math.min(1, sum);
  }
  // 1 − P(N ≤ c − 1), summed downward from c − 1.
  let term = Math.exp(logPmf(c - 1, mu));
  let sum = term;
  for (let k = c - 1; k > 0 && term > sum * 1e-13; k--) {
    term *= k / mu;
    sum += term;
  }
  return Math.max(0, 1 - sum);
}

/** P(N ≥ c) for a day expecting `e` whose rate swings with log-variance `s2`. */
export function dayUpper(c: number, e: number, s2: number): number {
  if (s2 <= 0) return poissonUpper(c, e);
  const s = Math.sqrt(s2);
  let p = 0;
  for (const n of NODES) p += n.w * poissonUpper(c, e * Math.exp(-s2 / 2 + s * n.z));
  return Math.min(1, p);
}

/** The smallest count c with P(N ≥ c) ≤ p (a day reaching it is that rare). */
export function dayQuantile(p: number, e: number, s2: number): number {
  let hi = Math.max(1, Math.ceil(e));
  while (dayUpper(hi, e, s2) > p) hi *= 2;
  let lo = 0;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dayUpper(mid, e, s2) > p) lo = mid;
    else hi = mid;
  }
  return hi;
}
