import { CLOSING, firstOf } from "./packs.js";
import type { Lookups } from "./sentiment.js";
import { endsSentence, type Token, WORD } from "./text.js";

/** Words a message must say before its last sentence for that sentence to be a sign-off, not the message. */
const MIN_BODY_WORDS = 3;

/**
 * Where a closing formula that ends the text begins ("… no reply for a week. Thanks", "… Cheers!",
 * "… Pozdrawiam", "… Merci d'avance"), or -1. A sign-off is politeness, not a judgement: VADER reads
 * "thanks" +1.9 and "best" +3.2, so "your website sucks. All best." read neutral. Only a last sentence
 * made of nothing but closing words counts, after a body of its own: "Thanks!" alone is the message.
 */
export function closingStart(tokens: Token[], look: Lookups): number {
  // Trailing marks, emoji and handles belong to the sign-off ("Thanks! 🙏", "Cheers. @shop").
  let i = tokens.length - 1;
  while (i >= 0 && (tokens[i] as Token).kind !== WORD) i--;
  let start = -1;
  // Walk back over closing phrases until the sentence boundary before them.
  for (let j = i; j >= 0; ) {
    const t = tokens[j] as Token;
    if (endsSentence(t)) break;
    if (t.kind !== WORD) {
      j--;
      continue;
    }
    const from = closingEndingAt(look, tokens, j);
    if (from < 0) return -1;
    start = from;
    j = from - 1;
  }
  if (start < 0) return -1;
  let body = 0;
  for (let k = 0; k < start; k++) if ((tokens[k] as Token).kind === WORD) body++;
  return body >= MIN_BODY_WORDS ? start : -1;
}

/** The first token of the longest closing phrase that ends at j, or -1. */
function closingEndingAt(look: Lookups, tokens: Token[], j: number): number {
  for (let from = Math.max(0, j - 3); from <= j; from++) {
    for (const row of look) {
      const e = firstOf(row[from] ?? null, CLOSING, tokens, from);
      if (e && from + e.rest.length === j) return from;
    }
  }
  return -1;
}
