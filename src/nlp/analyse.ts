import { askedCases } from "./asked-cases.js";
import { askingWords } from "./asking-words.js";
import { clauseMask } from "./clauses.js";
import { exasperationMask } from "./exasperation.js";
import { fearedFaults } from "./feared-faults.js";
import { splitHashtags } from "./hashtags.js";
import { guessLanguage, type LanguageGuess } from "./language.js";
import { BY_CODE, type CompiledPack } from "./packs.js";
import { beforeOrder } from "./pre-order.js";
import { requestMask } from "./requests.js";
import { type Lookups, lookupAll, type SentimentResult, scoreSentiment } from "./sentiment.js";
import { type SubjectLine, subjectLine } from "./subject-line.js";
import { type Token, tokenize } from "./text.js";
import { infosOf, type TokenInfo } from "./token-info.js";

const EN = BY_CODE.get("en") as CompiledPack;

/** The shop's languages as lexicon codes, likeliest first: unknown codes and repeats dropped. */
export function shopLanguages(languages: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const l of languages ?? []) {
    const code = typeof l === "string" ? l.toLowerCase().slice(0, 2) : "";
    if (BY_CODE.has(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

/**
 * The language to report and the lexicons to read a text with, first the likeliest. `shop`: the shop's
 * languages (see shopLanguages), a prior for a text whose words do not decide (see guessLanguage).
 */
export function packsFor(
  language: string | undefined,
  tokens: Token[],
  infos: (TokenInfo | undefined)[],
  shop: readonly string[] = [],
): { code: string; packs: CompiledPack[] } {
  const given = language ? BY_CODE.get(language.toLowerCase().slice(0, 2)) : undefined;
  if (given) return { code: given.code, packs: given === EN ? [EN] : [given, EN] };
  const g = guessLanguage(tokens, infos, shop);
  // A language we have no lexicon for (a caller's "pt", or a stored one read again) is read as when it
  // was detected: with the lexicon its words lean to, then English, so a mention reads the same when
  // classified again. English alone read Dutch "die" (the article) as −2.9.
  if (language && language.length >= 2 && language !== "und") {
    return { code: language.toLowerCase(), packs: readingPacks(g, shop) };
  }
  return { code: g.code, packs: readingPacks(g, shop) };
}

/**
 * The lexicons a text is read with, first the likeliest. A text with no evidence for any of our
 * languages ("😡😡", "???", a Portuguese post eld names) reports "und" or that language, never one of
 * ours: a stored "de" would be the shop's guess passed off as the customer's words. What words it has
 * are still read with the lexicon they lean to, else the shop's own, then English.
 */
function readingPacks(g: LanguageGuess, shop: readonly string[]): CompiledPack[] {
  const first = BY_CODE.get(g.code) ?? BY_CODE.get(g.lean ?? "") ?? BY_CODE.get(shop[0] ?? "") ?? EN;
  const second = g.second ? BY_CODE.get(g.second) : undefined;
  const packs = [first];
  if (second && second !== first) packs.push(second);
  if (!packs.includes(EN)) packs.push(EN);
  return packs;
}

/** Everything classification and training read from one text. */
export interface Analysis {
  /** The text as written: amounts, subject lines and digits the tokens lose (raw-text-faults.ts). */
  text: string;
  code: string;
  /** Lexicon language used first (the model to apply), even when `code` is "und". */
  primary: string;
  tokens: Token[];
  look: Lookups;
  lexicon: SentimentResult;
  /** Tokens of plain request questions (requests.ts), or null when there are none. */
  requests: Uint8Array | null;
  /** A ticket's subject line or a review's title (subject-line.ts), or null. */
  title: SubjectLine | null;
}

/** `languages`: the shop's languages, likeliest first (a prior, see packsFor). */
export function analyse(
  text: string,
  language: string | undefined,
  languages?: readonly string[] | undefined,
): Analysis {
  const written = tokenize(text);
  const infos = infosOf(written);
  const { code, packs } = packsFor(language, written, infos, shopLanguages(languages));
  // The language is told from the hashtag as written; its words are read split (hashtags.ts).
  const tokens = splitHashtags(written, packs, infos);
  const look = lookupAll(tokens, tokens === written ? infos : infosOf(tokens), packs);
  const lang = (packs[0] as CompiledPack).code;
  const asked = askedCases(
    tokens,
    look,
    lang,
    clauseMask(tokens, look, lang, requestMask(tokens, look), (packs[0] as CompiledPack).own),
  );
  const requests = askingWords(
    tokens,
    lang,
    exasperationMask(tokens, lang, fearedFaults(tokens, look, lang, beforeOrder(tokens, lang, asked))),
  );
  const lexicon = scoreSentiment(tokens, packs, look, requests);
  const title = subjectLine(text, lang);
  return { text, code, primary: (packs[0] as CompiledPack).code, tokens, look, lexicon, requests, title };
}
