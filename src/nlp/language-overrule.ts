import { ngramLanguage } from "./language-ngrams.js";
import { type Token, WORD } from "./text.js";

/**
 * Letters beyond a–z each language writes (lower case). For ours: what a text of theirs may hold. For
 * the Latin-script languages eld names: what its answer must be able to spell, so that "Opłata za
 * wizytę" is not Croatian (eld's 18 % lead) nor "kleiner Plüsch" Tagalog. A code not listed spells a–z
 * only. Turkish "İ" lower-cases to "i" and a combining dot.
 */
const LETTERS: Record<string, string> = {
  en: "",
  de: "äöüß",
  fr: "àâæçéèêëîïôœùûüÿ",
  it: "àèéìíîòóùú",
  es: "áéíñóúü",
  pl: "ąćęłńóśźż",
  az: "çəğıöşü",
  ca: "àçéèíïòóúü",
  cs: "áčďéěíňóřšťúůýž",
  da: "æøåé",
  et: "äõöüšž",
  eu: "ñ",
  fi: "äöåšž",
  hr: "čćđšž",
  hu: "áéíóöőúüű",
  is: "áðéíóúýþæö",
  lt: "ąčęėįšųūž",
  lv: "āčēģīķļņšūž",
  nl: "áàäéèëíïóôöúü",
  no: "æøåéèóô",
  pt: "áàâãçéêíóôõú",
  ro: "ăâîșşțţ",
  sk: "áäčďéíĺľňóôŕšťúýž",
  sl: "čćđšž",
  sq: "çë",
  sv: "åäöé",
  tl: "ñ",
  tr: "çğıöşüâîû\u0307",
};

/** Letters beyond a–z in the text's words. */
function extraLetters(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== WORD) continue;
    for (const ch of t.w) if (ch > "\u007f" && /[\p{L}\p{M}]/u.test(ch)) out.add(ch);
  }
  return out;
}

/**
 * eld's lead over our best language where a letter ours does not write speaks against it ("ı", "ř",
 * "à" in a Spanish-looking post): as for an undecided text (1.0 and 1.05 named the same posts).
 */
const LEAD_LETTERS = 1.1;
/**
 * Its lead where only the words do: train-split texts of ours went to eld's language at 1.11–1.27
 * ("Hola Joaquín, redifundimos. Un abrazo" Portuguese by 27 %), none at 1.3.
 */
const LEAD_WORDS_ONLY = 1.3;
/**
 * Without such a letter eld is asked only about a short post (at most SHORT words) our words cover
 * at most this share of: where word lists are weakest and eld is cheap. Asked about any text our words
 * cover at most half of, eld ran on a third of the train split and classifying took twice as long, for
 * the same rows and posts named; at 0.4 and 8 words, about 0.9 of main's speed.
 */
const COVER = 0.4;
const SHORT = 8;

/**
 * A second opinion where our words decide `ours`: a language outside our six that eld is sure of, or
 * undefined. Asked only when something speaks against ours: a letter it does not write ("ı", "ř",
 * "à" in a Spanish-looking post), or a short post our words hardly cover (`covered` of `words` words
 * hold evidence for it). eld's answer must spell every letter of the text and lead ours.
 */
export function overrule(
  tokens: Token[],
  ours: string,
  covered: number,
  words: number,
  codes: readonly string[],
): string | undefined {
  const letters = extraLetters(tokens);
  const mine = LETTERS[ours] ?? "";
  let foreignLetter = false;
  for (const ch of letters) if (!mine.includes(ch)) foreignLetter = true;
  if (!foreignLetter && (covered > words * COVER || words > SHORT)) return undefined;
  const s = ngramLanguage(tokens, codes);
  if (!s || codes.includes(s.code) || !s.reliable || !/^[a-z]{2}$/.test(s.code)) return undefined;
  if (s.lead < (foreignLetter ? LEAD_LETTERS : LEAD_WORDS_ONLY)) return undefined;
  const theirs = LETTERS[s.code] ?? "";
  for (const ch of letters) if (!theirs.includes(ch)) return undefined;
  return s.code;
}
