/** A data time as milliseconds; a time that cannot be read is an error, never NaN in the state. */
export function toMs(at: Date | string | number): number {
  const ms = at instanceof Date ? at.getTime() : typeof at === "number" ? at : Date.parse(at);
  if (!Number.isFinite(ms)) throw new Error(`not a valid time: ${String(at)}`);
  return ms;
}
