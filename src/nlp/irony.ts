import { courtesyAt } from "./courtesy.js";
import { failureEarlier } from "./ironic-closings.js";
import {
  CLOSING,
  COMPLAINT,
  type CompiledPack,
  firstOf,
  INT,
  NEG,
  PRAISE_TAIL,
  PROBLEM,
  SENT,
  THANKS_FOR,
} from "./packs.js";
import { brokenPromises } from "./promises.js";
import { mockOpeners } from "./sarcasm.js";
import { anyIs, type Lookups, mayHave } from "./sentiment.js";
import { endsSentence, type Token, WORD } from "./text.js";
import { mockWaits } from "./waits.js";

/** A word this strong judges; "refund" (−0.5) names a thing. */
const BLAME = -1;
const PRAISE = 1.5;
/** Scare quotes hold a few words ("award winning service"); longer quotes name or describe ("plus one smaller type"). */
const MAX_QUOTED = 3;
/** Interjections before a lone praise ("Oh great.", "Just perfect!"), in every language read. */
const FILLERS: ReadonlySet<string> = new Set(["oh", "ah", "och", "ach", "just", "how", "well", "wow"]);
/**
 * Words scare quotes follow in English: "the", "your", "a", "I" ("I \"heart\" you"). Other languages
 * quote names and idioms after a preposition ("w „dobrych rękach”", «buona fede»): not read there.
 */
const SCARE_AFTER: ReadonlySet<string> = new Set(
  "the your a an this their our his her its i so-called such".split(" "),
);
/** A praise is a word: "8D" is VADER's grin. */
const LETTERS = /^\p{L}+$/u;
/** "Thanks for the THIRD gate change": a count shouted is no thanks. */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth)$/;

/**
 * French "merci de" before a verb of redress asks for it ("merci de rembourser", "merci de me
 * recréditer", "merci de régulariser", "merci de faire le nécessaire"): the polite form of a demand, no
 * thanks. "Merci de m'avoir répondu" and "merci de votre aide" thank; "merci d'annuler ma commande" is
 * a request of the customer's own, left as it was.
 */
const REDRESS: ReadonlySet<string> = new Set(
  `rembourser recréditer recrediter créditer crediter régulariser regulariser corriger rectifier restituer
    rendre annuler_le annuler_la annuler_les faire_le_nécessaire faire_le_necessaire`
    .split(/\s+/)
    .map((w) => w.split("_")[0] as string),
);
/** "Merci d'annuler ma commande" asks; "merci d'annuler le double prélèvement" demands: an article after. */
const ARTICLE_AFTER: ReadonlySet<string> = new Set(["annuler", "faire"]);
const PRONOUNS: ReadonlySet<string> = new Set("me m moi nous vous le la les l y en lui leur".split(" "));
/** The mark of a word whose praise is politeness and counts nothing (ironyAt). */
export const POLITE = 2;

/** Whether "merci de" ending at prep asks for redress (REDRESS, pronouns crossed). */
function demands(tokens: Token[], prep: number): boolean {
  const p = (tokens[prep] as Token).w;
  if (p !== "de" && p !== "d") return false;
  let j = prep + 1;
  while (j < tokens.length && PRONOUNS.has((tokens[j] as Token).w)) j++;
  const v = tokens[j];
  if (!v || v.kind !== WORD || !REDRESS.has(v.w)) return false;
  if (!ARTICLE_AFTER.has(v.w)) return true;
  const a = tokens[j + 1]?.w;
  return a === "le" || a === "la" || a === "les" || a === "l";
}

/** The valence of the word at i in the first language read that has one, or 0. */
function valenceAt(look: Lookups, tokens: Token[], i: number): number {
  for (const row of look) {
    const e = firstOf(row[i] ?? null, SENT, tokens, i);
    if (e) return e.value.weight;
  }
  return 0;
}

/**
 * "Thanks for losing my luggage", "thanks for nothing", "merci pour rien", "dzięki za nic", "thanks for
 * not even coming with a solution", "Thanks for the THIRD gate change": the first word after the
 * preposition that is no function word blames, denies or shouts a count. "Thanks for the quick reply",
 * "thanks for the update, still delayed" thank.
 */
function thanksFor(
  tokens: Token[],
  look: Lookups,
  own: ReadonlySet<string>,
  out: number[],
  polite: number[] | null,
): void {
  if (!mayHave(look, THANKS_FOR)) return;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] as Token;
    // The word's entries are looked up already: asking them is cheaper than a filter on first letters.
    if (w.kind !== WORD) continue;
    let e: ReturnType<typeof firstOf>;
    for (const row of look) e ??= firstOf(row[i] ?? null, THANKS_FOR, tokens, i);
    if (!e) continue;
    const prep = i + e.rest.length;
    let j = prep + 1;
    while (j < tokens.length && (tokens[j] as Token).kind === WORD && own.has((tokens[j] as Token).w)) j++;
    const t = tokens[j];
    if (!t || t.kind !== WORD) continue;
    if (polite && demands(tokens, prep)) {
      for (let k = i; k <= prep; k++) polite.push(k);
      continue;
    }
    const shouted = t.caps && ORDINAL.test(t.w);
    if (shouted || anyIs(look, j, NEG) || valenceAt(look, tokens, j) <= BLAME)
      for (let k = i; k <= prep; k++) out.push(k);
  }
}

/** Whether a word or phrase of `kinds` starts at k ("never came", "still waiting"). */
function startsAt(look: Lookups, tokens: Token[], k: number, kinds: number): boolean {
  for (const row of look) if (firstOf(row[k] ?? null, kinds, tokens, k)) return true;
  return false;
}

/** Whether the sentence ending before `end` reports a failure and praises nothing. */
function failureBefore(tokens: Token[], look: Lookups, end: number): boolean {
  let blamed = false;
  let problem = false;
  let negated = false;
  for (let k = end - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (endsSentence(t) && k < end - 1) break;
    if (t.kind !== WORD) continue;
    const v = valenceAt(look, tokens, k);
    if (v >= 1) return false;
    // A negator alone is no failure: "no lo es, tranquila", "I'm not even confused. 8D".
    if (startsAt(look, tokens, k, PROBLEM | COMPLAINT)) problem = true;
    else if (anyIs(look, k, NEG)) negated = true;
    else if (v <= BLAME) blamed = true;
  }
  // A blame word near a negator may be denied ("I'm not even confused"); a problem phrase is not.
  return problem || (blamed && !negated);
}

/**
 * "They never came. Awesome!", "… an hour late. Great job.": a sentence of nothing but a praise word
 * (with "oh", "just" or a booster before it, "job" after it) right after one that reports a failure.
 */
function lonePraise(tokens: Token[], look: Lookups, out: number[]): void {
  let start = 0;
  let words = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && !endsSentence(t)) {
      if (t.kind === WORD) words++;
      continue;
    }
    // "…, resuelto.", "…, tranquila": a clause after a comma is no sentence of its own.
    const sentence = words >= 1 && words <= 3 && start > 0 && t?.w !== "," && tokens[start - 1]?.w !== ",";
    const praise = sentence ? praiseIn(tokens, look, start, i) : -1;
    if (praise >= 0 && (failureBefore(tokens, look, start) || failureEarlier(tokens, look, start, i)))
      out.push(praise);
    start = i + 1;
    words = 0;
  }
}

/** The praise word of a sentence made of it, fillers, boosters and a tail ("Oh great.", "Great job!"), or -1. */
function praiseIn(tokens: Token[], look: Lookups, start: number, end: number): number {
  let praise = -1;
  for (let k = start; k < end; k++) {
    const w = tokens[k] as Token;
    if (w.kind !== WORD) continue;
    // A sign-off ("… Grazie") is politeness (closings.ts), not praise.
    if (
      praise < 0 &&
      LETTERS.test(w.w) &&
      !FILLERS.has(w.w) &&
      valenceAt(look, tokens, k) >= PRAISE &&
      !anyIs(look, k, CLOSING)
    )
      praise = k;
    else if (!(FILLERS.has(w.w) || anyIs(look, k, INT) || (praise >= 0 && anyIs(look, k, PRAISE_TAIL))))
      return -1;
  }
  return praise;
}

/**
 * Praise in scare quotes: where is the "award winning service"?, I "heart" you, a "special deal". A
 * quote of at most three words after an article, a possessive or "I" mocks what it quotes; longer
 * quotes, and short ones after a verb of saying ('she said "have a nice day"'), are words said.
 */
function scareQuotes(tokens: Token[], look: Lookups, out: number[]): void {
  for (let i = 0; i < tokens.length; ) {
    const q = (tokens[i] as Token).quote;
    if (q === undefined) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && (tokens[end] as Token).quote === q) end++;
    const before = tokens[i - 1];
    if (end - i <= MAX_QUOTED && before?.kind === WORD && SCARE_AFTER.has(before.w))
      for (let k = i; k < end; k++) if (valenceAt(look, tokens, k) > 0) out.push(k);
    i = end;
  }
}

/**
 * Token positions whose praise is said in irony (thanks for a failure, a lone "Great." after one,
 * a mock opener before one, a long wait, praise in scare quotes), marked 1: their valence counts turned
 * round; a French "merci de" asking and the courtesy of a letter of complaint (POLITE): they count
 * nothing. Null when there are none.
 */
export function ironyAt(tokens: Token[], look: Lookups, packs: readonly CompiledPack[]): Uint8Array | null {
  const own = (packs[0] as CompiledPack).own;
  const marks: number[] = [];
  const polite: number[] = [];
  thanksFor(tokens, look, own, marks, (packs[0] as CompiledPack).code === "fr" ? polite : null);
  // The greeting and formulas of a letter that reports a failure count nothing (courtesy.ts).
  courtesyAt(tokens, look, polite);
  lonePraise(tokens, look, marks);
  mockOpeners(tokens, look, (packs[0] as CompiledPack).code, marks);
  mockWaits(tokens, look, marks);
  brokenPromises(tokens, look, marks);
  if ((packs[0] as CompiledPack).code === "en") scareQuotes(tokens, look, marks);
  if (marks.length === 0 && polite.length === 0) return null;
  const out = new Uint8Array(tokens.length);
  for (const k of polite) out[k] = POLITE;
  for (const k of marks) out[k] = 1;
  return out;
}
