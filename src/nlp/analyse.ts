import { guessLanguage } from "./language.js";
import { BY_CODE, type CompiledPack } from "./packs.js";
import { type Lookups, lookupAll, type SentimentResult, scoreSentiment } from "./sentiment.js";
import { type Token, tokenize } from "./text.js";
import { infosOf, type TokenInfo } from "./token-info.js";

const EN = BY_CODE.get("en") as CompiledPack;

/** The language to report and the lexicons to read a text with, first the likeliest. */
export function packsFor(
  language: string | undefined,
  tokens: Token[],
  infos: (TokenInfo | undefined)[],
): { code: string; packs: CompiledPack[] } {
  const given = language ? BY_CODE.get(language.toLowerCase().slice(0, 2)) : undefined;
  if (given) return { code: given.code, packs: given === EN ? [EN] : [given, EN] };
  if (language && language.length >= 2 && language !== "und") {
    // A language we have no lexicon for: emoji, English loanwords and the rating still speak.
    return { code: language.toLowerCase(), packs: [EN] };
  }
  const g = guessLanguage(tokens, infos);
  const first = BY_CODE.get(g.code) ?? BY_CODE.get(g.lean ?? "") ?? EN;
  const second = g.second ? BY_CODE.get(g.second) : undefined;
  const packs = [first];
  if (second && second !== first) packs.push(second);
  if (!packs.includes(EN)) packs.push(EN);
  return { code: g.code, packs };
}

/** Everything classification and training read from one text. */
export interface Analysis {
  code: string;
  /** Lexicon language used first (the model to apply), even when `code` is "und". */
  primary: string;
  tokens: Token[];
  look: Lookups;
  lexicon: SentimentResult;
}

export function analyse(text: string, language: string | undefined): Analysis {
  const tokens = tokenize(text);
  const infos = infosOf(tokens);
  const { code, packs } = packsFor(language, tokens, infos);
  const look = lookupAll(tokens, infos, packs);
  const lexicon = scoreSentiment(tokens, packs, look);
  return { code, primary: (packs[0] as CompiledPack).code, tokens, look, lexicon };
}
