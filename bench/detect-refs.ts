/**
 * The two reference detectors bench:detect compares Firebreak with, as a reader of a textbook would
 * write them, both on the count of negative mentions (by the same classifier as the product).
 */

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/** Alarm times (ms) of one detector over a stream of negative-mention times. */
export interface Reference {
  /** A negative mention at `t`. */
  negative(t: number): number | null;
  /** Time passes to `t` (called before each mention and at the end). */
  advance(t: number): number | null;
}

/**
 * Hourly mean + 3σ: the count of the clock hour in progress against the mean and standard deviation of
 * the hourly counts of the past 7 days; alarms as soon as the hour's count passes, once per hour, and
 * not again until an hour has stayed below.
 */
export function meanThreeSigma(warmupMs = 2 * 24 * HOUR): Reference {
  const hours: number[] = [];
  let hourStart: number | null = null;
  let count = 0;
  let armed = true;
  let firedThisHour = false;
  let first: number | null = null;
  const close = (t: number) => {
    if (hourStart === null) hourStart = Math.floor(t / HOUR) * HOUR;
    while (t >= hourStart + HOUR) {
      hours.push(count);
      if (hours.length > WEEK / HOUR) hours.shift();
      if (!firedThisHour) armed = true;
      count = 0;
      firedThisHour = false;
      hourStart += HOUR;
    }
  };
  const limit = () => {
    const n = hours.length;
    const mean = hours.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(hours.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
    return mean + 3 * sd;
  };
  return {
    advance(t) {
      first ??= t;
      close(t);
      return null;
    },
    negative(t) {
      first ??= t;
      close(t);
      count++;
      if (!armed || t - first < warmupMs || hours.length < 24 || count < limit()) return null;
      armed = false;
      firedThisHour = true;
      return t;
    },
  };
}

/**
 * Textbook Poisson CUSUM (Lucas 1985) on 5-minute counts: in-control mean μ0 = the mean of the past 7
 * days, designed to detect a doubling (μ1 = 2μ0), reference value k = (μ1 − μ0)/ln(μ1/μ0), decision
 * interval h = 5 in units of counts' log-ratio, i.e. S = max(0, S + x − k) with alarm at S ≥ h/ln 2.
 * Restarts at 0 after an alarm.
 */
export function poissonCusum(warmupMs = 2 * 24 * HOUR, bucketMs = 5 * 60_000): Reference {
  const buckets: number[] = [];
  let start: number | null = null;
  let count = 0;
  let s = 0;
  let first: number | null = null;
  const H = 5 / Math.LN2;
  const step = (t: number): number | null => {
    first ??= t;
    if (start === null) start = Math.floor(t / bucketMs) * bucketMs;
    let alarm: number | null = null;
    while (t >= start + bucketMs) {
      const mu0 = buckets.length ? buckets.reduce((a, x) => a + x, 0) / buckets.length : 0;
      const k = mu0 > 0 ? mu0 / Math.LN2 : 0;
      buckets.push(count);
      if (buckets.length > WEEK / bucketMs) buckets.shift();
      if (start + bucketMs - first >= warmupMs && mu0 > 0) {
        s = Math.max(0, s + count - k);
        if (s >= H) {
          alarm = start + bucketMs;
          s = 0;
        }
      }
      count = 0;
      start += bucketMs;
    }
    return alarm;
  };
  return {
    advance: step,
    negative(t) {
      const a = step(t);
      count++;
      return a;
    },
  };
}
