import { AGAIN, CHURN, firstOf, NEG, SENT } from "./packs.js";
import { anyIs, type Lookups } from "./sentiment.js";
import { endsSentence, type Token, WORD } from "./text.js";

/** How a customer's "never … again" weighs: as the lexicons' own "never again". */
export const CHURN_VALENCE = -2.8;
/** How far from the negator, in words, the verb and "again" may stand where word order is free. */
const FREE_REACH = 4;
/**
 * The negators that deny a verb where word order is free: "sin dudar", "ohne zu zögern" (without) and
 * "nada que objetar" (nothing) stand beside "lo volvería a comprar" and deny no purchase.
 */
const VERB_NEGATORS: ReadonlySet<string> = new Set(
  "nicht nie niemals kein keine keinen keiner ne n jamais non mai no nunca jamás nigdy".split(" "),
);

/**
 * Token positions of a customer saying they will not come back, with words between the negator and
 * "again" ("I will never use southwest again", "won't be ordering from you again", "never fly u
 * again"): the lexicons hold "never again" only as adjacent words, and the words between carry no
 * valence, so such a post read neutral. A verb of buying or using (LanguagePack.churnVerbs) must follow
 * the negator within three words and "again" close the clause within six more: "never had a problem
 * again" buys nothing and is not read.
 *
 * `free`: the text is in a language whose vow takes any order ("Bei euch bestelle ich nie mehr", "je ne
 * commanderai plus chez vous", "da voi non compro più", "no vuelvo a comprar", "więcej tu nie kupię"):
 * the verb and the "again" word may stand on either side, each within four words of the negator, in its
 * clause. A negator or "again" inside a vow the lexicon already reads ("nie wieder", "plus jamais",
 * "mai più", "nunca más", "nigdy więcej") is not counted twice.
 */
export function churnAt(tokens: Token[], look: Lookups, free = false): number[] {
  const out: number[] = [];
  // Computed once a vow is in sight: most texts have none.
  let read: Uint8Array | undefined;
  const readOnce = () => {
    read ??= phraseWords(tokens, look);
    return read;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!anyIs(look, i, NEG) || (tokens[i] as Token).kind !== WORD) continue;
    if (free) {
      if (!VERB_NEGATORS.has((tokens[i] as Token).w)) continue;
      const end = freeVow(tokens, look, i, readOnce);
      if (end >= 0) {
        out.push(i);
        i = end;
      }
      continue;
    }
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

/** Words of the clause within FREE_REACH words of i, before and after it. */
function reach(tokens: Token[], i: number): number[] {
  const out: number[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step, seen = 0; j >= 0 && j < tokens.length && seen < FREE_REACH; j += step) {
      const t = tokens[j] as Token;
      if (endsSentence(t)) break;
      if (t.kind !== WORD) continue;
      seen++;
      out.push(j);
    }
  }
  return out;
}

/** The last token of a vow around the negator at i (a verb and an "again" word near it), or -1. */
function freeVow(tokens: Token[], look: Lookups, i: number, readOnce: () => Uint8Array): number {
  const near = reach(tokens, i);
  for (const v of near) {
    if (!anyIs(look, v, CHURN)) continue;
    for (const a of near) {
      if (a === v || !anyIs(look, a, AGAIN)) continue;
      const read = readOnce();
      if (!read[i] && !read[a]) return Math.max(i, v, a);
    }
  }
  return -1;
}

/** Tokens inside a sentiment phrase the lexicons read ("nie wieder", "plus jamais"). */
function phraseWords(tokens: Token[], look: Lookups): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++)
    for (const row of look) {
      const e = firstOf(row[i] ?? null, SENT, tokens, i);
      if (e && e.rest.length > 0 && e.value.weight < 0) out.fill(1, i, i + e.rest.length + 1);
    }
  return out;
}
