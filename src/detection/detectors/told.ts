import { groupOf } from "./budget.js";
import { specOf } from "./series.js";
import type { Alert } from "./types.js";

/**
 * Waves the workspace was told about: the episodes of the overall series (all, negative, complaints,
 * the share: what any wave moves), from when their rise began to when they closed. What the baseline
 * learns about ordinary traffic (the day's level, each series' dispersion) waits LEARN_LAG_MS and then
 * leaves out the time of these waves.
 *
 * Why the wait: a wave's rise is known only when a test passes its threshold, minutes to hours after it
 * began; what was learned in between (its mentions that are not negative, which the classifier misses
 * in a share of every wave, raising the day's level; an hour of the wave counted as the dispersion of
 * every series that did not open the episode itself) would be learned from the wave, and lower the
 * evidence the tests gather from the next one. Three hours is the longest rise the tests are asked to
 * find; a busy day is a day, so it is seen three hours late at little cost.
 */
export const LEARN_LAG_MS = 3 * 3_600_000;

const OVERALL = new Set(["volume", "negative", "complaint", "share"]);

/** Episode id → [rise began, closed at or −1 while open] (ms). */
export type Told = Record<string, [number, number]>;

/** Notes the openings and closings of overall episodes among `alerts`; forgets what no longer matters. */
export function noteTold(told: Told, alerts: readonly Alert[], now: number): void {
  for (const a of alerts) {
    const spec = specOf(a.series);
    if (!OVERALL.has(spec.measure) || groupOf(spec) !== "overall" || a.since === undefined) continue;
    if (a.phase === "open") told[a.episodeId] = [Date.parse(a.since), -1];
    else if (a.phase === "close") {
      const t = told[a.episodeId];
      if (t) t[1] = Date.parse(a.at);
    }
  }
  for (const [id, [, closed]] of Object.entries(told))
    if (closed >= 0 && closed < now - 2 * LEARN_LAG_MS) delete told[id];
}

/** Whether [from, to) overlaps a told wave. */
export function duringTold(told: Told | undefined, from: number, to: number): boolean {
  if (!told) return false;
  for (const [since, closed] of Object.values(told))
    if (since < to && (closed < 0 || closed > from)) return true;
  return false;
}

/**
 * Takes from `queue` (rows of `stride` numbers, each starting with its hour's end) the hours that are
 * LEARN_LAG_MS old at `end`, and hands each that was not inside a told wave to `learn`: how every
 * hourly estimate (φ inside the hour, the level error, its excess) learns late and leaves waves out.
 */
export function drainLearned(
  queue: number[],
  stride: number,
  end: number,
  told: Told | undefined,
  learn: (row: number[]) => void,
): void {
  while (queue.length >= stride && (queue[0] as number) <= end - LEARN_LAG_MS) {
    const row = queue.splice(0, stride);
    const at = row[0] as number;
    if (!duringTold(told, at - 3_600_000, at)) learn(row);
  }
}
