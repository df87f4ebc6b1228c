import { anchorBits } from "./anchor-bits.js";
import { restMatches, withoutMarks } from "./matcher.js";
import { firstOf, SENT, SUBJECT } from "./packs.js";
import { holdsCase } from "./requests.js";
import type { Lookups } from "./sentiment.js";
import { endsFullSentence, QUESTION, type Token, WORD } from "./text.js";
import { type Fault, RULES, type Rule, TOLD_FAULTS } from "./told-faults-words.js";
import type { Topic } from "./topics-list.js";

/**
 * Complaints told as facts, with no word of blame (twenty-first pass, docs/classification.md): a wait
 * counted in hours in a queue ("3 hours in your live chat queue", "trzy godziny w kolejce na czacie"), a
 * delivery window missed ("Zeitfenster 8-12 Uhr, jetzt ist es halb fünf", "fascia 8-14, sono le 19"),
 * a promise asked back with a negation ("Aren't X supposed to…?", "Sollte … nicht …?", "Il termos non
 * doveva…?", "c'est pas censé…?", "Czy ta patelnia nie miała być…?"), a process asked about that cannot
 * be followed ("How am I meant to send this back if…", "Wie soll ich das zurückschicken, wenn…"), a
 * stranger in one's account or ordering in one's name (security, fraud), an item missing from a
 * delivery, and a discount that vanished or "does not apply" at checkout. Read per sentence (a comma
 * does not end one; a "." between digits, "20.000", neither) in the text's own language, words joined
 * in lower case without marks; a sentence is built only when it holds one of the language's anchor
 * words (told-faults-words.ts), so most texts build nothing. Each fault is a problem of its topic
 * (reading.ts), so it pulls the score as any problem does. A case asked about ("What happens if my code
 * does not apply?", clauses.ts) and a question that praises are left alone.
 */

const ASCII = /^[\p{ASCII}]*$/u;
const DIGITS = /^\d+$/;
/** Praise this strong in a negated question asks for agreement ("Non era bellissima?"), not a refund;
 * the quality promised ("firme" 1.6, "adatta" 1.6) is milder. */
const PRAISE = 2.5;

function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === WORD;
}

/** An order placed for the customer, not in their name: "Someone ordered this for me as a gift". */
const GIFT =
  /\b(?:for me|gift|fur mich|fuer mich|geschenk|pour moi|cadeau|per me|regalo|para mi|dla mnie|prezent\w*)\b/;

/** A "." between two numbers ("20.000 mAh", "12.30") does not end a sentence. */
function ends(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return true;
  if (!endsFullSentence(t)) return false;
  return !(t.w === "." && DIGITS.test(tokens[i - 1]?.w ?? "") && DIGITS.test(tokens[i + 1]?.w ?? ""));
}

function sentenceText(tokens: Token[], from: number, to: number): string {
  let s = "";
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.kind === WORD) s = s === "" ? t.w : `${s} ${t.w}`;
  }
  s = s.replace(/['’]/g, " ");
  return ASCII.test(s) ? s : withoutMarks(s);
}

/** The topic of the first thing named in from..to, `prefer` first; undefined when none is named. */
function namedTopic(
  look: Lookups,
  tokens: Token[],
  from: number,
  to: number,
  prefer?: Topic,
): Topic | undefined {
  let first: Topic | undefined;
  for (let j = from; j < to; j++)
    for (const e of look[0]?.[j] ?? []) {
      if (e.value.kind !== SUBJECT || !restMatches(e, tokens, j)) continue;
      const t = e.value.topic as Topic;
      if (t === prefer) return t;
      if (t !== "order_error" && t !== "security") first ??= t;
    }
  return first;
}

function praises(look: Lookups, tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if ((firstOf(look[0]?.[j] ?? null, SENT, tokens, j)?.value.weight ?? 0) >= PRAISE) return true;
  return false;
}

/** Per language, each anchor word with the bits of the rules it opens (RULES' order). */
const ANCHORS = new Map<string, Map<string, number>>(
  Object.entries(TOLD_FAULTS).map(([lang, f]) => [
    lang,
    anchorBits(
      Object.entries(f.anchors).map(([rule, words]) => [bit(rule as Rule), words as string] as const),
    ),
  ]),
);

function bit(rule: Rule): number {
  return 1 << RULES.indexOf(rule);
}

interface Sentence {
  s: string;
  from: number;
  to: number;
  asked: boolean;
  /** The sentence holds a case asked about (clauses.ts): what it states is no fault told. */
  cased: boolean;
  /** The rules its anchor words open. */
  rules: number;
}

/** A process asked about that cannot be followed (see Fault.howMeant). */
function cannotFollow(f: Fault, s: string): boolean {
  const c = f.cond.exec(s);
  if (!c) return false;
  if (f.howMeant.test(s)) return true;
  const clause = c[1] ?? "";
  return f.explain.test(s) && f.failure.test(clause) && !f.ownLack.test(s);
}

/** The topics of one sentence's told faults (see above), added to `out`. */
function faultsIn(f: Fault, look: Lookups, tokens: Token[], x: Sentence, out: Set<Topic>): void {
  const { s, from, to, asked, rules } = x;
  const on = (r: Rule) => (rules & bit(r)) !== 0;
  if (asked && (on("promised") || on("howMeant")) && !praises(look, tokens, from, to)) {
    if (on("promised") && f.promised.test(s)) {
      const named = namedTopic(look, tokens, from, to);
      if (named) out.add(named);
      else if (!f.schedule.test(s)) out.add("product_quality");
    }
    if (on("howMeant") && cannotFollow(f, s))
      out.add(namedTopic(look, tokens, from, to, "returns_refunds") ?? "customer_service");
  }
  if (x.cased) return;
  if (on("hours") && f.hours.test(s)) out.add("customer_service");
  if (on("apart") && f.apart?.test(s)) out.add("product_quality");
  if (on("someone") && f.someone.test(s)) {
    if (f.account.test(s) && f.intrude.test(s)) out.add("security");
    if (f.ordered.test(s) && !GIFT.test(s)) out.add("fraud");
  }
  // Said, not asked: "Il manque quelque chose pour valider ma commande ?", "Il codice sconto non vale
  // sui saldi?" ask.
  if (asked) return;
  if (on("missing") && f.missing.test(s) && f.parcel.test(s) && !f.nothing.test(s)) out.add("order_error");
  if (on("discount") && f.discount.test(s) && f.vanished.test(s)) out.add("price");
}

/**
 * The topics of the faults a text tells (see above). `mask`: the request mask (requests.ts and the
 * passes after it), whose cases asked about are skipped.
 */
export function toldFaults(
  tokens: Token[],
  look: Lookups,
  lang: string,
  mask: Uint8Array | null,
): Set<Topic> | null {
  const f = TOLD_FAULTS[lang];
  const anchors = ANCHORS.get(lang);
  if (!f || !anchors) return null;
  let out: Set<Topic> | null = null;
  let start = 0;
  let rules = 0;
  let windowAt = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (isWord(t)) {
      rules |= anchors.get((t as Token).w) ?? 0;
      continue;
    }
    if (!ends(tokens, i)) continue;
    const from = start;
    start = i + 1;
    const opened = rules;
    rules = 0;
    // After a window, every sentence is read for the hour now ("Fascia 8-14. Sono le 19.").
    if (!(opened || windowAt >= 0) || i - from < 2) continue;
    const s = sentenceText(tokens, from, i);
    const asked = t === undefined ? false : t.kind === QUESTION;
    out ??= new Set<Topic>();
    faultsIn(f, look, tokens, { s, from, to: i, asked, cased: holdsCase(mask, from, i), rules: opened }, out);
    // A window promised ("Zeitfenster 8-12 Uhr") and, in it or a later sentence, the hour now past it.
    if (opened & bit("window") && f.window.test(s)) windowAt = i;
    if (windowAt >= 0 && f.now.test(s)) out.add("delivery");
  }
  return out && out.size > 0 ? out : null;
}
