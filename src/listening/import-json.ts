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
