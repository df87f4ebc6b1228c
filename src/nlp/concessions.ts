import { NEG } from "./packs.js";
import { valenceAt } from "./redress.js";
import { sentenceAround } from "./sentence-spans.js";
import { anyIs, type Lookups, mayHave } from "./sentiment.js";
import { endsSentence, type Token, WORD } from "./text.js";
import { anchorWords, CONCESSION_WORDS } from "./tone-words.js";

/**
 * A hindrance conceded before a thing that went well: "reçu mardi malgré la grève. Chapeau !", "recibido
 * pese a la huelga, ¡gracias!", "kam trotz Streik pünktlich", "przyszło mimo strajku", "arrivato
 * nonostante lo sciopero", "arrived despite the strike" (fifth writer's social mentions). A preposition of
 * concession names what stood in the way and says it did not: the strike, the storm or the rush is no
 * fault the writer tells. The bad valence of the preposition ("spite") and of its noun counts nothing; a
 * good one still does, and a fault told beside it is still read ("despite the strike it arrived broken").
 * Only a sentence that otherwise neither negates nor blames concedes so: "… la settimana bianca a tutti
 * nonostante la crisi" after "Ma non avete capito" mocks, and "trotz eher schlechtem Englisch hier nichts
 * lerne" complains (sentiment rows). Turning the hindrance into praise was tried and dropped: "charged
 * twice despite my complaints" read neutral.
 */

/** Prepositions of concession of one word (phrases below). */
const CONCEDE: ReadonlySet<string> = new Set(
  "despite malgré malgre trotz mimo pomimo nonostante malgrado".split(" "),
);
/** Prepositions of concession of several words. */
const PHRASES: readonly (readonly string[])[] = [
  ["in", "spite"],
  ["en", "dépit"],
  ["en", "depit"],
  ["pese", "a"],
  ["a", "pesar"],
  ["a", "dispetto"],
];
/** Every word a preposition of concession opens with: one look per word before phraseAt's loop. */
const OPENS: ReadonlySet<string> = new Set([...CONCEDE, ...PHRASES.map((p) => p[0] as string)]);
// Any concession holds a one-word preposition or a phrase's longest word ("spite", "pese", "pesar"):
// lookupAll notes them per text, so a text without one is not walked word by word.
const LONGEST = PHRASES.map((p) => p.reduce((a, b) => (b.length > a.length ? b : a)));
anchorWords(new Set([...CONCEDE, ...LONGEST]), CONCESSION_WORDS);
/** Articles, possessives and "of" before the conceded noun ("in spite of the", "a pesar del"): not the noun. */
const ARTICLES: ReadonlySet<string> = new Set(
  `the a an all this that my our of
   la le les l du des de d un une
   el los las del al
   der die das des dem den einem einer eines
   lo il gli i di dello della delle dei degli dell uno
   tej tych`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * "despite that", "malgré tout", "mimo wszystko", "pomimo tego", "trotz allem", "nonostante tutto", "pese a
 * todo": the preposition points back, and the clause after the pronoun is the writer's own ("Mimo wszystko
 * musiałem zapłacić 150 zł" complains).
 */
const POINTING: ReadonlySet<string> = new Set(
  `that this it all everything tout cela ça ca ceci wszystko tego to allem alledem dem dessen tutto ciò cio
   questo todo eso esto ello`
    .split(/\s+/)
    .filter(Boolean),
);
/** Content words conceded at most: the noun and one word of it ("the postal strike", "la huelga de"). */
const NOUN_WORDS = 2;

/** Tokens after a phrase of concession that starts at i, or 0. */
function phraseAt(tokens: Token[], i: number): number {
  const w = (tokens[i] as Token).w;
  if (CONCEDE.has(w)) return 1;
  for (const p of PHRASES) {
    if (p[0] !== w) continue;
    let k = 1;
    while (k < p.length && tokens[i + k]?.kind === WORD && tokens[i + k]?.w === p[k]) k++;
    if (k === p.length) return k;
  }
  return 0;
}

/**
 * German has no comma after "trotz …" and puts the verb's words right after the noun ("trotz Streik
 * pünktlich", "trotz Umsatzplus Verlust"): a second word is the noun's only after an adjective's ending
 * ("trotz schlechtem Wetter", "trotz des schlechten Wetters").
 */
const GERMAN_ADJECTIVE = /(?:e|en|em|er|es)$/;

/** A word this bad blames; a generated lexicon's "pedido" (order) or "pay" only names a thing. */
const BLAME = -1;

/** Whether a word of the full sentence around [from, to), outside it, negates or blames. */
function sentenceBlames(tokens: Token[], look: Lookups, from: number, to: number): boolean {
  const [a, end] = sentenceAround(tokens, from, to);
  for (let k = a; k < end; k++) {
    if ((k >= from && k < to) || (tokens[k] as Token).kind !== WORD) continue;
    if (anyIs(look, k, NEG)) return true;
    if (valenceAt(look, tokens, k) <= BLAME) return true;
  }
  return false;
}

/**
 * Marks (1) each preposition of concession and the words of the noun it concedes: past its articles, at
 * most NOUN_WORDS words, never past a comma or a sentence's end. Null when the text concedes nothing.
 */
export function concededAt(tokens: Token[], look: Lookups): Uint8Array | null {
  if (!mayHave(look, CONCESSION_WORDS)) return null;
  let out: Uint8Array | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== WORD || !OPENS.has(t.w)) continue;
    const len = phraseAt(tokens, i);
    if (len === 0) continue;
    out ??= new Uint8Array(tokens.length);
    // "spite" is a bad word of its own: the preposition's words say nothing.
    for (let k = i; k < i + len; k++) out[k] = 1;
    if (POINTING.has(tokens[i + len]?.w ?? "")) {
      i += len;
      continue;
    }
    let j = i + len;
    let taken = 0;
    while (j < tokens.length && taken < NOUN_WORDS) {
      const t = tokens[j] as Token;
      if (t.kind !== WORD || endsSentence(t)) break;
      if (taken > 0 || !ARTICLES.has(t.w)) {
        out[j] = 1;
        taken++;
        if (tokens[i]?.w === "trotz" && !GERMAN_ADJECTIVE.test(t.w)) break;
      }
      j++;
    }
    if (sentenceBlames(tokens, look, i, j)) for (let k = i + len; k < j; k++) out[k] = 0;
    i = j - 1;
  }
  return out;
}
