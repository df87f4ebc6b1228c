import { eld } from "eld/extrasmall";
import { type Token, WORD } from "./text.js";

/**
 * Fewer words than this are left to the word lists and the shop's prior: two words ("Super Service",
 * "iPhone Pro") are spelt alike in several languages, and eld called "super service" French.
 */
const FEW_WORDS = 3;

/** eld's answer for a text: its code, and how sure it is. */
export interface Spelling {
  code: string;
  /** eld's own verdict: a clear lead over its second language. */
  reliable: boolean;
  /** Words eld read. */
  words: number;
  /** eld's score of its answer over its best score among `ours` (Infinity when none of them scores). */
  lead: number;
}

/**
 * A second opinion on a text's language from character n-grams (eld, its extra-small database of 60
 * languages), for texts whose words do not decide: our word evidence knows each language's function
 * words and lexicons, eld knows how the language is spelt, names and unknown words included. It reads
 * the words only (no addresses, handles or emoji: "@user http://t.co/x" is no language). Returns eld's
 * answer, or undefined when it finds none; the caller decides what a code outside ours means, with
 * `lead` measured against the codes in `ours`.
 */
export function ngramLanguage(tokens: Token[], ours: readonly string[] = []): Spelling | undefined {
  let words = "";
  let n = 0;
  for (const t of tokens) {
    if (t.kind !== WORD) continue;
    words += n++ > 0 ? ` ${t.w}` : t.w;
  }
  if (n < FEW_WORDS) return undefined;
  const r = eld.detect(words);
  if (!r.language) return undefined;
  const scores = r.getScores() as Record<string, number>;
  let best = 0;
  for (const code of ours) best = Math.max(best, scores[code] ?? 0);
  const top = scores[r.language] ?? 0;
  return { code: r.language, reliable: r.isReliable(), words: n, lead: best > 0 ? top / best : Infinity };
}
