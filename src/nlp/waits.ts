import { CONTRAST, firstOf, INT, PRAISE_TAIL, SENT } from "./packs.js";
import { anyIs, type Lookups } from "./sentiment.js";
import { BREAK, endsFullSentence, type Token, WORD } from "./text.js";

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
/**
 * A verb of taking or waiting before the count says the wait without "for" (eighteenth pass): "took 5
 * weeks", "it took me 9 days", "hat 5 Wochen gedauert", "a mis trois semaines", "ci ha messo 10 giorni",
 * "tardó dos semanas", "paczka szła 3 tygodnie". German "gedauert" / "gebraucht" stand after it.
 */
const TOOK: ReadonlySet<string> = new Set(
  `took waited dauerte brauchte wartete gewartet mis fallu attendu messo voluto volute volevano impiegato
    aspettato atteso tardó tardo tardado tardaron esperé espere esperado szła szla szedł szedl szło szlo
    trwało trwalo czekałem czekalem czekałam czekalam`.split(/\s+/),
);
const TOOK_AFTER: ReadonlySet<string> = new Set(["gedauert", "gebraucht"]);
/** Days: with a verb of taking, a week or more ("took 9 days, great"); "took 2 days" may be praise. */
const DAYS: ReadonlySet<string> = new Set("days tage tagen jours giorni días dias dni".split(" "));
const WEEK_OF_DAYS = 7;
/** Words a praise clause may hold besides praise: "oh bravo", "well done", "ganz toll". */
const FILLERS: ReadonlySet<string> = new Set(
  "oh ah och ach just wow really echt vraiment davvero".split(" "),
);
const PRAISE = 1.5;
const DIGITS = /^\d+$/;

/** Whether the words from s (before e) say a long wait for something: "5 weeks for", "deux semaines pour". */
function waitIn(tokens: Token[], s: number, e: number): boolean {
  for (let i = s + 1; i < e; i++) {
    const u = tokens[i] as Token;
    const month = MONTH.has(u.w);
    const days = DAYS.has(u.w);
    if (u.kind !== WORD || !(month || days || UNITS.has(u.w))) continue;
    const c = tokens[i - 1] as Token;
    const f = tokens[i + 1];
    if (c.kind !== WORD) continue;
    const took = tookBefore(tokens, s, i - 1) || TOOK_AFTER.has(f?.w ?? "");
    if (!took && (days || f === undefined || i + 1 >= e || f.kind !== WORD || !FOR.has(f.w))) continue;
    const n = DIGITS.test(c.w) ? Number(c.w) : Number.NaN;
    if (days ? n >= WEEK_OF_DAYS : month ? ONE.has(c.w) || n === 1 : COUNTS.has(c.w) || n >= 2) return true;
  }
  return false;
}

/** A verb of taking or waiting up to two words before the count at j ("took me 5", "ci ha messo 10"). */
function tookBefore(tokens: Token[], s: number, j: number): boolean {
  for (let k = j - 1; k >= s && k >= j - 3; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== WORD) return false;
    if (TOOK.has(t.w)) return true;
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
    if (t !== undefined && !endsFullSentence(t)) continue;
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
