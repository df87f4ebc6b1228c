/**
 * Where "now" comes from. Services, the job runner and the schedulers ask the app's clock instead of
 * calling `new Date()` themselves, so a test moves time forward instead of sleeping through it.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock tests can move: it follows the wall clock (so timeouts and real I/O still make sense) shifted by
 * however far the test has moved it, or stands still at a set instant after `freeze`.
 */
export class MovableClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | undefined;

  now(): Date {
    return new Date(this.frozenAt ?? Date.now() + this.offsetMs);
  }

  /** Moves time forward (or back, with a negative amount). */
  advance(ms: number): void {
    if (this.frozenAt !== undefined) this.frozenAt += ms;
    else this.offsetMs += ms;
  }

  /** Stops the clock at `at` (default: now); it moves only when advanced. */
  freeze(at: Date = this.now()): void {
    this.frozenAt = at.getTime();
  }
}
