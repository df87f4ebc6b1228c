/**
 * JSON exports nest what CSV exports flatten: Trustpilot-style reviews keep the author in
 * `consumer.displayName` and the link in `links`, Google's in `reviewer.displayName` with a
 * `starRating` of "FIVE". Objects are flattened to dotted paths (`consumer.displayName`, `links.0.href`)
 * so the same column names and `--map field=path` reach any field.
 */
const MAX_DEPTH = 4;
const MAX_KEYS = 200;

export function flatten(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let count = 0;
  const walk = (value: unknown, path: string, depth: number) => {
    if (count >= MAX_KEYS) return;
    if (value && typeof value === "object" && depth < MAX_DEPTH) {
      const entries = Array.isArray(value)
        ? value.slice(0, 5).map((v, i) => [String(i), v] as const)
        : Object.entries(value as Record<string, unknown>);
      for (const [k, v] of entries) walk(v, path ? `${path}.${k}` : k, depth + 1);
      return;
    }
    out[path] = value;
    count++;
  };
  walk(obj, "", 0);
  return out;
}

const STAR_WORDS: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };

/** A rating as review exports write it: 4, "4", "4/5", "4.5 stars", Google's "FOUR". */
export function parseRating(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  const s = String(raw ?? "").trim();
  if (!s) return undefined;
  const word = STAR_WORDS[s.toUpperCase().replace(/_STARS?$/, "")];
  if (word) return word;
  const m = /^(\d+(?:[.,]\d+)?)/.exec(s);
  return m ? Number((m[1] as string).replace(",", ".")) : undefined;
}
