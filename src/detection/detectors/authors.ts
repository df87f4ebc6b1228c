/**
 * One person is not a wave. A customer who posts ten times in twenty minutes about their own order is
 * one unhappy customer: counted ten times, a sparse series (a topic, a language) reads that thread as a
 * tenfold rise. Every rate series (and the share test) counts at most `maxPerHour` mentions of one
 * author in any hour; the rest still reach the single-mention detectors (reach, crisis words) and the
 * store. The baseline learns from the same thinned stream as the tests, so thresholds keep their
 * meaning. Mentions without an author (feeds, reviews, replays without the field) always count.
 */

const HOUR_MS = 3_600_000;

/** Counted mentions' data times per author, the last hour's only. */
export type AuthorCounts = Record<string, number[]>;

/** Whether this mention counts in the rate series, and notes it when it does. */
export function countsForAuthor(
  counts: AuthorCounts,
  author: string | undefined,
  at: number,
  maxPerHour: number,
): boolean {
  if (author === undefined || author === "" || maxPerHour <= 0) return true;
  const key = author.toLowerCase();
  const recent = (counts[key] ?? []).filter((t) => t > at - HOUR_MS);
  const counted = recent.length < maxPerHour;
  if (counted) recent.push(at);
  if (recent.length > 0) counts[key] = recent;
  else delete counts[key];
  return counted;
}

/** Drops authors with nothing counted in the last hour, so the state stays the size of an hour's authors. */
export function forgetQuietAuthors(counts: AuthorCounts, now: number): void {
  for (const [key, times] of Object.entries(counts)) {
    if ((times[times.length - 1] ?? 0) <= now - HOUR_MS) delete counts[key];
  }
}
