/**
 * An hour's count, its expected count, and the Pearson statistic of its buckets around the hour's own
 * level: each bucket against the hour's count spread by the buckets' expected shares. Its mean is df
 * under Poisson whatever the baseline's error, so it measures the noise inside the hour alone (the rate
 * dispersion and the level error both read it). df is the buckets with an expected share, less one;
 * an empty hour has x2 = 0 and df = −1.
 */
export function withinHour(
  counts: readonly number[],
  expected: readonly number[],
): { o: number; e: number; x2: number; df: number } {
  let o = 0;
  let e = 0;
  for (let i = 0; i < counts.length; i++) {
    o += counts[i] as number;
    e += expected[i] as number;
  }
  let x2 = 0;
  let df = -1;
  if (o > 0 && e > 0)
    for (let i = 0; i < counts.length; i++) {
      const m = (o * (expected[i] as number)) / e;
      if (m <= 0) continue;
      x2 += ((counts[i] as number) - m) ** 2 / m;
      df++;
    }
  return { o, e, x2, df };
}
