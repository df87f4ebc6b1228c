/**
 * Text from outside in a plain-text place of ours (an `<option>`, a `title`, a label joined in code),
 * where no `<bdi>` can go: set as its own isolate (U+2068 FSI … U+2069 PDI, UAX #9), so a Hebrew or
 * Arabic name, or a stray U+202E, does not draw our words and digits into its run. Only when it can
 * move them (a right-to-left letter or a direction control); any other text is left as it is. The
 * server's `src/core/text.ts isolate` does the same for mails and feeds; web/ imports nothing of src/.
 */
const MOVES =
  /[\u0590-\u08FF\u200F\u061C\uFB1D-\uFDFF\uFE70-\uFEFC\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

export function isolate(s: string): string {
  if (!MOVES.test(s)) return s;
  // A stray closer would end our isolate early; the browser closes what the text leaves open at the PDI.
  let depth = 0;
  let out = "";
  for (const ch of s) {
    if (ch === "\u2066" || ch === "\u2067" || ch === "\u2068") depth++;
    else if (ch === "\u2069") {
      if (!depth) continue;
      depth--;
    }
    out += ch;
  }
  return `\u2068${out}${"\u2069".repeat(depth)}\u2069`;
}
