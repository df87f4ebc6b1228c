import { mapHeader } from "../listening/import.js";

/** Where each importer field goes in the replay's line ({id, text, created_at, …}). */
const OURS: Record<string, string> = {
  external_id: "id",
  text: "text",
  created_at: "created_at",
  source: "source",
  author: "author",
  author_followers: "author_followers",
  language: "language",
  rating: "rating",
};

// A line in the contract's own names needs no second look: most lines of most files.
const HAS_OURS = /"id"\s*:[\s\S]*"created_at"\s*:\s*"|"created_at"\s*:\s*"[\s\S]*"id"\s*:/;

/**
 * A line of an export in its own names ("tweet_id", "timestamp", "content", "Datum", "treść"…) in the
 * contract's: the names `firebreak import` reads (`listening/import-aliases.ts`), so a file the importer
 * takes replays too instead of failing line by line. A line with no id at all gets its line number (a
 * copy is then no longer told by its id); a number for `created_at` (epoch seconds) becomes text, so the
 * survey and the sort read it as the replay does. Anything that is not a JSON object is left as it is,
 * for the replay to name.
 */
export function inOurNames(line: string, n: number): string {
  if (HAS_OURS.test(line)) return line;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return line;
  const m = raw as Record<string, unknown>;
  const out: Record<string, unknown> = { ...m };
  const keys = Object.keys(m).filter((k) => m[k] !== null && typeof m[k] !== "object");
  // Both spellings of a name: "created_at" and "published_at" are aliases as written, "tweet_id" as "tweet id".
  const found = new Map([
    ...(mapHeader(keys.map((k) => k.replaceAll("_", " "))) ?? []),
    ...(mapHeader(keys) ?? []),
  ]);
  for (const [field, i] of found) {
    const ours = OURS[field] ?? (field === "title" ? "text" : undefined);
    const key = keys[i];
    if (ours !== undefined && key !== undefined && out[ours] === undefined) out[ours] = m[key];
  }
  if (out["id"] === undefined || out["id"] === null) out["id"] = `line-${n}`;
  if (typeof out["created_at"] === "number") out["created_at"] = String(out["created_at"]);
  return JSON.stringify(out);
}
