import { createHash } from "node:crypto";

/**
 * Checks are spread over their interval: a monitor's slots sit at a fixed offset inside the interval,
 * taken from a hash of its id, so 5,000 monitors at 30 s do not all fire on the same second.
 */
export function slotOffsetMs(id: string, intervalMs: number): number {
  const h = createHash("sha1").update(id).digest().readUInt32BE(0);
  return h % intervalMs;
}

/** The first slot strictly after `afterMs`. */
export function nextSlotMs(id: string, intervalMs: number, afterMs: number): number {
  const offset = slotOffsetMs(id, intervalMs);
  const k = Math.floor((afterMs - offset) / intervalMs) + 1;
  return k * intervalMs + offset;
}

/** How often a monitor is evaluated: heartbeats are looked at often so a late beat is seen soon. */
export const periodMs = (m: { type: string; interval_s: number }) =>
  (m.type === "heartbeat" ? Math.min(m.interval_s, 30) : m.interval_s) * 1000;

/**
 * Defaults that let a check and its retries end inside one interval: the per-attempt timeout and the
 * pause between attempts.
 */
export function defaultTimeoutMs(intervalS: number, retries: number): number {
  return Math.max(1000, Math.min(10_000, Math.floor((intervalS * 1000) / (retries + 1) / 2)));
}
export function retryDelayMs(intervalS: number, retries: number): number {
  return Math.max(100, Math.min(2000, Math.floor((intervalS * 1000) / (4 * (retries + 1)))));
}
