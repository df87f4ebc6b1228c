export interface BackoffOptions {
  /** Delay after the first failure (any unit: the result is in the same one). */
  first: number;
  /** No delay grows past this. */
  max: number;
  /** ± this share of the delay, so retries of many failed jobs do not arrive in step (0 = none). */
  jitter?: number;
}

/**
 * Doubling delays: `first` after failure 1, twice that after failure 2, … capped at `max`. The one rule
 * for every retry in the product (jobs, feed polling), so they all back off alike.
 */
export const backoff =
  ({ first, max, jitter = 0 }: BackoffOptions) =>
  (failures: number): number => {
    // Past 2^40 the cap has long been reached; the bound keeps the power finite.
    const delay = Math.min(max, first * 2 ** Math.min(Math.max(failures - 1, 0), 40));
    return jitter ? Math.round(delay * (1 - jitter + Math.random() * 2 * jitter)) : delay;
  };
