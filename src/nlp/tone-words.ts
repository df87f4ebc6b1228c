import { withoutMarks } from "./matcher.js";
import { type Token, WORD } from "./text.js";

/**
 * A text's words as one string for the tone rules (courtesy.ts, redress.ts, promises.ts): lower case,
 * without marks ("remboursé" → "rembourse", "miałam" → "mialam"), joined by single spaces, with where
 * each word starts and which token it is, so a pattern's match maps back to token positions.
 */
export interface FoldedWords {
  s: string;
  /** Offset in `s` of each word. */
  starts: number[];
  /** Token position of each word. */
  idx: number[];
}

const ASCII = /^[\p{ASCII}]*$/u;

export function foldedWords(tokens: Token[], from = 0, to = tokens.length): FoldedWords {
  let s = "";
  const starts: number[] = [];
  const idx: number[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== WORD) continue;
    if (s !== "") s += " ";
    starts.push(s.length);
    idx.push(i);
    s += ASCII.test(t.w) ? t.w : withoutMarks(t.w);
  }
  return { s, starts, idx };
}

/** The token position of the word that holds offset `at` of the folded string. */
export function tokenAtOffset(f: FoldedWords, at: number): number {
  let lo = 0;
  let hi = f.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((f.starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return f.idx[lo] ?? -1;
}

/** The token positions of the words a match spans (from `at`, `length` characters). */
export function tokensOfMatch(f: FoldedWords, at: number, length: number): number[] {
  const out: number[] = [];
  for (let w = 0; w < f.starts.length; w++) {
    const s = f.starts[w] as number;
    if (s >= at && s < at + length) out.push(f.idx[w] as number);
  }
  return out;
}

/** Anchor words of the tone rules, each with the bits of the rules it opens. */
const TABLE = new Map<string, number>();
/**
 * Tone rules' bits (courtesy.ts, redress.ts, promises.ts), above every kind of packs.ts: token-info.ts
 * notes them per word form and lookupAll per text with the kinds, so `mayHave(look, bit)` asks for free
 * whether a text holds an anchor word of the rule (most texts hold none of any).
 */
export const CONCESSION_WORDS = 1 << 24;
export const NO_FUSS_WORDS = 1 << 25;
export const FEAR_WORDS = 1 << 26;
export const COURTESY_WORDS = 1 << 27;
export const REDRESS_WORDS = 1 << 28;
export const PROMISE_WORDS = 1 << 29;

/** Registers a rule's anchor words (at module load, before any text is read). */
export function anchorWords(words: ReadonlySet<string>, bit: number): void {
  for (const w of words) TABLE.set(w, (TABLE.get(w) ?? 0) | bit);
}

/** Anchor stems ("preoccupat" of "preoccupata"), each with its bit: few, and asked once a word form. */
const STEMS: string[] = [];
const STEM_BITS: number[] = [];

/** Registers a rule's anchor stems: a word starting with one of them holds the bit. */
export function anchorStems(stems: Iterable<string>, bit: number): void {
  for (const s of stems) {
    STEMS.push(s);
    STEM_BITS.push(bit);
  }
}

/** The tone bits of a word form (token-info.ts asks once a form, and of every form with a digit). */
export function toneBitsOf(w: string): number {
  let bits = TABLE.get(w) ?? 0;
  for (let k = 0; k < STEMS.length; k++) if (w.startsWith(STEMS[k] as string)) bits |= STEM_BITS[k] as number;
  return bits;
}

const folded = new WeakMap<Token[], FoldedWords>();

/** foldedWords of the whole text, built once for all the rules that ask. */
export function foldedText(tokens: Token[]): FoldedWords {
  let f = folded.get(tokens);
  if (!f) {
    f = foldedWords(tokens);
    folded.set(tokens, f);
  }
  return f;
}
/** The words, each also without its marks ("zwrócili" and "zwrocili"). */
export function wordSet(words: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of words.split(/\s+/)) if (w) out.add(w).add(withoutMarks(w));
  return out;
}
