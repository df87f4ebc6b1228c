/** Numbers as exports and other people's files write them: counts and star ratings in text. */

/** "12,345", "1.2K", "3M" → a number; anything else → undefined. */
export function parseCount(raw: string): number | undefined {
  const s = raw.trim().replace(/[\s,]/g, "");
  const m = /^(\d+(?:\.\d+)?)([kmb])?$/i.exec(s);
  if (!m) return undefined;
  const mult = { k: 1e3, m: 1e6, b: 1e9 }[(m[2] ?? "").toLowerCase() as "k"] ?? 1;
  return Math.round(Number(m[1]) * mult);
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
