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

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * A text's own direction controls closed at its end: an unclosed right-to-left override (U+202E) in a
 * name or title would otherwise run on into whatever follows it on the line, so "[Shop\u202Eevil] Payments
 * — Resolved" shows our status word backwards in a subject, a feed entry or the page's heading. Openers
 * are closed in the order Unicode's bidi algorithm pops them (UAX #9: a PDI closes the embeddings opened
 * since its isolate); the text itself is left as written.
 */
export function closeBidi(s: string): string {
  if (!BIDI_CONTROL.test(s)) return s;
  const open: ("embed" | "isolate")[] = [];
  for (const ch of s) {
    if (ch === "\u202A" || ch === "\u202B" || ch === "\u202D" || ch === "\u202E") open.push("embed");
    else if (ch === "\u202C") {
      if (open.at(-1) === "embed") open.pop();
    } else if (ch === "\u2066" || ch === "\u2067" || ch === "\u2068") open.push("isolate");
    else if (ch === "\u2069") {
      const at = open.lastIndexOf("isolate");
      if (at >= 0) open.length = at;
    }
  }
  return open.length
    ? s +
        open
          .reverse()
          .map((k) => (k === "embed" ? "\u202C" : "\u2069"))
          .join("")
    : s;
}

/**
 * Cleans every string (and object key) of a parsed JSON value in place where it can, else by copy; string
 * values also get their direction controls closed (`closeBidi`), as each is shown beside our own words.
 */
export function cleanDeep(value: unknown): unknown {
  if (typeof value === "string") return closeBidi(cleanText(value));
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
