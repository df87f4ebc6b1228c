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
 * Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their
 * presentation forms; Arabic's own digits with them), the right-to-left marks, and the astral scripts
 * written so (Phoenician … Adlam). JavaScript has no `\p{Bidi_Class}`, so by block.
 */
const RTL = /[\u0590-\u08FF\u200F\u061C\uFB1D-\uFDFF\uFE70-\uFEFC]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Whether a text can move what is drawn around it: a right-to-left letter pulls our digits and
 * punctuation next to it into its run ("תשלומים, 3D Secure" draws the "3" left of the Hebrew), and a
 * direction control does the same even once closed. Any other text is drawn the same inside an isolate
 * or out, so it is left byte for byte as it was (ASCII stays ASCII in a subject or an SMS-like client).
 */
export const movesNeighbours = (s: string): boolean => RTL.test(s) || BIDI_CONTROL.test(s);

/**
 * `closeBidi`, and a stray isolate closer (U+2069 with no opener of its own) dropped: inside our own
 * isolate (FSI…PDI, or `<bdi>`, which browsers draw with the same characters) it would close ours early.
 */
export function balanceBidi(s: string): string {
  if (!BIDI_CONTROL.test(s)) return s;
  let isolates = 0;
  let out = "";
  for (const ch of s) {
    if (ch === "\u2066" || ch === "\u2067" || ch === "\u2068") isolates++;
    else if (ch === "\u2069") {
      if (!isolates) continue;
      isolates--;
    }
    out += ch;
  }
  return closeBidi(out);
}

/**
 * A text from outside, set in a plain-text line of ours (a subject, a mail's line, a feed title), as
 * its own isolate (U+2068 FSI … U+2069 PDI, UAX #9): its direction is its own first letter's, nothing
 * of ours is pulled into it, and a reader that takes a line's direction from its first letter (Android,
 * many mail apps) skips it and reads ours. Only when it `movesNeighbours`.
 */
export function isolate(s: string): string {
  return movesNeighbours(s) ? `\u2068${balanceBidi(s)}\u2069` : s;
}

/**
 * `isolate` for each line: a line break ends every isolate (it ends the bidi paragraph); a CR LF stays
 * whole, the closer before it.
 */
export const isolateLines = (s: string): string =>
  movesNeighbours(s)
    ? s
        .split(/(\r?\n)/)
        .map((part, i) => (i % 2 ? part : isolate(part)))
        .join("")
    : s;

/**
 * `closeBidi` for each line of a text: a line break ends every override (it ends the bidi paragraph), so
 * one left open inside a line, by a text stored before the edge closed them, is closed where it runs out.
 */
export const closeLines = (s: string): string =>
  BIDI_CONTROL.test(s) ? s.split("\n").map(closeBidi).join("\n") : s;

/** JSON in which every string has its direction controls closed (`closeBidi`): the stored data otherwise. */
export const closedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? closeBidi(v) : v));

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
