/**
 * Timestamps are stored as ISO 8601 UTC text in both stores: sortable, portable, readable in a dump.
 * "Now" comes from the app's clock (`ctx.clock`, src/core/clock.ts), never from here.
 */
export const toIso = (d: Date | number | string): string => new Date(d).toISOString();
