/**
 * A source polled every few minutes stamps its mentions at the fetch that brought them (a review feed
 * read by a poller that keeps no post time): each fetch's mentions land on one instant, a cluster no
 * Poisson rate allows, and the rate tests read every fetch as a jump (synthetic null traffic with one
 * source polled every 10–15 minutes: docs/detection.md "Eleventh pass"). What such a batch says is only
 * that its n mentions came in the interval since the source's previous stamp. So a mention that shares
 * its exact stamp with the previous mention of its source (not on a whole minute: those are read to the
 * minute, sequential.ts chargeMinute) is counted in the rate series at a point of the next interval as
 * long, placed by its id: a Poisson count over an interval, placed uniformly over an interval as long,
 * is a Poisson process at the same rate, so the thresholds keep their meaning, one interval late. A
 * source stamped to the millisecond never ties; the single-mention detectors still see every mention at once.
 */
import type { MentionEvent } from "./types.js";

const MINUTE_MS = 60_000;

export interface BatchState {
  /** Per source: its previous distinct stamp and its last stamp (ms). */
  last: Record<string, [number | null, number]>;
  /** Mentions waiting for their place, in order. */
  pending: { m: MentionEvent; at: number }[];
}

/** A point in (0, 1] from the mention's id: the same id lands on the same place, live or replayed. */
function placeOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 1_000_000) / 1_000_000 + 1e-6;
}

/** Off only where the engine without the spread is measured beside it (bench/detect-null.ts `--spread off`, tests). */
export const batchSpread = { on: true };

/** Whether the mention belongs to a batch and waits for its place (then noted in `pending`). */
export function deferBatched(state: { batches?: BatchState }, m: MentionEvent, stamp: number): boolean {
  if (!batchSpread.on) return false;
  state.batches ??= { last: {}, pending: [] };
  const b = state.batches;
  const key = m.source ?? "";
  const last = b.last[key];
  if (!last || stamp !== last[1] || stamp % MINUTE_MS === 0) {
    if (!last || stamp !== last[1]) b.last[key] = [last ? last[1] : null, stamp];
    return false;
  }
  const prev = last[0];
  if (prev === null || prev >= stamp) return false;
  const at = stamp + Math.ceil(placeOf(m.id) * (stamp - prev));
  let i = b.pending.length;
  while (i > 0 && (b.pending[i - 1] as { at: number }).at > at) i--;
  b.pending.splice(i, 0, { m, at });
  return true;
}

/** The waiting mentions whose place is at or before `t`, removed from the queue, in order. */
export function dueBatched(state: { batches?: BatchState }, t: number): { m: MentionEvent; at: number }[] {
  const p = state.batches?.pending;
  if (!p?.length || (p[0] as { at: number }).at > t) return [];
  let n = 0;
  while (n < p.length && (p[n] as { at: number }).at <= t) n++;
  return p.splice(0, n);
}
