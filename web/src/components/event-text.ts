import { isolate } from "../bidi.js";
import { formatNumber } from "../format.js";

/**
 * A timeline entry as the API gives it: the server's English sentence (`text`), kept for API readers
 * and for entries written before they carried their fields, and the fields (`data`) the dashboard
 * says again in its reader's language.
 */
export interface TimelineEntry {
  kind: string;
  text: string;
  /** The server's sentence in the asked language, from the same fields (the crisis room asks for it). */
  sentence?: string | undefined;
  data?: unknown;
}

export type Fields = Record<string, unknown>;

/** The entry's fields, or an empty record: a stored entry's data is whatever its version wrote. */
export const fieldsOf = (e: TimelineEntry): Fields =>
  e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : {};

/**
 * A string field, or undefined when the entry lacks it (older entries fall back to their text). A title
 * or a name goes into our sentence as its own isolate, so a Hebrew one does not draw our words and
 * brackets into its run; a code ("resolved", "SEV2") has no right-to-left letter and is left as it is.
 */
export const str = (v: unknown): string | undefined =>
  typeof v === "string" && v !== "" ? isolate(v) : undefined;

/** A number field as the reader writes numbers, or undefined. */
export const num = (v: unknown): string | undefined =>
  typeof v === "number" && Number.isFinite(v) ? formatNumber(v) : undefined;

/** A list in the reader's language ("a, b and c"). */
export function listOf(items: string[], locale: string): string {
  let f = lists.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
    lists.set(locale, f);
  }
  return f.format(items);
}
// One formatter per language: a timeline says a list in many of its lines, on every render.
const lists = new Map<string, Intl.ListFormat>();
