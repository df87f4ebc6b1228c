/**
 * The last string read and its value: a batch posted without times carries its received time on every
 * mention, and a round pushes thousands of them, each read again here.
 */
let lastAt: string | undefined;
let lastMs = 0;

/** A data time as milliseconds; a time that cannot be read is an error, never NaN in the state. */
export function toMs(at: Date | string | number): number {
  if (at === lastAt) return lastMs;
  const ms = at instanceof Date ? at.getTime() : typeof at === "number" ? at : Date.parse(at);
  if (!Number.isFinite(ms)) throw new Error(`not a valid time: ${String(at)}`);
  if (typeof at === "string") {
    lastAt = at;
    lastMs = ms;
  }
  return ms;
}
