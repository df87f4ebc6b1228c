import type { Entry } from "./matcher.js";
import {
  ASK,
  BESIDE,
  COMPLAINT,
  CRISIS,
  firstOf,
  NEG,
  OWN,
  PRESS,
  PROBLEM,
  REQUEST,
  SENT,
  SUBJECT,
  type Tag,
  WHY,
  WISH,
  wordIs,
} from "./packs.js";
import type { Lookups } from "./sentiment.js";
import { BANG, BREAK, MENTION, QUESTION, type Token, WORD } from "./text.js";

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
/** A token of a "why" question about a thing of a topic: a complaint, whose praise is not read. */
export const IN_WHY = 3;
/** A token of a clause of a request that gives the customer's own reason: it reports nothing. */
export const IN_OWN = 4;

/** Whether the mask reads token i as reporting nothing (its negative valence and complaint words dropped). */
export function quiet(mask: Uint8Array | null, i: number): boolean {
  const m = mask?.[i];
  return m === IN_REQUEST || m === IN_OWN || m === IN_IF || m === IN_ASKING;
}
/** A token of an "if" clause inside a question (clauses.ts): it reports nothing either. */
export const IN_IF = 5;

/**
 * Whether tokens from..to hold a case asked about ("if" clause) or the customer's own reason: what such a
 * sentence states is no fault told (told-faults.ts, sentences-fr-it-es.ts).
 */
export function holdsCase(mask: Uint8Array | null, from: number, to: number): boolean {
  if (!mask) return false;
  for (let j = from; j < to; j++) if (mask[j] === IN_IF || mask[j] === IN_OWN) return true;
  return false;
}
/** A word that asks, not judges, in a question (asking-words.ts): no valence, no problem. */
export const IN_ASKING = 6;

/** The request opener or wish of the text's own language starting at token i. */
function opener(look: Lookups, tokens: Token[], i: number): Entry<Tag> | undefined {
  return firstOf(look[0]?.[i] ?? null, REQUEST | WISH, tokens, i);
}

/** Polish "-ć", Romance "-ar", "-er", "-ir", "-re": "jak anulować", "comment annuler". */
const INFINITIVE = /(?:ć|[aei]r|[aei]re)$/u;

/**
 * Whether a request typed without "?" may open at token i: at the text's start (after a greeting of up
 * to two words: "hi,", "dzień dobry,"), with a wish, a phrase ("how do i", "wie storniere") or a question
 * word before an infinitive ("jak anulować"). A bare "jak" or "comment" before anything else opens
 * statements ("Jak podkreśla parazytolog…"), and so do "która" or "quand" after a comma.
 */
function opensUnmarked(open: Entry<Tag>, tokens: Token[], i: number): boolean {
  let words = 0;
  for (let j = 0; j < i; j++) {
    const k = (tokens[j] as Token).kind;
    if (k === WORD) words++;
    else if (k !== BREAK && k !== MENTION) return false;
  }
  if (words > 2) return false;
  if (open.value.kind === WISH || open.rest.length > 0) return true;
  return INFINITIVE.test(tokens[i + 1]?.w ?? "");
}

function opensWhy(look: Lookups, tokens: Token[], i: number): boolean {
  return firstOf(look[0]?.[i] ?? null, WHY, tokens, i) !== undefined;
}

function namesThing(look: Lookups, from: number, to: number): boolean {
  for (let j = from; j < to; j++) for (const row of look) if (wordIs(row[j] ?? null, SUBJECT)) return true;
  return false;
}

/**
 * The clauses (between breaks) from `from` to `to` that give the customer's own reason ("I ordered the
 * wrong colour by mistake", "pomyliłam kolor", "ce n'est pas mon style"), as [start, end) pairs.
 */
function ownClauses(look: Lookups, tokens: Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  let own = false;
  for (let j = from; j <= to; j++) {
    const t = tokens[j];
    if (j === to || t?.kind === BREAK) {
      if (own) out.push([start, j]);
      start = j + 1;
      own = false;
    } else if (!own && firstOf(look[0]?.[j] ?? null, OWN, tokens, j)) own = true;
  }
  return out;
}

function presses(look: Lookups, tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (firstOf(look[0]?.[j] ?? null, PRESS, tokens, j)) return true;
  return false;
}

function startsSentence(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  // "@shop how do I…": a post addressed to the shop opens after the handles.
  return p === undefined || p.kind === BREAK || p.kind === QUESTION || p.kind === BANG || p.kind === MENTION;
}

/** Whether anything between from and to (exclusive) says that something went wrong. */
function reportsProblem(
  look: Lookups,
  tokens: Token[],
  from: number,
  to: number,
  skip: [number, number][] = [],
  strict = false,
): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== WORD || skip.some(([a, b]) => j >= a && j < b)) continue;
    for (const row of look) {
      const cands = row[j] ?? null;
      if (wordIs(cands, NEG) || firstOf(cands, PROBLEM | ASK | BESIDE | CRISIS, tokens, j)) return true;
      const e = firstOf(cands, SENT, tokens, j);
      const w = e ? e.value.weight : 0;
      if (w <= JUDGEMENT) return true;
      if (firstOf(cands, COMPLAINT, tokens, j) && (strict || !(wordIs(cands, SUBJECT) && w > NAMES_ONLY)))
        return true;
    }
  }
  return false;
}

/** Marks a plain request from..to (exclusive), its own-reason clauses apart; false when it reports a problem. */
function markRequest(
  look: Lookups,
  tokens: Token[],
  from: number,
  to: number,
  mask: Uint8Array,
  openLen: number,
  strict: boolean,
): boolean {
  const own = ownClauses(look, tokens, from, to);
  // The opener's own words judge nothing: "pourriez-vous" (could you) is read as "pourri" (rotten).
  if (reportsProblem(look, tokens, from + openLen, to, own, strict)) return false;
  mask.fill(IN_REQUEST, from, to);
  for (const [a, b] of own) mask.fill(IN_OWN, a, b);
  return true;
}

/**
 * The tokens of plain requests: "How do I cancel my order?", "Czy mogę zmienić adres dostawy?", "Wie
 * kann ich mein Paket verfolgen?", and, typed without "?" to the end of the text, "how do i cancel my
 * order", "please cancel my order, I changed my mind". A sentence opened by a request word (or a wish:
 * "i'd like to", "chcę", "je voudrais") of the text's language and closed by a single "?" or by the end
 * of the text, with no negator, problem phrase, crisis word, complaint word, question after something
 * owed ("where is my", "when will I get"), word beside its topic ("charged twice") or strong negative
 * word in it, outside clauses that give the customer's own reason ("by mistake", "not my style"): the
 * mild valence of the act it asks about does not make it negative, and complaint words that name the
 * thing asked about ("refund") report nothing. A "??" or "!" insists, and "why" opens no request. Such a
 * question with a word that presses ("When will I finally get my money back?") is no request but a
 * complaint: its opener is marked PRESSING. A "why" question that names a thing of a topic ("Why did you
 * charge me for shipping when it said free?") is marked IN_WHY: a complaint. Null when the text has none
 * of these (most texts), so the hot path allocates nothing.
 */
export function requestMask(tokens: Token[], look: Lookups): Uint8Array | null {
  let mask: Uint8Array | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).kind !== WORD || !startsSentence(tokens, i)) continue;
    const open = opener(look, tokens, i);
    if (!open && !opensWhy(look, tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length) {
      const k = (tokens[end] as Token).kind;
      if (k === QUESTION || k === BANG) break;
      end++;
    }
    const close = tokens[end];
    if (!open) {
      if (close?.kind === QUESTION && namesThing(look, i, end)) {
        mask ??= new Uint8Array(tokens.length);
        mask.fill(IN_WHY, i, end);
      }
    } else if (
      close === undefined
        ? opensUnmarked(open, tokens, i) && namesThing(look, i, end)
        : close.w === "?" && !presses(look, tokens, i, end)
    ) {
      // Typed without "?", a demand for money back is no request: every complaint word counts.
      const m: Uint8Array = mask ?? new Uint8Array(tokens.length);
      if (markRequest(look, tokens, i, end, m, open.rest.length + 1, close === undefined)) mask = m;
    } else if (close?.kind === QUESTION && presses(look, tokens, i, end)) {
      mask ??= new Uint8Array(tokens.length);
      mask[i] = PRESSING;
    }
    i = end;
  }
  return mask;
}
