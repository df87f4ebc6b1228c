import { guessLanguage } from "./language.js";
import { BY_CODE, COMPILED, type CompiledPack } from "./packs.js";
import { lookupAll, scoreSentiment } from "./sentiment.js";
import { type Token, tokenize } from "./text.js";
import { infosOf, type TokenInfo } from "./token-info.js";
import { findCrisisSignals, findTopics, orderTopics } from "./topics.js";
import type { Topic } from "./topics-list.js";

export { TOPICS, type Topic } from "./topics-list.js";

export type Sentiment = "negative" | "neutral" | "positive";
export const LANGUAGES = ["en", "pl", "it", "fr", "de", "es"] as const;
export interface ClassifyInput {
  text: string;
  language?: string | undefined;
  /** 1..5 stars when a review has one */
  rating?: number | undefined;
}
export interface Classification {
  /** ISO 639-1 or "und" */
  language: string;
  sentiment: Sentiment;
  /** in [-1, 1] */
  score: number;
  complaint: boolean;
  topics: Topic[];
}

/** Scores at or below this are negative, at or above POSITIVE_AT positive (tuned on the dev data). */
export const NEGATIVE_AT = -0.1;
export const POSITIVE_AT = 0.25;
/** How far a reported problem pulls the score down when the words themselves are mild. */
const PROBLEM_PULL = 0.3;

const EN = BY_CODE.get("en") as CompiledPack;

function packsFor(language: string | undefined, tokens: Token[], infos: (TokenInfo | undefined)[]) {
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

function clamp(x: number): number {
  return Math.max(-1, Math.min(1, x));
}

export function classify(input: ClassifyInput): Classification {
  const text = typeof input.text === "string" ? input.text : "";
  const tokens = tokenize(text);
  const infos = infosOf(tokens);
  const { code, packs } = packsFor(input.language, tokens, infos);
  const look = lookupAll(tokens, infos, packs);
  const s = scoreSentiment(tokens, packs, look);
  const ev = findTopics(tokens, look);
  let score = s.compound;
  const problems = ev.problem.size + Math.min(ev.markers, 2);
  if (problems > 0 && score < 0.5) score -= PROBLEM_PULL * Math.min(problems, 2) * (score > 0 ? 0.5 : 1);
  const rating = input.rating;
  if (typeof rating === "number" && Number.isFinite(rating) && rating >= 1 && rating <= 5) {
    const r = (rating - 3) / 2;
    if (rating <= 2)
      score = score >= 0.6 ? score * 0.7 + r * 0.3 : Math.min(score * 0.5 + r * 0.5, NEGATIVE_AT - 0.15);
    else if (rating >= 4)
      score = score <= -0.5 ? score * 0.7 + r * 0.3 : Math.max(score * 0.5 + r * 0.5, POSITIVE_AT + 0.1);
    else score *= 0.6;
  }
  score = clamp(Math.round(score * 1000) / 1000);
  const sentiment: Sentiment =
    score <= NEGATIVE_AT ? "negative" : score >= POSITIVE_AT ? "positive" : "neutral";
  const complaint =
    ev.problem.size > 0 ||
    (ev.markers > 0 && sentiment !== "positive") ||
    (sentiment === "negative" && ev.subject.size > 0);
  const topics = new Set<Topic>(ev.problem);
  if (complaint && sentiment !== "positive") for (const t of ev.subject) topics.add(t);
  return { language: code, sentiment, score, complaint, topics: complaint ? orderTopics(topics) : [] };
}

export function detectLanguage(text: string): string {
  const tokens = tokenize(text);
  return guessLanguage(tokens, infosOf(tokens)).code;
}

/** Ids of words that signal a crisis of their own (data breach, hack, scam, poisoning, recall…). */
export function crisisSignals(text: string, language?: string): string[] {
  const tokens = tokenize(text);
  const given = language ? BY_CODE.get(language.toLowerCase().slice(0, 2)) : undefined;
  // Without a language every lexicon is tried: a crisis word must not be missed for a wrong guess.
  const packs = given ? (given === EN ? [EN] : [given, EN]) : COMPILED;
  return findCrisisSignals(tokens, packs);
}
