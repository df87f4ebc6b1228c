import { readFileSync } from "node:fs";
import { type Analysis, analyse, shopLanguages } from "./analyse.js";
import { guessLanguage } from "./language.js";
import { LEARNED_FORMAT, type LearnedModel, learnedFromJson, predictLearned } from "./learn/model.js";
import { JUST_NEGATIVE, saysMiddling, toNeutral } from "./middling.js";
import { MODEL_FORMAT, modelFromJson, predictTokens, type SentimentModel } from "./model.js";
import { BY_CODE, COMPILED, type CompiledPack } from "./packs.js";
import { NEGATIVE_AT, POSITIVE_AT, shippedReading } from "./reading.js";
import { weighReview } from "./review-weight.js";
import { starsIn } from "./stars.js";
import { byTicketBody } from "./subject-tickets.js";
import { tasteOnly } from "./taste.js";
import { type Token, tokenize } from "./text.js";
import { infosOf } from "./token-info.js";
import { findCrisisSignals, orderTopics, paymentOverAccount } from "./topics.js";
import type { Topic } from "./topics-list.js";

export type { LearnedModel } from "./learn/model.js";
export { TOPICS, type Topic } from "./topics-list.js";

export type Sentiment = "negative" | "neutral" | "positive";
export { LANGUAGES } from "../core/lang.js";
export interface ClassifyInput {
  text: string;
  language?: string | undefined;
  /** 1..5 stars when a review has one */
  rating?: number | undefined;
  /**
   * The languages the shop's customers write in (workspace settings), likeliest first: a prior for a
   * text whose own words do not decide its language. A given `language` wins over it.
   */
  languages?: readonly string[] | undefined;
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

export { NEGATIVE_AT, POSITIVE_AT } from "./reading.js";

const EN = BY_CODE.get("en") as CompiledPack;

let model: SentimentModel | LearnedModel | null | undefined;

/**
 * Uses a trained sentiment model (see model.ts, or a learned one from learn/) for the languages it covers,
 * or none with null. Without a call, FIREBREAK_NLP_MODEL names the model file, read once on first use.
 */
export function setSentimentModel(m: SentimentModel | LearnedModel | null): void {
  model = m;
}

/** Reads a model file of either format: `classify --train` writes learned ones, older files are word models. */
export function loadAnyModelFile(path: string): SentimentModel | LearnedModel {
  const text = readFileSync(path, "utf8");
  return text.includes(`"${LEARNED_FORMAT}"`) ? learnedFromJson(text) : modelFromJson(text);
}

function currentModel(): SentimentModel | LearnedModel | null {
  if (model === undefined) {
    const file = process.env["FIREBREAK_NLP_MODEL"];
    model = null;
    if (file) {
      try {
        model = loadAnyModelFile(file);
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

/** The version every mention read by the shipped classifier records (a workspace's own model has its own). */
export const SHIPPED_MODEL = "shipped";

/**
 * Classifies one text. With `learned`, a workspace's own model (see learn/) decides the sentiment of the
 * languages it has; the shipped lexicons and rules read the rest and always find complaint and topics.
 */
export function classify(input: ClassifyInput, learned?: LearnedModel | null): Classification {
  const text = typeof input.text === "string" ? input.text : "";
  const a = analyse(text, input.language, input.languages);
  return readTicket(
    input,
    a,
    classifyAnalysed(a, ratingOf(input, text), learned, statedOnly(input)),
    learned,
  );
}

/** A ticket whose subject names only its topic is read by its body (subject-tickets.ts). */
function readTicket(input: ClassifyInput, a: Analysis, whole: Classification, learned?: LearnedModel | null) {
  return byTicketBody(a, whole, NEGATIVE_AT, (body) =>
    classifyAnalysed(
      analyse(body, whole.language, input.languages),
      ratingOf(input, body),
      learned,
      statedOnly(input),
    ),
  );
}

/** The review's stars: as given, else as its text states them ("Five stars", "2/5", "★★☆☆☆"; stars.ts). */
const ratingOf = (input: ClassifyInput, text: string) => input.rating ?? starsIn(text);
/** Whether the stars, if any, are the text's own (none handed over). */
const statedOnly = (input: ClassifyInput) => input.rating === undefined;

/** `classify` of a text already analysed (training reads each text once for features and the shipped view). */
export function classifyAnalysed(
  a: Analysis,
  rating?: number,
  learned?: LearnedModel | null,
  stated = false,
): Classification {
  const { code, tokens, look, lexicon } = a;
  const shipped = shippedReading(a);
  const ev = shipped.ev;
  let score = shipped.score;
  const global = currentModel();
  const own =
    (learned ? predictLearned(learned, a, probs) : null) ??
    (global?.format === LEARNED_FORMAT ? predictLearned(global, a, probs) : null);
  const lm =
    own || code === "und" || global?.format !== MODEL_FORMAT ? undefined : global.languages.get(code);
  let decided: Sentiment | undefined;
  let evened = false;
  let disliked = false;
  if (own || lm) {
    // The model already learnt what problem words mean for sentiment; its argmax decides.
    const p = own ?? predictTokens(lm as NonNullable<typeof lm>, tokens, look, lexicon.compound, probs);
    const [neg, neu, pos] = p as unknown as [number, number, number];
    score = pos - neg;
    decided = neg >= neu && neg >= pos ? "negative" : pos > neu ? "positive" : "neutral";
  }
  if (typeof rating === "number" && Number.isFinite(rating) && rating >= 1 && rating <= 5) {
    const r = (rating - 3) / 2;
    if (rating <= 2)
      score = score >= 0.6 ? score * 0.7 + r * 0.3 : Math.min(score * 0.5 + r * 0.5, NEGATIVE_AT - 0.15);
    else if (rating >= 4)
      score = score <= -0.5 ? score * 0.7 + r * 0.3 : Math.max(score * 0.5 + r * 0.5, POSITIVE_AT + 0.1);
    // Three stars are neutral (middling.ts); a fault told beside them still makes a complaint.
    else {
      score = toNeutral(score * 0.6);
      evened = true;
    }
    // A fault told under three stars or fewer outweighs the praise around it (review-weight.ts).
    score = weighReview(rating, score, ev.problem.size);
    // One or two stars the reviewer wrote are the verdict, however warmly the story of it begins.
    if (stated && rating <= 2) score = Math.min(score, JUST_NEGATIVE);
    decided = undefined;
  } else if (decided === undefined && saysMiddling(a.text, code)) {
    // A middling verdict (middling.ts): neutral, its words' complaint unsaid with their score.
    score = toNeutral(score);
  } else if (decided === undefined && ev.problem.size === 0 && tasteOnly(a.text, code)) {
    // A dislike hedged as personal taste (taste.ts): negative, and no complaint below.
    score = Math.min(score, JUST_NEGATIVE);
    disliked = true;
  }
  score = clamp(Math.round(score * 1000) / 1000);
  const sentiment: Sentiment =
    decided ?? (score <= NEGATIVE_AT ? "negative" : score >= POSITIVE_AT ? "positive" : "neutral");
  // Three stars or a middling verdict read neutral, but do not unsay a complaint the words tell.
  const wordsNegative = sentiment === "negative" || (evened && shipped.score <= NEGATIVE_AT);
  const complaint =
    ev.problem.size > 0 ||
    (!disliked && (ev.markers > 0 || ev.missed.size > 0) && sentiment !== "positive") ||
    (!disliked && wordsNegative && ev.subject.size > 0);
  const topics = new Set<Topic>(ev.problem);
  if (complaint && sentiment !== "positive") {
    for (const t of ev.missed) topics.add(t);
    for (const t of ev.subject) topics.add(t);
  }
  // Nearly every shop complaint names "the order": that alone says no wrong or missing item when
  // another topic explains the complaint. An order cancelled or an item not included still does.
  if (topics.size > 1 && !ev.problem.has("order_error") && !ev.missed.has("order_error"))
    topics.delete("order_error");
  paymentOverAccount(topics, ev);
  return { language: code, sentiment, score, complaint, topics: complaint ? orderTopics(topics) : [] };
}

/** The model version that decides the sentiment of a text classified as `language`. */
export function modelVersionFor(language: string, learned?: LearnedModel | null): string {
  return learned && language !== "und" && learned.languages.has(language) ? learned.version : SHIPPED_MODEL;
}

/** `languages`: the shop's, likeliest first (see ClassifyInput). */
export function detectLanguage(text: string, languages?: readonly string[]): string {
  const tokens = tokenize(text);
  return guessLanguage(tokens, infosOf(tokens), shopLanguages(languages)).code;
}

/** Ids of words that signal a crisis of their own (data breach, hack, scam, poisoning, recall…). */
export function crisisSignals(text: string, language?: string): string[] {
  return signalsIn(tokenize(text), language);
}

function signalsIn(tokens: Token[], language: string | undefined): string[] {
  const given = language ? BY_CODE.get(language.toLowerCase().slice(0, 2)) : undefined;
  // Without a language every lexicon is tried: a crisis word must not be missed for a wrong guess.
  const packs = given ? (given === EN ? [EN] : [given, EN]) : COMPILED;
  return findCrisisSignals(tokens, packs);
}

/**
 * `classify`, and what `crisisSignals` finds in the text with the language it was classified as (none
 * for "und"), from one reading of the text: ingest hands the signals to detection, which otherwise
 * tokenizes every text a second time.
 */
export function classifyWithSignals(
  input: ClassifyInput,
  learned?: LearnedModel | null,
): { classification: Classification; signals: string[] } {
  const text = typeof input.text === "string" ? input.text : "";
  const a = analyse(text, input.language, input.languages);
  const classification = readTicket(
    input,
    a,
    classifyAnalysed(a, ratingOf(input, text), learned, statedOnly(input)),
    learned,
  );
  const lang = classification.language;
  return { classification, signals: signalsIn(a.tokens, lang && lang !== "und" ? lang : undefined) };
}
