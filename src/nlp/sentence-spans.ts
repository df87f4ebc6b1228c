import { endsFullSentence, type Token, WORD } from "./text.js";

/** One sentence of a text's tokens: its words, its span (from..to), and the token that ended it. */
export interface SentenceSpan {
  words: string[];
  from: number;
  to: number;
  /** The ".", "?" or "!" that ended it; undefined at the end of the text. */
  end: Token | undefined;
}

/**
 * The text's sentences, each with at least one word. A sentence ends at ".", "?", "!" or the end of the
 * text; a comma does not end it (endsFullSentence).
 */
export function sentenceSpans(tokens: Token[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  let words: string[] = [];
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && t.kind === WORD) {
      words.push(t.w);
      continue;
    }
    if (t !== undefined && !endsFullSentence(t)) continue;
    if (words.length > 0) out.push({ words, from, to: i, end: t });
    words = [];
    from = i + 1;
  }
  return out;
}

/**
 * The full sentence around tokens [from, to): the index of its first token and of the token that ends it
 * after `to` (the text's length when none does). A comma does not end it.
 */
export function sentenceAround(tokens: Token[], from: number, to = from + 1): [number, number] {
  let a = from;
  while (a > 0 && !endsFullSentence(tokens[a - 1] as Token)) a--;
  let end = to;
  while (end < tokens.length && !endsFullSentence(tokens[end] as Token)) end++;
  return [a, end];
}
