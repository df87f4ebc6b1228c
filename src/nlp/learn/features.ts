import type { Analysis } from "../analyse.js";
import { NEG } from "../packs.js";
import { NEGATIVE_AT, POSITIVE_AT, shippedReading } from "../reading.js";
import { anyIs } from "../sentiment.js";
import { BANG, BREAK, EMOJI, EMOTICON, QUESTION, type Token, WORD } from "../text.js";

/**
 * Hashed features of one text: word unigrams (negation-scoped), word bigrams and character n-grams,
 * folded into 2^bits slots so a model's size is bounded whatever a shop's customers write. A few dense
 * slots carry the shipped lexicon's reading, which is what lets a model learn from a few hundred labels.
 */
export interface SparseVector {
  idx: Uint32Array;
  val: Float32Array;
}

export const DEFAULT_BITS = 18;
/**
 * Dense slots at the start of every vector: bias; the lexicon compound, its positive and negative parts
 * and hits; the shipped score with reported problems, its decision as two flags, and the problems.
 */
export const DENSE = 9;
const NEG_SCOPE = 3;
const CHAR_MAX = 5;
/**
 * The feature set a model was trained with; a stored model says which, so a model trained before a
 * change is still read as it was trained. 1: character 3–5-grams, raw counts. 2: character 2–5-grams,
 * sublinear counts (1 + ln n), so a word said five times is not five times the evidence.
 */
export type FeatureSet = 1 | 2;
export const FEATURES: FeatureSet = 2;
/** The lexicon reading is worth several words: it is the one feature every text has. */
export const LEX_WEIGHT = 2;
/** The dense slot of the shipped decision "negative" (LEX_WEIGHT when it says so, else 0). */
export const SHIPPED_NEG = 6;

/** FNV-1a over UTF-16 code units with a seed per feature kind, so kinds rarely share a slot by accident. */
export function hash32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEED_WORD = 1;
const SEED_NEG_WORD = 2;
const SEED_BIGRAM = 3;
const SEED_CHAR = 4;
const SEED_OTHER = 5;

const FNV_PRIME = 0x01000193;

/**
 * Character 3- to 5-grams of `<word>`, hashed in one pass per start position (each longer gram extends
 * the shorter one's hash), so no substring is built.
 */
function charGrams(w: string, min: number, put: (h: number) => void): void {
  const s = `<${w}>`;
  for (let i = 0; i + min <= s.length; i++) {
    let h = (0x811c9dc5 ^ SEED_CHAR) >>> 0;
    for (let n = 1; n <= CHAR_MAX && i + n <= s.length; n++) {
      h = Math.imul(h ^ s.charCodeAt(i + n - 1), FNV_PRIME);
      if (n >= min) put(h >>> 0);
    }
  }
}

/** Per dimension: counts of the text being read and the slots it touched (one text at a time). */
const scratch = new Map<number, { counts: Float32Array; touched: Uint32Array }>();
const MAX_TOUCHED = 1 << 16;

/** The feature vector of an analysed text (see analyse.ts); counts are merged and the hashed part L2-normalised. */
export function featurize(a: Analysis, bits = DEFAULT_BITS, set: FeatureSet = FEATURES): SparseVector {
  const charMin = set === 1 ? 3 : 2;
  const tf = set === 1 ? (c: number) => c : (c: number) => 1 + Math.log(c);
  const span = (2 ** bits - DENSE) >>> 0;
  let sc = scratch.get(bits);
  if (!sc) {
    sc = { counts: new Float32Array(2 ** bits), touched: new Uint32Array(MAX_TOUCHED) };
    scratch.set(bits, sc);
  }
  const { counts, touched } = sc;
  let n = 0;
  const put = (h: number) => {
    const i = DENSE + (h % span);
    if (counts[i] === 0) {
      // A text long enough to fill the list is read up to there: the rest adds little.
      if (n === MAX_TOUCHED) return;
      touched[n++] = i;
    }
    counts[i] = (counts[i] as number) + 1;
  };
  const add = (key: string, seed: number) => put(hash32(key, seed));
  const tokens = a.tokens;
  let negLeft = 0;
  let prev = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === WORD) {
      add(t.w, negLeft > 0 ? SEED_NEG_WORD : SEED_WORD);
      if (prev !== "") add(`${prev} ${t.w}`, SEED_BIGRAM);
      if (t.w.length >= 2) charGrams(t.w, charMin, put);
      prev = t.w;
      if (negLeft > 0) negLeft--;
      if (anyIs(a.look, i, NEG)) negLeft = NEG_SCOPE;
      continue;
    }
    prev = "";
    if (t.kind === EMOJI || t.kind === EMOTICON) add(t.w, SEED_OTHER);
    else if (t.kind === BANG) add("!", SEED_OTHER);
    else if (t.kind === QUESTION) add("?", SEED_OTHER);
    if (t.kind === BREAK || t.kind === BANG || t.kind === QUESTION) negLeft = 0;
  }
  let norm = 0;
  for (let j = 0; j < n; j++) norm += tf(counts[touched[j] as number] as number) ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const idx = new Uint32Array(DENSE + n);
  const val = new Float32Array(DENSE + n);
  const lex = a.lexicon.compound;
  const shipped = shippedReading(a);
  const dense = [
    1,
    lex * LEX_WEIGHT,
    Math.max(lex, 0) * LEX_WEIGHT,
    Math.min(lex, 0) * LEX_WEIGHT,
    Math.min(a.lexicon.hits, 5) / 5,
    shipped.score * LEX_WEIGHT,
    shipped.score <= NEGATIVE_AT ? LEX_WEIGHT : 0,
    shipped.score >= POSITIVE_AT ? LEX_WEIGHT : 0,
    Math.min(shipped.problems, 2) / 2,
  ];
  for (let d = 0; d < DENSE; d++) {
    idx[d] = d;
    val[d] = dense[d] as number;
  }
  for (let j = 0; j < n; j++) {
    const i = touched[j] as number;
    idx[DENSE + j] = i;
    val[DENSE + j] = tf(counts[i] as number) * scale;
    counts[i] = 0;
  }
  return { idx, val };
}
