import { anchorBits } from "./anchor-bits.js";
import { restMatches, withoutMarks } from "./matcher.js";
import { SUBJECT } from "./packs.js";
import { holdsCase } from "./requests.js";
import { sentenceSpans } from "./sentence-spans.js";
import { GROUPS, type Group, NUMBER_WORDS, TOLD, type Told } from "./sentences-fr-it-es-words.js";
import type { Lookups } from "./sentiment.js";
import { QUESTION, type Token, WORD } from "./text.js";
import type { Topic } from "./topics-list.js";

/**
 * French, Italian and Spanish complaints told by numbers, dates and facts, with no word of blame
 * (twenty-third pass, docs/classification.md): a wait counted since ("mon colis est à Montréal depuis 8
 * jours", "scrivo da 3 settimane", "lleva 9 días", "ya son 10 días"), two dates far apart ("J'ai renvoyé
 * le manteau le 2 novembre … Nous sommes le 5 décembre", "Solicité la devolución el 3 de junio. Me
 * mandaron la etiqueta el 3 de julio"), a promise with a time limit dated after ("richiamata entro 24 ore.
 * Era il 3 novembre."), contact repeated ("llamé 4 veces", "3 telefonate"), someone else's data sent,
 * a reset not asked for, a password shown, an order in one's name one did not make, fees shown only at
 * the last step, and "au lieu de" / "invece di" / "en lugar de" an item (order_error) or an amount
 * (price). Read per sentence (a comma does not end one) in the text's own language, words joined in lower
 * case without marks. A case asked about (clauses.ts) tells nothing, and the caller reads none of it in a
 * text whose words praise (reading.ts).
 */

/** The topics a wait is owed on, likeliest first: a wait for these is a complaint, for others a fact. */
const OWED: readonly Topic[] = ["returns_refunds", "delivery", "customer_service", "payment"];
/** Days of waiting told with a count: under this many the count may be praise or a plain fact ("depuis 2 jours"). */
const DAYS = 5;
/** Days between two dates told for the second to tell a wait ("le 2 novembre … le 5 décembre"). */
const SPAN = 14;
const MONTH_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const YEAR = 365;

const ASCII = /^[\p{ASCII}]*$/u;

interface Sentence {
  s: string;
  from: number;
  to: number;
  asked: boolean;
  cased: boolean;
}

function sentences(tokens: Token[], mask: Uint8Array | null): Sentence[] {
  return sentenceSpans(tokens).map(({ words, from, to, end }) => {
    const joined = words.join(" ").replace(/['’]/g, " ");
    const s = ASCII.test(joined) ? joined : withoutMarks(joined);
    return {
      s,
      from,
      to,
      asked: end !== undefined && end.kind === QUESTION,
      cased: holdsCase(mask, from, to),
    };
  });
}

/** Topics of the things named in from..to, in text order. */
function named(look: Lookups, tokens: Token[], from: number, to: number): Topic[] {
  const out: Topic[] = [];
  for (let j = from; j < to; j++)
    for (const e of look[0]?.[j] ?? [])
      if (e.value.kind === SUBJECT && restMatches(e, tokens, j)) out.push(e.value.topic as Topic);
  return out;
}

const owedOf = (topics: readonly Topic[]) => OWED.find((t) => topics.includes(t));

/** A verb after "au lieu de" / "invece di" / "en lugar de" ("au lieu de rembourser") says no item. */
const INFINITIVE: Record<string, RegExp> = {
  fr: /(?:er|ir|dre|ttre|aire|uire|ire)$/,
  it: /(?:are|ere|ire)$/,
  es: /(?:ar|er|ir)$/,
};

const count = (w: string) => (/^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? 0));

/** A count since of at least DAYS days, or of weeks or months. */
function longWait(f: Told, s: string): boolean {
  const m = f.since.exec(s);
  if (!m) return false;
  const n = count(m[1] ?? "");
  return /^(?:jour|giorn|dia)/.test(m[2] ?? "") ? n >= DAYS : n >= 1;
}

/** Day of the year of each date told ("2 novembre", "3 de junio", "1er mars"), in text order. */
function dates(f: Told, s: string): number[] {
  const out: number[] = [];
  const re = /\b(\d{1,2})(?:er|o)? (?:de )?([a-z]+)\b/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const month = f.months.indexOf(m[2] ?? "");
    if (month >= 0) out.push((MONTH_DAYS[month] as number) + Number(m[1]));
  }
  return out;
}

/** A later date told SPAN days or more after the first one ("le 2 novembre … le 5 décembre"). */
function farApart(f: Told, ss: readonly Sentence[]): boolean {
  let first: number | undefined;
  for (const x of ss) {
    if (f.range.test(x.s)) return false;
    for (const d of dates(f, x.s)) {
      if (first === undefined) first = d;
      else if (!x.asked && !x.cased && (d - first + YEAR) % YEAR >= SPAN) return true;
    }
  }
  return false;
}

const bit = (g: Group) => 1 << GROUPS.indexOf(g);

/** Per language, each anchor word (as typed and without marks) with the bits of the groups it opens. */
const ANCHORS = new Map<string, Map<string, number>>(
  Object.entries(TOLD).map(([lang, f]) => [
    lang,
    anchorBits(
      GROUPS.map((g) => [bit(g), f.anchors[g]] as const),
      (w) => [w, withoutMarks(w)],
    ),
  ]),
);

function opened(tokens: Token[], anchors: Map<string, number>): number {
  let bits = 0;
  for (const t of tokens) if (t.kind === WORD) bits |= anchors.get(t.w) ?? 0;
  return bits;
}

/** Someone else's data sent, a reset not asked for, a password shown (security); an order in one's name (fraud). */
function identity(f: Told, s: string, text: string, out: Set<Topic>): void {
  if (f.other.test(s) && f.data.test(s)) out.add("security");
  if (f.reset.test(s) && f.unasked.test(s)) out.add("security");
  if (f.shown.test(s)) out.add("security");
  if (f.myName.test(text) && f.notMine.test(s)) out.add("fraud");
}

/** The topics of the faults a text tells (see above); null when it tells none. */
export function toldFrItEs(
  tokens: Token[],
  look: Lookups,
  lang: string,
  mask: Uint8Array | null,
): Set<Topic> | null {
  const f = TOLD[lang];
  const anchors = ANCHORS.get(lang);
  const bits = f && anchors ? opened(tokens, anchors) : 0;
  if (!f || bits === 0) return null;
  const on = (g: Group) => (bits & bit(g)) !== 0;
  const ss = sentences(tokens, mask);
  // The things named in the whole text, read once and only when a rule needs them.
  let named0: Topic[] | undefined;
  const allNamed = () => {
    named0 ??= named(look, tokens, 0, tokens.length);
    return named0;
  };
  const text = ss.map((x) => x.s).join(" . ");
  const out = new Set<Topic>();
  const serviceOr = () => owedOf(allNamed()) ?? "customer_service";
  for (const x of ss) {
    if (x.cased) continue;
    if (on("wait") && longWait(f, x.s)) {
      const here = owedOf(named(look, tokens, x.from, x.to));
      const t =
        here ?? (f.contact.test(x.s) || f.contact.test(text) ? "customer_service" : owedOf(allNamed()));
      if (t) out.add(t);
    }
    const again = on("again") ? f.again.exec(x.s) : null;
    if (again && count(again[1] ?? again[2] ?? "") >= 3) out.add("customer_service");
    if (on("stuck") && f.stuck.test(x.s) && named(look, tokens, x.from, x.to).includes("delivery"))
      out.add("delivery");
    if (on("identity")) identity(f, x.s, text, out);
    if (x.asked) continue;
    if (on("price") && ((f.fees.test(x.s) && f.late.test(x.s)) || f.dearerOnline.test(x.s))) out.add("price");
    const instead = on("instead") ? f.instead.exec(x.s) : null;
    if (
      instead &&
      (f.came.test(x.s) || allNamed().includes("order_error") || allNamed().includes("delivery")) &&
      !INFINITIVE[lang]?.test(instead[1] ?? "")
    )
      out.add(/^\d/.test(instead[1] ?? "") ? "price" : "order_error");
  }
  if (on("price") && f.always.test(text) && f.sale.test(text)) out.add("price");
  if (!on("dates")) return out.size > 0 ? out : null;
  if (farApart(f, ss)) out.add(serviceOr());
  if (f.promise.test(text) && ss.some((x) => f.wasOn.test(x.s) && dates(f, x.s).length > 0))
    out.add(serviceOr());
  return out.size > 0 ? out : null;
}
