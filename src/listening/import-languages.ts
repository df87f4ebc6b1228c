import { fold } from "./normalize.js";

/** The product's languages and English: a language column is read in any of them. */
const DISPLAY_LANGUAGES = ["en", "pl", "de", "fr", "it", "es"] as const;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

let byName: Map<string, string> | undefined;
const known = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/**
 * Every ISO 639-1 language by its name in the six languages and English ("German", "niemiecki",
 * "Deutsch", "allemand"…) and by its own name ("polski", "Deutsch"), from the runtime's CLDR data
 * (Intl.DisplayNames): no table to keep up to date. Built once, on the first name that is not a code.
 */
function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const displays = DISPLAY_LANGUAGES.map(
    (l) => new Intl.DisplayNames([l], { type: "language", fallback: "none" }),
  );
  for (const a of LETTERS)
    for (const b of LETTERS) {
      const code = a + b;
      const own = new Intl.DisplayNames([code], { type: "language", fallback: "none" });
      for (const d of [...displays, own]) {
        const name = d.of(code);
        if (name && name.toLowerCase() !== code && !map.has(fold(name))) map.set(fold(name), code);
      }
    }
  byName = map;
  return map;
}

/**
 * A language column's value as ISO 639-1: codes and tags ("de", "pt-BR", "pol" is not one) are kept,
 * names are looked up; anything unknown gives null, so classification guesses rather than trusting junk.
 */
export function languageCode(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  const tag = /^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/i.exec(s);
  if (tag) {
    const code = (tag[1] as string).toLowerCase();
    return known.of(code) ? code : null;
  }
  return names().get(fold(s)) ?? null;
}
