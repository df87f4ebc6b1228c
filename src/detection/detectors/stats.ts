/**
 * Tail probabilities of counts, as scores: −log10 p. A negative binomial (variance μ + μ²/size) rather
 * than a Poisson because real traffic is overdispersed: busy days are busier than a Poisson allows.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const MAX_SCORE = 50;
const LN10 = Math.log(10);

/** log P(X = k) for a negative binomial of mean `mu` and `size` (Poisson when size is Infinity). */
function logPmf(k: number, mu: number, size: number): number {
  if (!Number.isFinite(size)) return -mu + k * Math.log(mu) - logGamma(k + 1);
  return (
    logGamma(k + size) -
    logGamma(size) -
    logGamma(k + 1) +
    size * Math.log(size / (size + mu)) +
    k * Math.log(mu / (size + mu))
  );
}

/** Ratio P(k+1)/P(k). */
const stepUp = (k: number, mu: number, size: number) =>
  Number.isFinite(size) ? ((k + size) / (k + 1)) * (mu / (size + mu)) : mu / (k + 1);

/** −log10 P(X ≥ observed); 0 when observed is not above the mean. */
export function upperTailScore(observed: number, expected: number, size = Number.POSITIVE_INFINITY): number {
  const x = Math.floor(observed);
  if (x <= 0) return 0;
  if (expected <= 0) return MAX_SCORE;
  if (x <= expected) return 0;
  const first = logPmf(x, expected, size);
  let rel = 1;
  let term = 1;
  for (let k = x; k < x + 100_000; k++) {
    term *= stepUp(k, expected, size);
    rel += term;
    if (term < rel * 1e-12) break;
  }
  return clampScore(-(first + Math.log(rel)) / LN10);
}

/** −log10 P(X ≤ observed); 0 when observed is not below the mean. */
export function lowerTailScore(observed: number, expected: number, size = Number.POSITIVE_INFINITY): number {
  const x = Math.max(0, Math.floor(observed));
  if (expected <= 0 || x >= expected) return 0;
  const first = logPmf(x, expected, size);
  let rel = 1;
  let term = 1;
  for (let k = x; k > 0; k--) {
    term /= stepUp(k - 1, expected, size);
    rel += term;
    if (term < rel * 1e-12) break;
  }
  return clampScore(-(first + Math.log(rel)) / LN10);
}

const clampScore = (s: number) => (Number.isFinite(s) ? Math.min(MAX_SCORE, Math.max(0, s)) : MAX_SCORE);

/**
 * −log10 P(X ≥ x) for X ~ Binomial(n, p): how surprising x of n is at the usual share p. Summed from x
 * upwards by the ratio of neighbouring terms; 0 when x is not above n·p.
 */
export function binomialUpperScore(x: number, n: number, p: number): number {
  const k0 = Math.floor(x);
  if (k0 <= 0 || k0 <= n * p) return 0;
  if (k0 > n) return MAX_SCORE;
  if (p <= 0) return MAX_SCORE;
  if (p >= 1) return 0;
  const first =
    logGamma(n + 1) - logGamma(k0 + 1) - logGamma(n - k0 + 1) + k0 * Math.log(p) + (n - k0) * Math.log(1 - p);
  let rel = 1;
  let term = 1;
  for (let k = k0; k < n; k++) {
    term *= ((n - k) / (k + 1)) * (p / (1 - p));
    rel += term;
    if (term < rel * 1e-12) break;
  }
  return clampScore(-(first + Math.log(rel)) / LN10);
}
