/**
 * Live, a mention's own time is often behind its arrival: a feed polled every few minutes, a review
 * platform that stamps the day, a crawler running late. The engine counts a late mention in the bucket in
 * progress, which is when a live system learns of it. Two kinds of late are history, not news: anything
 * older than LATE_MAX_MS (a backfill of last month), and the backlog a source hands over the first time
 * it is seen (a feed connected now lists its last day). Counted at once, either reads as a wave.
 */

/** A day-stamped review polled once a day arrives up to two days after its stamp. */
export const LATE_MAX_MS = 48 * 3_600_000;
/** A new source's mentions this far behind data time are its backlog (three 5-minute buckets). */
export const BACKLOG_MS = 15 * 60_000;
/** Source names remembered, at most: far more than any workspace's sources; the oldest go first. */
const SOURCES_MAX = 1000;

/**
 * An event's time for the detectors and its place for the cursor, each string read once: its own time,
 * but never after it arrived (a sender's clock ahead), and its arrival (its own time when not known).
 */
export function timesOf(own: string, arrivedAt: string | undefined) {
  const stamped = Date.parse(own);
  const arrived = arrivedAt === undefined ? Number.NaN : Date.parse(arrivedAt);
  if (Number.isNaN(arrived)) return { at: stamped, mark: stamped, ahead: false };
  return { at: Math.min(stamped, arrived), mark: arrived, ahead: stamped > arrived };
}

/**
 * When each source was first seen to arrive, and the history rule that uses it. A source's backlog may
 * come in several batches (a long feed, paged): everything it hands over in its first BACKLOG_MS of
 * arrivals is judged as backlog.
 */
export class ArrivalRules {
  private readonly first: Map<string, number>;
  /** A state saved before this rule: the sources of its first round count as long known. */
  private readonly legacy: boolean;
  /** History left out this round, for the log. */
  skipped = 0;

  constructor(sources: [string, number][] | undefined) {
    this.first = new Map(sources ?? []);
    this.legacy = sources === undefined;
  }

  /**
   * Whether a mention of `source` (null: a shop event) with data time `at`, arrived at `arrived`, is history when the
   * detectors stand at `clock` (null before their first event: nothing is late yet).
   */
  isHistory(source: string | null, at: number, arrived: number, clock: number | null): boolean {
    const first = source === null ? 0 : this.firstArrival(source, arrived);
    if (clock === null) return false;
    const backlog = arrived - first < BACKLOG_MS && clock - at > BACKLOG_MS;
    const history = backlog || clock - at > LATE_MAX_MS;
    if (history) this.skipped++;
    return history;
  }

  /** When `source` first arrived: now, when this is its first mention (shop events have no source). */
  private firstArrival(source: string, arrived: number): number {
    let first = this.first.get(source);
    if (first === undefined) {
      first = this.legacy ? 0 : arrived;
      this.first.set(source, first);
    }
    return first;
  }

  /** The sources to persist, the most recently first-seen SOURCES_MAX of them. */
  sources(): [string, number][] {
    return [...this.first].sort((a, b) => a[1] - b[1]).slice(-SOURCES_MAX);
  }
}
