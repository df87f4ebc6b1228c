import { withoutMarks } from "./matcher.js";
import {
  ASK,
  BESIDE,
  COMPLAINT,
  CRISIS,
  firstOf,
  NEG,
  PRESS,
  PROBLEM,
  SENT,
  SUBJECT,
  WHY,
  wordIs,
} from "./packs.js";
import { IN_IF, IN_OWN, IN_REQUEST } from "./requests.js";
import type { Lookups } from "./sentiment.js";
import { BANG, BREAK, endsFullSentence, QUESTION, type Token, WORD } from "./text.js";

/**
 * Questions that ask about a case or a time and report nothing (eighteenth pass, docs/classification.md):
 * - a remedy asked about beside an "if" clause clauses.ts masked ("Do I get my money back if the delivery
 *   is late?", "Czy dostanę zwrot pieniędzy, jeśli dostawa się spóźni?"): the main clause names the
 *   remedy ("money back", "zwrot") and reports nothing, so it is read as a request;
 * - "what happens if …" typed without "?" as the whole text ("what happens if my card is charged twice
 *   by mistake"): its "if" clause is a case asked about, as it is with the mark;
 * - a question opened by "how long" / "how many days" ("Wie lange dauert eine Erstattung auf die
 *   Kreditkarte?", "Combien de jours faut-il pour une livraison ?") reporting nothing: a request.
 * Written for Firebreak. Exasperated questions ("how much longer do I have to wait?") are told apart
 * after this by exasperation.ts, which overrides these marks.
 */

const WHAT_IF: Record<string, RegExp> = {
  en: /^(?:what (?:happens|will happen|would happen|if)|what do i do)\b/,
  pl: /^co (?:sie stanie|bedzie|jesli|jezeli|w przypadku|robic)\b/,
  de: /^was (?:passiert|geschieht|ist|mache ich|tun) (?:\w+ )?(?:wenn|falls)\b/,
  fr: /^(?:que se passe t il|qu est ce qui se passe|qu est ce qui arrive|que faire|et) si\b/,
  it: /^(?:cosa|che) (?:succede|accade|si fa|faccio) se\b|^e se\b/,
  es: /^(?:que|y) (?:pasa|ocurre|sucede|hago)? ?si\b/,
};
/** The first words WHAT_IF and HOW_LONG may open with: nothing is built for any other sentence. */
const WHAT_FIRST: Record<string, ReadonlySet<string>> = {
  en: new Set(["what"]),
  pl: new Set(["co"]),
  de: new Set(["was"]),
  fr: new Set(["que", "qu", "et"]),
  it: new Set(["cosa", "che", "e"]),
  es: new Set(["que", "qué", "y"]),
};
const HOW_FIRST: Record<string, ReadonlySet<string>> = {
  en: new Set(["how"]),
  pl: new Set(["ile", "jak"]),
  de: new Set(["wie"]),
  fr: new Set(["combien"]),
  it: new Set(["quanto", "quanti"]),
  es: new Set(["cuánto", "cuanto", "cuántos", "cuantos"]),
};
const IF_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(["if"]),
  pl: new Set(["jeśli", "jesli", "jeżeli", "jezeli", "gdyby"]),
  de: new Set(["wenn", "falls"]),
  fr: new Set(["si"]),
  it: new Set(["se"]),
  es: new Set(["si"]),
};
const HOW_LONG: Record<string, RegExp> = {
  en: /^how (?:long|many (?:days|weeks|working days|business days))\b/,
  pl: /^(?:ile (?:dni|tygodni|trwa|czasu)|jak dlugo)\b/,
  de: /^wie (?:lange|viele (?:tage|werktage|wochen))\b/,
  fr: /^combien de (?:temps|jours|semaines)\b/,
  it: /^(?:quanto (?:tempo|ci vuole|ci mette)|quanti giorni)\b/,
  es: /^(?:cuanto (?:tiempo|tarda)|cuantos dias)\b/,
};
/** Stricter than requests.ts's JUDGEMENT for a clause read as a case (clauses.ts's IF_JUDGEMENT). */
const JUDGEMENT = -2;
const IF_JUDGEMENT = -2.5;
/** requests.ts's NAMES_ONLY: a complaint word this mild that names a thing ("refund") reports nothing. */
const NAMES_ONLY = -1;

/** The valence of word j in the text's own language ("die" is no English death in German). */
function weightAt(look: Lookups, tokens: Token[], j: number): number {
  const e = firstOf(look[0]?.[j] ?? null, SENT, tokens, j);
  return e ? e.value.weight : 0;
}

/** Whether a word of from..to outside the mask's "if" clauses reports a problem. `remedy`: complaint words name the remedy asked about. */
function reports(
  look: Lookups,
  tokens: Token[],
  from: number,
  to: number,
  mask: Uint8Array | null,
  remedy: boolean,
): boolean {
  for (let j = from; j < to; j++) {
    if ((tokens[j] as Token).kind !== WORD || mask?.[j] === IN_IF) continue;
    if (mask?.[j] && mask[j] !== IN_REQUEST) return true;
    const w = weightAt(look, tokens, j);
    if (w <= JUDGEMENT) return true;
    for (const row of look) {
      const c = row[j] ?? null;
      if (wordIs(c, NEG) || firstOf(c, ASK | BESIDE | CRISIS | WHY | PRESS, tokens, j)) return true;
      // The remedy asked about names a refund problem ("money back", "Geld zurück"): it is the remedy.
      const p = firstOf(c, PROBLEM, tokens, j);
      if (p && !(remedy && p.value.topic === "returns_refunds")) return true;
      if (!remedy && firstOf(c, COMPLAINT, tokens, j) && !(wordIs(c, SUBJECT) && w > NAMES_ONLY)) return true;
    }
  }
  return false;
}

/** Whether a refund problem phrase ("money back") opens at j: the remedy asked about, which reports nothing (IN_OWN). */
function remedyAt(look: Lookups, tokens: Token[], j: number): boolean {
  const p = firstOf(look[0]?.[j] ?? null, PROBLEM, tokens, j);
  return p?.value.topic === "returns_refunds";
}

function namesThing(look: Lookups, tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (firstOf(look[0]?.[j] ?? null, SUBJECT, tokens, j)) return true;
  return false;
}

const ASCII = /^[\p{ASCII}]*$/u;
function opening(tokens: Token[], from: number, to: number, words: number): string {
  let s = "";
  for (let j = from, n = 0; j < to && n < words; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== WORD) continue;
    s = s === "" ? t.w : `${s} ${t.w}`;
    n++;
  }
  return ASCII.test(s) ? s : withoutMarks(s);
}

/** "what happens if …" as the whole text without a mark: its "if" clause, to a comma or the end, is a case. */
function whatIf(tokens: Token[], look: Lookups, lang: string, mask: Uint8Array | null): Uint8Array | null {
  const re = WHAT_IF[lang];
  const ifs = IF_WORDS[lang];
  const first = tokens[0];
  if (!re || !ifs || first?.kind !== WORD || !WHAT_FIRST[lang]?.has(first.w)) return mask;
  if (tokens.some(endsFullSentence)) return mask;
  if (!re.test(opening(tokens, 0, tokens.length, 6))) return mask;
  const at = tokens.findIndex((t) => t.kind === WORD && ifs.has(t.w));
  if (at < 0) return mask;
  let end = at + 1;
  while (end < tokens.length && (tokens[end] as Token).kind !== BREAK) end++;
  for (let j = at; j < end; j++) if (weightAt(look, tokens, j) <= IF_JUDGEMENT) return mask;
  const out = mask ?? new Uint8Array(tokens.length);
  // "que se passe-t-il" ("passe" −0.8) asks; it reports nothing.
  for (let j = 0; j < at; j++) if (out[j] === 0) out[j] = IN_REQUEST;
  for (let j = at; j < end; j++) if (out[j] === 0) out[j] = IN_IF;
  return out;
}

/**
 * Adds to a request mask (requests.ts, clauses.ts; null when it has nothing) the cases and times asked
 * about (above). `lang`: the language the text is read in first.
 */
export function askedCases(
  tokens: Token[],
  look: Lookups,
  lang: string,
  mask: Uint8Array | null,
): Uint8Array | null {
  let out = whatIf(tokens, look, lang, mask);
  const howLong = HOW_LONG[lang];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === BANG || (t.kind === BREAK && t.w !== ",") || (t.kind === QUESTION && t.w !== "?"))
      start = i + 1;
    if (t.kind !== QUESTION || t.w !== "?") continue;
    const from = start;
    start = i + 1;
    let hasIf = false;
    for (let j = from; j < i && !hasIf; j++) hasIf = out?.[j] === IN_IF;
    // A case asked about names a thing of the shop ("money", "parcel"): "What's stopping them if they
    // haven't already?" and "se fosse una droga, … ma siete stupide?" judge (train split, 2026-12-07).
    let w = from;
    while (w < i && (tokens[w] as Token).kind !== WORD) w++;
    const opener = tokens[w];
    const timed =
      opener?.kind === WORD &&
      HOW_FIRST[lang]?.has(opener.w) === true &&
      howLong?.test(opening(tokens, from, i, 3)) === true;
    const asks = (hasIf && namesThing(look, tokens, from, i)) || timed;
    if (!asks || reports(look, tokens, from, i, out, hasIf)) continue;
    out ??= new Uint8Array(tokens.length);
    for (let j = from; j < i; j++)
      if (out[j] === 0) out[j] = hasIf && remedyAt(look, tokens, j) ? IN_OWN : IN_REQUEST;
  }
  return out;
}
