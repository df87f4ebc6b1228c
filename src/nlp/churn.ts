import { AGAIN, CHURN, NEG } from "./packs.js";
import { anyIs, type Lookups } from "./sentiment.js";
import { endsSentence, type Token, WORD } from "./text.js";

/** How a customer's "never … again" weighs: as the lexicons' own "never again". */
export const CHURN_VALENCE = -2.8;

/**
 * Token positions of a customer saying they will not come back, with words between the negator and
 * "again" ("I will never use southwest again", "won't be ordering from you again", "never fly u
 * again"): the lexicons hold "never again" only as adjacent words, and the words between carry no
 * valence, so such a post read neutral. A verb of buying or using (LanguagePack.churnVerbs) must follow
 * the negator within three words and "again" close the clause within six more: "never had a problem
 * again" buys nothing and is not read.
 */
export function churnAt(tokens: Token[], look: Lookups): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!anyIs(look, i, NEG) || (tokens[i] as Token).kind !== WORD) continue;
    const verb = nextWord(tokens, look, i, 3, CHURN);
    if (verb < 0) continue;
    const again = nextWord(tokens, look, verb, 6, AGAIN);
    if (again >= 0) {
      out.push(verb);
      i = again;
    }
  }
  return out;
}

/** The first word of `kind` within `max` words after `from`, in the same clause; -1 if none. */
function nextWord(tokens: Token[], look: Lookups, from: number, max: number, kind: number): number {
  for (let j = from + 1, seen = 0; j < tokens.length && seen < max; j++) {
    const t = tokens[j] as Token;
    if (endsSentence(t)) return -1;
    if (t.kind !== WORD) continue;
    seen++;
    if (anyIs(look, j, kind)) return j;
  }
  return -1;
}
