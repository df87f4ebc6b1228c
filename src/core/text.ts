/**
 * Text from outside is cleaned before it is stored, the same way on both stores: PostgreSQL refuses a
 * NUL character in text (the whole batch would fail), SQLite keeps it, and a lone UTF-16 surrogate is
 * not text at all (PostgreSQL refuses its UTF-8 encoding, browsers show garbage). Both are removed.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ANY_SURROGATE = /[\uD800-\uDFFF]/;

export function cleanText(s: string): string {
  let out = s.includes("\0") ? s.replaceAll("\0", "") : s;
  // Most text has no surrogates at all (no emoji): one quick scan, the look-around only when needed.
  if (ANY_SURROGATE.test(out)) out = out.replace(LONE_SURROGATE, "");
  return out;
}

/** Cleans every string (and object key) of a parsed JSON value in place where it can, else by copy. */
export function cleanDeep(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = cleanDeep(value[i]);
    return value;
  }
  if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const clean = cleanText(key);
      const v = cleanDeep(obj[key]);
      if (clean !== key) {
        delete obj[key];
        obj[clean] = v;
      } else obj[key] = v;
    }
    return obj;
  }
  return value;
}
