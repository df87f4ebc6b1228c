import { analyse } from "./analyse.js";
import { guessLanguage } from "./language.js";
import { loadModelFile, predictTokens, type SentimentModel } from "./model.js";
import { BY_CODE, COMPILED, type CompiledPack } from "./packs.js";
import { tokenize } from "./text.js";
import { infosOf } from "./token-info.js";
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

let model: SentimentModel | null | undefined;

/**
 * Uses a trained sentiment model (see model.ts) for the languages it covers, or none with null.
 * Without a call, FIREBREAK_NLP_MODEL names the model file, read once on first use.
 */
export function setSentimentModel(m: SentimentModel | null): void {
  model = m;
}

function currentModel(): SentimentModel | null {
  if (model === undefined) {
    const file = process.env.FIREBREAK_NLP_MODEL;
    model = null;
    if (file) {
      try {
        model = loadModelFile(file);
      } catch (err) {
        // A broken model file must not stop ingestion: say so once, loudly, and read with the lexicons.
        process.stderr.write(
          `firebreak: FIREBREAK_NLP_MODEL=${file}: ${err instanceof Error ? err.message : String(err)}; using lexicons only\n`,
        );
      }
    }
  }
  return model;
}

function clamp(x: number): number {
  return Math.max(-1, Math.min(1, x));
}

const probs = new Float64Array(3);

export function classify(input: ClassifyInput): Classification {
  const text = typeof input.text === "string" ? input.text : "";
  const { code, tokens, look, lexicon } = analyse(text, input.language);
  const ev = findTopics(tokens, look);
  let score = lexicon.compound;
  const problems = ev.problem.size + Math.min(ev.markers, 2);
  const lm = code === "und" ? undefined : currentModel()?.languages.get(code);
  let decided: Sentiment | undefined;
  if (lm) {
    // The model already learnt what problem words mean for sentiment; its argmax decides.
    const p = predictTokens(lm, tokens, look, lexicon.compound, probs);
    const [neg, neu, pos] = p as unknown as [number, number, number];
    score = pos - neg;
    decided = neg >= neu && neg >= pos ? "negative" : pos > neu ? "positive" : "neutral";
  } else if (problems > 0 && score < 0.5) {
    score -= PROBLEM_PULL * Math.min(problems, 2) * (score > 0 ? 0.5 : 1);
  }
  const rating = input.rating;
  if (typeof rating === "number" && Number.isFinite(rating) && rating >= 1 && rating <= 5) {
    const r = (rating - 3) / 2;
    if (rating <= 2)
      score = score >= 0.6 ? score * 0.7 + r * 0.3 : Math.min(score * 0.5 + r * 0.5, NEGATIVE_AT - 0.15);
    else if (rating >= 4)
      score = score <= -0.5 ? score * 0.7 + r * 0.3 : Math.max(score * 0.5 + r * 0.5, POSITIVE_AT + 0.1);
    else score *= 0.6;
    decided = undefined;
  }
  score = clamp(Math.round(score * 1000) / 1000);
  const sentiment: Sentiment =
    decided ?? (score <= NEGATIVE_AT ? "negative" : score >= POSITIVE_AT ? "positive" : "neutral");
  const complaint =
    ev.problem.size > 0 ||
    (ev.markers > 0 && sentiment !== "positive") ||
    (sentiment === "negative" && ev.subject.size > 0);
  const topics = new Set<Topic>(ev.problem);
  if (complaint && sentiment !== "positive") for (const t of ev.subject) topics.add(t);
  // Nearly every shop complaint names "the order": that alone says no wrong or missing item when
  // another topic explains the complaint.
  if (topics.size > 1 && !ev.problem.has("order_error")) topics.delete("order_error");
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
