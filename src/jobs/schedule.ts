import { Cron } from "croner";

/**
 * A periodic job's timetable: a cron pattern read in UTC, with 5 fields, or 6 with seconds first
 * ("*\/30 * * * * *" is every 30 seconds, "0 * * * *" every hour on the hour).
 */
export class Schedule {
  private readonly cron: Cron;

  constructor(readonly pattern: string) {
    // Croner checks the pattern here, so a typo fails at setup rather than at the first run. Paused and
    // given no function it never sets a timer of its own: the job runner decides when work runs.
    this.cron = new Cron(pattern, { paused: true, timezone: "UTC" });
  }

  /** The first slot strictly after `after`. */
  next(after: Date): Date {
    const next = this.cron.nextRun(after);
    if (!next) throw new Error(`schedule "${this.pattern}" has no run after ${after.toISOString()}`);
    return next;
  }
}
