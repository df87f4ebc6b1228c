import { eld } from "eld/extrasmall";
import { type Token, WORD } from "./text.js";

/**
 * Fewer words than this are left to the word lists and the shop's prior: two words ("Super Service",
 * "iPhone Pro") are spelt alike in several languages, and eld called "super service" French.
 */
const FEW_WORDS = 3;

/**
 * A second opinion on a text's language from character n-grams (eld, its extra-small database of 60
 * languages), for texts whose words do not decide: our word evidence knows each language's function
 * words and lexicons, eld knows how the language is spelt, names and unknown words included. It reads
 * the words only (no addresses, handles or emoji: "@user http://t.co/x" is no language). Returns eld's
 * code, or undefined when it finds none; the caller decides what a code outside ours means.
 */
export function ngramLanguage(tokens: Token[]): string | undefined {
  let words = "";
  let n = 0;
  for (const t of tokens) {
    if (t.kind !== WORD) continue;
    words += n++ > 0 ? ` ${t.w}` : t.w;
  }
  if (n < FEW_WORDS) return undefined;
  return eld.detect(words).language || undefined;
}
