import {
  ASK,
  BESIDE,
  COMPLAINT,
  CRISIS,
  firstOf,
  NEG,
  PRESS,
  PROBLEM,
  REQUEST,
  SENT,
  SUBJECT,
  wordIs,
} from "./packs.js";
import type { Lookups } from "./sentiment.js";
import { BANG, BREAK, QUESTION, type Token, WORD } from "./text.js";

/**
 * A valence at or below this is a judgement ("terrible", "useless", "worst"), not the act a request asks
 * about: "cancel" (−1.6), "stornieren" (−1.2), "annuler" (−0.8) and "verfolgen" (track, −1.6) are mild.
 */
const JUDGEMENT = -2;
/**
 * A complaint word that names the thing asked about and judges nothing ("refund" −0.5, "zwrot",
 * "Erstattung") reports nothing in a request; one that names a complaint ("complaint" −1.5, "reklamacja",
 * "réclamation" −1.6) does: "How do I file a complaint?" stays one.
 */
const NAMES_ONLY = -1;

/** Mask values: a token of a plain request question, and the opener of a pressing one. */
export const IN_REQUEST = 1;
export const PRESSING = 2;

/** Whether a question opener of the text's own language starts at token i. */
function opensRequest(look: Lookups, tokens: Token[], i: number): boolean {
  return firstOf(look[0]?.[i] ?? null, REQUEST, tokens, i) !== undefined;
}

function presses(look: Lookups, tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (firstOf(look[0]?.[j] ?? null, PRESS, tokens, j)) return true;
  return false;
}

function startsSentence(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p === undefined || p.kind === BREAK || p.kind === QUESTION || p.kind === BANG;
}

/** Whether anything between from and to (exclusive) says that something went wrong. */
function reportsProblem(look: Lookups, tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== WORD) continue;
    for (const row of look) {
      const cands = row[j] ?? null;
      if (wordIs(cands, NEG) || firstOf(cands, PROBLEM | ASK | BESIDE | CRISIS, tokens, j)) return true;
      const e = firstOf(cands, SENT, tokens, j);
      const w = e ? e.value.weight : 0;
      if (w <= JUDGEMENT) return true;
      if (firstOf(cands, COMPLAINT, tokens, j) && !(wordIs(cands, SUBJECT) && w > NAMES_ONLY)) return true;
    }
  }
  return false;
}

/**
 * The tokens of plain request questions: "How do I cancel my order?", "Czy mogę zmienić adres dostawy?",
 * "Wie kann ich mein Paket verfolgen?". A sentence opened by a request word of the text's language and
 * closed by a single "?", with no negator, problem phrase, crisis word, complaint word, question after something owed
 * ("where is my", "when will I get"), word beside its topic ("charged twice") or strong negative word
 * in it: the mild valence of the act it asks about does not make it negative, and complaint words that
 * name the thing asked about ("refund") report nothing. A "??" or "!" insists, and "why" opens no
 * request. Such a question with a word that presses ("When will I finally get my money back?") is no
 * request but a complaint: its opener is marked PRESSING. Null when the text has neither (most texts),
 * so the hot path allocates nothing.
 */
export function requestMask(tokens: Token[], look: Lookups): Uint8Array | null {
  let mask: Uint8Array | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).kind !== WORD || !startsSentence(tokens, i) || !opensRequest(look, tokens, i))
      continue;
    let end = i + 1;
    while (end < tokens.length) {
      const k = (tokens[end] as Token).kind;
      if (k === QUESTION || k === BANG) break;
      end++;
    }
    const close = tokens[end];
    if (close?.kind !== QUESTION) {
      i = end;
      continue;
    }
    if (presses(look, tokens, i, end)) {
      mask ??= new Uint8Array(tokens.length);
      mask[i] = PRESSING;
    } else if (close.w === "?" && !reportsProblem(look, tokens, i, end)) {
      mask ??= new Uint8Array(tokens.length);
      mask.fill(IN_REQUEST, i, end);
    }
    i = end;
  }
  return mask;
}
