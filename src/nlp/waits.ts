import { CONTRAST, firstOf, INT, PRAISE_TAIL, SENT } from "./packs.js";
import { anyIs, type Lookups } from "./sentiment.js";
import { BANG, BREAK, QUESTION, type Token, WORD } from "./text.js";

/**
 * Praise of a long wait, with no frame: "5 weeks for a parcel, well done", "Fünf Wochen für ein Paket,
 * Respekt.", "Genial, dos semanas para contestar un correo.", "3 tygodnie na paczkę, brawo". A count of
 * weeks or months (two or more) followed by "for" / "to" names what was waited for; a clause of the
 * same sentence (or the next sentence) that is nothing but praise ("well done", "bravo", "complimenti",
 * "genial") praises the wait, which no shop does. Praise that says more ("3 weeks for this dress and
 * it's beautiful", "2 weeks for delivery, but great quality") is left as it is.
 */

/** Counts of two or more, in words (digits are read as numbers), bare spellings included. */
const COUNTS: ReadonlySet<string> = new Set(
  [
    "two three four five six seven eight nine ten twelve several",
    "zwei drei vier fünf funf fuenf sechs sieben acht neun zehn zwölf zwolf mehrere",
    "deux trois quatre cinq six sept huit neuf dix douze plusieurs",
    "due tre quattro cinque sei sette otto nove dieci dodici diverse diversi",
    "dos tres cuatro cinco seis siete ocho nueve diez doce varias varios",
    "dwa dwie trzy cztery pięć piec sześć szesc siedem osiem dziewięć dziewiec dziesięć dziesiec kilka",
  ]
    .join(" ")
    .split(" "),
);
/** Weeks and months: a wait no shop praises. Days and hours are left out ("2 days for delivery, great"). */
const UNITS: ReadonlySet<string> = new Set(
  [
    "weeks months",
    "wochen monate monaten",
    "semaines mois",
    "settimane mesi",
    "semanas meses",
    "tygodnie tygodni miesiące miesiace miesięcy miesiecy",
  ]
    .join(" ")
    .split(" "),
);
/** A month is long enough with one: "a month for a refund", "un mois pour répondre", "einen Monat für". */
const MONTH: ReadonlySet<string> = new Set("month monat mois mese mes miesiąc miesiac".split(" "));
const ONE: ReadonlySet<string> = new Set(
  "a one whole full entire un une uno una ein einen ganzen jeden cały caly".split(" "),
);
/** What was waited for: "for a parcel", "to answer", "pour un colis", "für ein Paket", "na paczkę". */
const FOR: ReadonlySet<string> = new Set("for to pour per para für fur fuer um na".split(" "));
/** Words a praise clause may hold besides praise: "oh bravo", "well done", "ganz toll". */
const FILLERS: ReadonlySet<string> = new Set(
  "oh ah och ach just wow really echt vraiment davvero".split(" "),
);
const PRAISE = 1.5;
const DIGITS = /^\d+$/;

const endsFull = (t: Token): boolean =>
  t.kind === QUESTION || t.kind === BANG || (t.kind === BREAK && t.w !== ",");

/** Whether the words from s (before e) say a long wait for something: "5 weeks for", "deux semaines pour". */
function waitIn(tokens: Token[], s: number, e: number): boolean {
  for (let i = s + 1; i + 1 < e; i++) {
    const u = tokens[i] as Token;
    const month = MONTH.has(u.w);
    if (u.kind !== WORD || !(month || UNITS.has(u.w))) continue;
    const c = tokens[i - 1] as Token;
    const f = tokens[i + 1] as Token;
    if (f.kind !== WORD || !FOR.has(f.w) || c.kind !== WORD) continue;
    if (month ? ONE.has(c.w) || c.w === "1" : COUNTS.has(c.w) || (DIGITS.test(c.w) && Number(c.w) >= 2))
      return true;
  }
  return false;
}

/**
 * The praise of the clause from s to e (words only, commas end it) when it holds nothing else, as
 * positions with their phrases; else null.
 */
function praiseClause(tokens: Token[], look: Lookups, s: number, e: number): number[] | null {
  const out: number[] = [];
  for (let k = s; k < e; ) {
    const t = tokens[k] as Token;
    if (t.kind !== WORD) return null;
    let step = 1;
    let praise = false;
    for (const row of look) {
      const hit = firstOf(row[k] ?? null, SENT, tokens, k);
      if (!hit) continue;
      praise = hit.value.weight >= PRAISE;
      step = hit.rest.length + 1;
      break;
    }
    if (praise) out.push(k);
    else if (!(FILLERS.has(t.w) || anyIs(look, k, INT) || (out.length > 0 && anyIs(look, k, PRAISE_TAIL))))
      return null;
    k += step;
  }
  return out.length > 0 ? out : null;
}

/** The praise clauses of the sentence from s to e, or null when a contrast stands in it. */
function clausesPraise(tokens: Token[], look: Lookups, s: number, e: number, out: number[]): boolean {
  let c = s;
  let found = false;
  for (let k = s; k <= e; k++) {
    if (k < e && (tokens[k] as Token).kind === WORD && anyIs(look, k, CONTRAST)) return false;
    if (k < e && (tokens[k] as Token).kind !== BREAK) continue;
    const p = k > c ? praiseClause(tokens, look, c, k) : null;
    if (p) {
      out.push(...p);
      found = true;
    }
    c = k + 1;
  }
  return found;
}

/** Pushes the positions of praise said of a long wait (see above), whose valence irony turns round. */
export function mockWaits(tokens: Token[], look: Lookups, out: number[]): void {
  let start = 0;
  let waited = false;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && !endsFull(t)) continue;
    if (i > start) {
      const marks: number[] = [];
      const wait = waitIn(tokens, start, i);
      // The wait's own sentence, or a sentence of nothing but praise right after it ("5 weeks for a
      // parcel. Bravo!").
      if (wait ? clausesPraise(tokens, look, start, i, marks) : waited) {
        const p = wait ? marks : praiseClause(tokens, look, start, i);
        if (p) out.push(...p);
      }
      waited = wait;
    }
    start = i + 1;
  }
}
