import { readFileSync } from "node:fs";
import { NEG } from "./packs.js";
import { anyIs, type Lookups } from "./sentiment.js";
import { BANG, BREAK, EMOJI, EMOTICON, QUESTION, type Token, WORD } from "./text.js";

/**
 * A small trained sentiment model per language: multinomial logistic regression over word, stem and
 * bigram features (negation-scoped) plus the lexicon score. Lexicons know words in general; a model
 * trained on an operator's own labelled mentions learns how *their* customers write. Nothing trained
 * ships in the package: a model is a JSON file named by FIREBREAK_NLP_MODEL or `classify --model`.
 */
export const MODEL_FORMAT = "firebreak-sentiment/1";
/** Class order of every weight triple. */
export const CLASSES = ["negative", "neutral", "positive"] as const;
export type SentimentClass = (typeof CLASSES)[number];

export interface LanguageModel {
  bias: [number, number, number];
  /** feature → weights of [negative, neutral, positive] */
  weights: Map<string, Float32Array>;
}

export interface SentimentModel {
  format: typeof MODEL_FORMAT;
  /** Free text: what it was trained on and how it was split, so a reader of the file knows. */
  trainedOn: string;
  languages: Map<string, LanguageModel>;
}

/** Feature keys of one text (repeats count) and the lexicon score, which enters as a real value. */
export interface Features {
  keys: string[];
  lexicon: number;
}

const NEG_SCOPE = 3;
const STEM = 5;

/** Turns tokens into model features; `look` gives negators in every language being read. */
export function featuresOf(tokens: Token[], look: Lookups, lexicon: number): Features {
  const keys: string[] = [];
  let negLeft = 0;
  let prev = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const k = t.kind;
    if (k === WORD) {
      const w = t.w;
      const mark = negLeft > 0 ? "!" : "";
      keys.push(`${mark}u:${w}`);
      if (w.length > STEM + 1) keys.push(`${mark}p:${w.slice(0, STEM)}`);
      if (prev !== "") keys.push(`b:${prev} ${w}`);
      prev = w;
      if (negLeft > 0) negLeft--;
      if (anyIs(look, i, NEG)) negLeft = NEG_SCOPE;
      continue;
    }
    prev = "";
    if (k === EMOJI || k === EMOTICON) keys.push(`e:${t.w}`);
    else if (k === BANG) keys.push("!");
    else if (k === QUESTION) keys.push("?");
    if (k === BREAK || k === BANG || k === QUESTION) negLeft = 0;
  }
  return { keys, lexicon };
}

/** Weight of the lexicon score as a feature is learnt like any other; this scales it to word size. */
export const LEX_SCALE = 3;

/** Class probabilities [negative, neutral, positive]. */
export function predict(m: LanguageModel, f: Features, out = new Float64Array(3)): Float64Array {
  let a = m.bias[0];
  let b = m.bias[1];
  let c = m.bias[2];
  const lex = m.weights.get("lex");
  if (lex) {
    const x = f.lexicon * LEX_SCALE;
    a += (lex[0] as number) * x;
    b += (lex[1] as number) * x;
    c += (lex[2] as number) * x;
  }
  for (const key of f.keys) {
    const w = m.weights.get(key);
    if (!w) continue;
    a += w[0] as number;
    b += w[1] as number;
    c += w[2] as number;
  }
  return softmax(a, b, c, out);
}

interface Fast {
  /** word → summed weights of its word and stem features, [plain, in a negation's scope] */
  words: Map<string, [Float32Array | null, Float32Array | null]>;
  /** first word → second word → bigram weights: no string is built per token at run time */
  bigrams: Map<string, Map<string, Float32Array>>;
}
const fast = new WeakMap<LanguageModel, Fast>();
const WORD_CACHE_LIMIT = 100_000;

function fastOf(m: LanguageModel): Fast {
  let f = fast.get(m);
  if (!f) {
    const bigrams = new Map<string, Map<string, Float32Array>>();
    for (const [k, w] of m.weights) {
      if (!k.startsWith("b:")) continue;
      const sp = k.indexOf(" ", 2);
      const a = k.slice(2, sp);
      let inner = bigrams.get(a);
      if (!inner) {
        inner = new Map();
        bigrams.set(a, inner);
      }
      inner.set(k.slice(sp + 1), w);
    }
    f = { words: new Map(), bigrams };
    fast.set(m, f);
  }
  return f;
}

function sumOf(m: LanguageModel, keys: string[]): Float32Array | null {
  let out: Float32Array | null = null;
  for (const k of keys) {
    const w = m.weights.get(k);
    if (!w) continue;
    out ??= new Float32Array(3);
    for (let c = 0; c < 3; c++) out[c] = (out[c] as number) + (w[c] as number);
  }
  return out;
}

function wordOf(m: LanguageModel, f: Fast, w: string): [Float32Array | null, Float32Array | null] {
  let e = f.words.get(w);
  if (!e) {
    const stem = w.length > STEM + 1 ? w.slice(0, STEM) : undefined;
    const plain = stem ? [`u:${w}`, `p:${stem}`] : [`u:${w}`];
    e = [
      sumOf(m, plain),
      sumOf(
        m,
        plain.map((k) => `!${k}`),
      ),
    ];
    if (f.words.size >= WORD_CACHE_LIMIT) f.words.clear();
    f.words.set(w, e);
  }
  return e;
}

/**
 * The same sum as `predict(m, featuresOf(tokens, look, lexicon))`, without building feature strings:
 * per-word weights are looked up once and cached, bigrams through a two-level map.
 */
export function predictTokens(
  m: LanguageModel,
  tokens: Token[],
  look: Lookups,
  lexicon: number,
  out = new Float64Array(3),
): Float64Array {
  const f = fastOf(m);
  const acc = [m.bias[0], m.bias[1], m.bias[2]];
  const add = (w: Float32Array | null | undefined) => {
    if (!w) return;
    acc[0] = (acc[0] as number) + (w[0] as number);
    acc[1] = (acc[1] as number) + (w[1] as number);
    acc[2] = (acc[2] as number) + (w[2] as number);
  };
  const lex = m.weights.get("lex");
  if (lex) {
    const x = lexicon * LEX_SCALE;
    for (let c = 0; c < 3; c++) acc[c] = (acc[c] as number) + (lex[c] as number) * x;
  }
  let negLeft = 0;
  let prev = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const k = t.kind;
    if (k === WORD) {
      const w = t.w;
      const pair = wordOf(m, f, w);
      add(negLeft > 0 ? pair[1] : pair[0]);
      if (prev !== "") add(f.bigrams.get(prev)?.get(w));
      prev = w;
      if (negLeft > 0) negLeft--;
      if (anyIs(look, i, NEG)) negLeft = NEG_SCOPE;
      continue;
    }
    prev = "";
    if (k === EMOJI || k === EMOTICON) add(m.weights.get(`e:${t.w}`));
    else if (k === BANG) add(m.weights.get("!"));
    else if (k === QUESTION) add(m.weights.get("?"));
    if (k === BREAK || k === BANG || k === QUESTION) negLeft = 0;
  }
  return softmax(acc[0] as number, acc[1] as number, acc[2] as number, out);
}

function softmax(a: number, b: number, c: number, out: Float64Array): Float64Array {
  const mx = Math.max(a, b, c);
  const ea = Math.exp(a - mx);
  const eb = Math.exp(b - mx);
  const ec = Math.exp(c - mx);
  const z = ea + eb + ec;
  out[0] = ea / z;
  out[1] = eb / z;
  out[2] = ec / z;
  return out;
}

interface ModelJson {
  format: string;
  trained_on?: string;
  languages: Record<string, { bias: number[]; weights: Record<string, number[]> }>;
}

export function modelToJson(m: SentimentModel): string {
  const languages: ModelJson["languages"] = {};
  for (const [code, lm] of m.languages) {
    const weights: Record<string, number[]> = {};
    for (const [k, w] of lm.weights) weights[k] = [...w].map((x) => Math.round(x * 10000) / 10000);
    languages[code] = { bias: lm.bias.map((x) => Math.round(x * 10000) / 10000), weights };
  }
  return JSON.stringify({ format: MODEL_FORMAT, trained_on: m.trainedOn, languages });
}

/** Parses a model file's text; throws with a message that says what is wrong. */
export function modelFromJson(text: string): SentimentModel {
  const o = JSON.parse(text) as ModelJson;
  if (!o || o.format !== MODEL_FORMAT || typeof o.languages !== "object" || o.languages === null) {
    throw new Error(`not a ${MODEL_FORMAT} model file`);
  }
  const languages = new Map<string, LanguageModel>();
  for (const [code, lm] of Object.entries(o.languages)) {
    const b = lm.bias;
    if (!Array.isArray(b) || b.length !== 3 || !b.every(Number.isFinite)) {
      throw new Error(`model for ${code}: bias must be three numbers`);
    }
    const weights = new Map<string, Float32Array>();
    for (const [k, w] of Object.entries(lm.weights ?? {})) {
      if (!Array.isArray(w) || w.length !== 3 || !w.every(Number.isFinite)) {
        throw new Error(`model for ${code}: weights of ${JSON.stringify(k)} must be three numbers`);
      }
      weights.set(k, Float32Array.from(w));
    }
    languages.set(code, { bias: [b[0], b[1], b[2]] as [number, number, number], weights });
  }
  return { format: MODEL_FORMAT, trainedOn: o.trained_on ?? "", languages };
}

export function loadModelFile(path: string): SentimentModel {
  return modelFromJson(readFileSync(path, "utf8"));
}
