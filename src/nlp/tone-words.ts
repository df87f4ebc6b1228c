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

/** Whether any word of the text is one of `anchors` (a wordSet: as typed and folded). Most texts have none. */
export function hasAnchor(tokens: Token[], anchors: ReadonlySet<string>): boolean {
  for (const t of tokens) if (t.kind === WORD && anchors.has(t.w)) return true;
  return false;
}

/** The words, each also without its marks ("zwrócili" and "zwrocili"). */
export function wordSet(words: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of words.split(/\s+/)) if (w) out.add(w).add(withoutMarks(w));
  return out;
}
