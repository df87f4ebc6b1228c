import { claimedDenial } from "./denial-limits.js";
import { type Entry, restMatches } from "./matcher.js";
import { EXPECT, firstOf, NEG, PROBLEM, SENT, type Tag } from "./packs.js";
import { anyIs, type Lookups } from "./sentiment.js";
import { endsSentence, type Token, WORD } from "./text.js";

/**
 * A negator opening a positive idiom ("can't wait", "nie mogę się doczekać", "non vedo l'ora") negates
 * nothing after it; negative phrases that open with one ("nie otrzymał*") still negate.
 */
function idiomAt(tokens: Token[], look: Lookups, j: number): boolean {
  for (const row of look)
    for (const e of row[j] ?? [])
      if (e.value.kind === SENT && e.value.weight > 0 && e.rest.length > 0 && restMatches(e, tokens, j))
        return true;
  return false;
}

/**
 * The negator within `reach` words before i in its clause, or -1. Clitics and auxiliaries of two
 * letters ("non mi è arrivato", "no me ha llegado") do not count towards the reach.
 */
export function negatorBefore(tokens: Token[], look: Lookups, i: number, reach: number): number {
  for (let k = 1, seen = 0; seen < reach && i - k >= 0; k++) {
    const p = tokens[i - k] as Token;
    if (endsSentence(p)) break;
    if (p.kind !== WORD) continue;
    if (anyIs(look, i - k, NEG) && !idiomAt(tokens, look, i - k)) return i - k;
    if (p.w.length > 2) seen++;
  }
  return -1;
}

/**
 * Fault words of every topic denied by a negator on them (feared and denied faults pass, docs/classification.md):
 * "no hidden costs", "not damaged", "no llegó dañado", "keine versteckten Kosten", "n'était pas
 * abîmé", "nie była uszkodzona", "non era rotto". Product faults were denied across three words
 * already (topics.ts); the others only by a negator right before them or across a few slight words:
 * function words of the language (`own`: "was", "era", "była"), clitics, an awaited verb ("llegó",
 * "non è arrivato in ritardo"), so a negator of another verb ("not happy it was late", "does it not take fraud seriously", "nie pójdę
 * za te opryskliwość") denies nothing. A phrase that holds its own negator ("no refund", "keine
 * Antwort") is the fault; "not only late" and "neither … nor" deny nothing.
 */
/** "non è arrivato in ritardo": at most this many slight words between the negator and the fault. */
const MAX_BETWEEN = 3;
const NOT_DENYING: ReadonlySet<string> = new Set(["nor", "neither", "ni", "ani", "né", "weder", "noch"]);

/** "not only", "nicht nur", "non seulement", "non solo", "no solo", "nie tylko": the fault stands. */
const ONLY: ReadonlySet<string> = new Set([
  "only",
  "just",
  "nur",
  "seulement",
  "solo",
  "solamente",
  "soltanto",
  "sólo",
  "tylko",
]);

function ownsNegator(e: Entry<Tag>, look: Lookups, i: number): boolean {
  for (let k = i; k <= i + e.rest.length; k++) if (anyIs(look, k, NEG)) return true;
  return false;
}

/** Whether the word at k is a negator that denies what follows it (see NOT_DENYING and ONLY). */
function denies(tokens: Token[], look: Lookups, k: number): boolean {
  const w = (tokens[k] as Token).w;
  return anyIs(look, k, NEG) && !NOT_DENYING.has(w) && !ONLY.has(tokens[k + 1]?.w ?? "");
}

/** Words a denial reaches across: function words, clitics, awaited verbs ("no llegó dañado"). */
function slight(tokens: Token[], look: Lookups, k: number, own: ReadonlySet<string> | undefined): boolean {
  const t = tokens[k] as Token;
  return t.kind === WORD && (t.w.length <= 2 || own?.has(t.w) === true || anyIs(look, k, EXPECT));
}

/** Whether a fault word of any topic at i is denied by a negator on it (see above). */
export function deniedFault(
  e: Entry<Tag>,
  tokens: Token[],
  look: Lookups,
  i: number,
  own: ReadonlySet<string> | undefined,
): boolean {
  if (ownsNegator(e, look, i)) return false;
  return negatorAcross(tokens, look, i, (k) => slight(tokens, look, k, own)) && !claimedDenial(tokens, i);
}

/**
 * Whether a negator that denies (see `denies`) stands in the MAX_BETWEEN + 1 words before i, every word
 * between it and i one that `between` lets a denial reach across.
 */
function negatorAcross(tokens: Token[], look: Lookups, i: number, between: (k: number) => boolean): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_BETWEEN; k--) {
    if ((tokens[k] as Token).kind !== WORD) return false;
    if (anyIs(look, k, NEG)) return denies(tokens, look, k);
    if (!between(k)) return false;
  }
  return false;
}

/**
 * Words that may stand between a negator and the complaint word it denies: "nobody has ever
 * complained", "never had a single complaint", "niemand hat sich beschwert", "personne ne s'est plaint".
 */
const BETWEEN: ReadonlySet<string> = new Set([
  "sich",
  "ever",
  "jemals",
  "jamais",
  "nigdy",
  "single",
  "any",
  "einzige",
  "einzigen",
  "seule",
  "singola",
  "singolo",
  "jednej",
  "jednego",
]);

/**
 * Complaint words that name a complaint: only those are denied. "Senza vergogna", "sin vergüenza"
 * (shameless) blame, however negated.
 */
const NAMES_COMPLAINT =
  /^(?:complain|beschwer|reklam|plaint|plaign|réclam|reclam|lament|quej|skarg|zastrzeż|zażalen)/;

/**
 * Whether a complaint word at i is denied: "no complaints", "nobody complained", "keine Beschwerden",
 * "niemand hat sich beschwert", "aucune plainte", "nessun reclamo", "ninguna queja". Only function
 * words of the language (`own`) may stand between: "nobody answered my complaint" still complains.
 */
export function deniedComplaint(
  e: Entry<Tag>,
  tokens: Token[],
  look: Lookups,
  i: number,
  own: ReadonlySet<string>,
): boolean {
  if (ownsNegator(e, look, i) || !NAMES_COMPLAINT.test((tokens[i] as Token).w)) return false;
  const denied = negatorAcross(tokens, look, i, (k) => {
    const w = (tokens[k] as Token).w;
    return w.length <= 2 || own.has(w) || BETWEEN.has(w);
  });
  return denied && !claimedDenial(tokens, i);
}

/**
 * Whether the negator at i denies a fault word in the next two words ("no hidden costs"): its own
 * valence (English "no" −1.2) then judges nothing, as the fault it denies reports nothing.
 */
export function deniesFaultAfter(tokens: Token[], look: Lookups, i: number): boolean {
  const fault =
    faultAt(tokens, look, i + 1) || (tokens[i + 1]?.kind === WORD && faultAt(tokens, look, i + 2));
  return fault && !claimedDenial(tokens, i);
}

/** Whether a fault word of its own (a problem entry without a negator) starts at j. */
function faultAt(tokens: Token[], look: Lookups, j: number): boolean {
  if ((tokens[j] as Token | undefined)?.kind !== WORD) return false;
  for (const row of look)
    for (const e of row[j] ?? [])
      if (e.value.kind === PROBLEM && restMatches(e, tokens, j) && !ownsNegator(e, look, j)) return true;
  return false;
}

/**
 * Whether a negated arrival at i ("no llegó", "didn't arrive", "n'est pas arrivé") has a fault word
 * right after it: "no llegó dañado", "didn't arrive damaged", "nie przyszła uszkodzona" deny the fault
 * (deniedFault), not the arrival.
 */
export function negationOnFault(e: Entry<Tag>, tokens: Token[], look: Lookups, i: number): boolean {
  const negated = e.value.kind === EXPECT || ownsNegator(e, look, i);
  return negated && faultAt(tokens, look, i + e.rest.length + 1);
}

/** How far before a later fault a negator still denies it. */
const NEAR_NEG = 3;

/** Whether a fault word or a negative word at j stands, no negator on it. */
function badAt(tokens: Token[], look: Lookups, j: number): boolean {
  if ((tokens[j] as Token).kind !== WORD || negatorBefore(tokens, look, j, NEAR_NEG) >= 0) return false;
  if (faultAt(tokens, look, j)) return true;
  const e = firstOf(look[0]?.[j] ?? null, SENT, tokens, j);
  return e !== null && e !== undefined && e.value.weight < 0;
}

/**
 * The valence of a negated negative word v at i. A fault denied for another told after it ("wasn't
 * delayed, it was lost", "non è arrivato rotto, è arrivato vuoto") is no praise: 0. A denial told as
 * their claim ("no hidden costs, they said", denial-limits.ts) denies nothing: v. Else the negation
 * turns it (`negate`): "nie naciąga pacjenta" praises.
 */
export function deniedValence(
  tokens: Token[],
  look: Lookups,
  i: number,
  len: number,
  v: number,
  negate: number,
): number {
  if (!faultAt(tokens, look, i)) return v * negate;
  if (claimedDenial(tokens, i)) return v;
  for (let j = i + len; j < tokens.length; j++) if (badAt(tokens, look, j)) return 0;
  return v * negate;
}
