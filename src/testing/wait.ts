/**
 * Waiting in tests without a fixed sleep: ask again until the condition holds. A sleep is either too
 * short on a loaded machine (a flaky test) or too long everywhere else (a slow suite); polling is
 * neither.
 */
export interface WaitOptions {
  /** Gives up after this long (default 10 s): a condition that never holds fails the test, with `what`. */
  timeoutMs?: number;
  /** Between tries (default 10 ms). */
  intervalMs?: number;
  /** Runs before every try, e.g. `() => h.ctx.jobs.drain()`, so work queued meanwhile gets done. */
  each?: () => Promise<unknown>;
  /** Named in the error when the time is up. */
  what?: string;
}

/**
 * Polls `check` until it answers something other than `undefined`, `null` or `false`, and returns that
 * answer. Real time on purpose: it waits for other processes, sockets and timers, not for the app clock.
 */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  options: WaitOptions = {},
): Promise<Exclude<T, undefined | null | false>> {
  const { timeoutMs = 10_000, intervalMs = 10, each, what = "condition" } = options;
  const until = performance.now() + timeoutMs;
  for (;;) {
    if (each) await each();
    const v = await check();
    if (v !== undefined && v !== null && v !== false) return v as Exclude<T, undefined | null | false>;
    if (performance.now() > until) throw new Error(`waited ${timeoutMs} ms for ${what}; it never came`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
