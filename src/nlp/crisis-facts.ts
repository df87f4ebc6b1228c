import { AMOUNT, CRISIS_WORDS, type CrisisWords } from "./crisis-facts-words.js";
import { withoutMarks } from "./matcher.js";
import type { Topic } from "./topics-list.js";

/**
 * Crisis facts told plainly (thirty-second pass, docs/classification.md), each the plain grammar of a topic
 * the contract names, in every language: an account taken over or an order placed with it ("someone
 * changed my password and ordered 2 consoles", "me han cambiado la contraseña", "ktoś zalogował się na
 * moje konto") and a copy of the shop's site that took money and sent nothing: fraud; the author's own
 * data leaked ("i miei dati sono finiti online", "moje dane wyciekły", "Meine Adresse ist drin" beside a
 * leak): security; a code accepted and the full price charged, or a charge above the amount shown
 * ("basket said £64 but I was charged £80"): price; a day promised and a later one now ("due Sat 10-12,
 * it's now Sunday evening", "tenía que llegar el sábado y llegó el lunes") or nobody come on the slot of
 * yesterday: delivery. No word of blame is said, so the lexicons miss them. Each fact needs the first
 * person or its own figures, so news of a leak stays neutral (others-news.ts); a question asks and tells
 * nothing; a denial breaks the pattern's run of words. Read from the text in lower case without marks,
 * per sentence; a cheap regex of stems lets most texts skip the rest.
 */

/** Sentences with their closing mark: a "." between digits ("£64.50") does not end one. */
const SENTENCE = /(?:[^.!?…\n]|\.(?=\d))+(?:[.!?…]+|\n|$)/g;
/** How far a charge may lie from its sum ("abgebucht wurden 64 €", "64 € abgebucht"). */
const NEAR = 24;
const SUM = new RegExp(AMOUNT, "u");
const SUMS = new RegExp(AMOUNT, "gu");

/** The index of a day in the week, Monday first, or -1. */
function dayOf(w: CrisisWords, stem: string | undefined): number {
  return stem === undefined ? -1 : w.days.findIndex((d) => d.startsWith(stem) || stem.startsWith(d));
}

/** The sum an AMOUNT match holds ("64,50 €" → 64.5), or NaN when there is no match. */
function sumOf(m: RegExpMatchArray | null | undefined): number {
  return m ? Number((m[1] ?? m[2] ?? "").replace(",", ".")) : Number.NaN;
}

/** The sum of the first amount in `s`, or NaN. */
const sumIn = (s: string): number => sumOf(SUM.exec(s));

/** A charge above the amount shown before it: "basket said £64 but I was charged £80". */
function chargedMore(w: CrisisWords, s: string): boolean {
  const shown = w.shown.exec(s);
  if (!shown) return false;
  const after = s.slice(shown.index + shown[0].length);
  const was = sumIn(after.slice(0, NEAR + 8));
  if (Number.isNaN(was)) return false;
  const charge = w.charged.exec(after);
  if (!charge) return false;
  const at = charge.index;
  const then = after.slice(at + charge[0].length, at + charge[0].length + NEAR);
  let paid = sumIn(then);
  if (Number.isNaN(paid)) {
    // The sum just before the verb, past the one shown: "… 64 € abgebucht".
    paid = sumOf([...after.slice(Math.max(0, at - NEAR), at).matchAll(SUMS)].pop());
  }
  return paid > was;
}

/** A day promised and a later one (one to three days on) when it came or that it is now. */
function dayPassed(w: CrisisWords, s: string): boolean {
  const p = w.promisedDay.exec(s);
  if (p) {
    const c = w.cameDay.exec(s.slice(p.index + p[0].length).trimStart());
    const late = (dayOf(w, c?.[1]) - dayOf(w, p[1]) + 7) % 7;
    if (c && late >= 1 && late <= 3) return true;
  }
  return w.promisedYesterday.test(s) && w.nobodyCame.test(s);
}

function faultsOf(w: CrisisWords, s: string, text: string, out: Set<Topic>): void {
  if (w.takenOver.test(s)) out.add("fraud");
  if (w.ownLeak.test(s) || (w.inIt?.test(s) && w.leak?.test(text))) out.add("security");
  if (w.fullPrice.test(s) || chargedMore(w, s)) out.add("price");
  if (dayPassed(w, s)) out.add("delivery");
}

/** The topics of the crisis facts the text tells (see above), or null. */
export function crisisFacts(raw: string, code: string): Set<Topic> | null {
  const w = CRISIS_WORDS[code];
  if (!w) return null;
  if (!w.key.test(raw)) return null;
  const text = withoutMarks(raw.toLowerCase()).replace(/['’]/g, " ");
  const out = new Set<Topic>();
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0].trim();
    if (s.endsWith("?")) continue;
    faultsOf(w, s.replace(/\s+/g, " "), text, out);
  }
  // The copy of a site, the money paid and nothing come may sit in sentences of their own.
  if (w.lookalike.test(text) && w.paid.test(text) && w.nothingCame.test(text)) out.add("fraud");
  return out.size > 0 ? out : null;
}
