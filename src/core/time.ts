/** Timestamps are stored as ISO 8601 UTC text in both stores: sortable, portable, readable in a dump. */
export const isoNow = (): string => new Date().toISOString();
export const toIso = (d: Date | number | string): string => new Date(d).toISOString();
