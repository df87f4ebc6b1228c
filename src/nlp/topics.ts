import { butAfter } from "./denial-limits.js";
import { deniedComplaint, deniedFault, negationOnFault, negatorBefore } from "./denied-faults.js";
import { type Entry, headOf, restMatches } from "./matcher.js";
import {
  ASK,
  BESIDE,
  BY_CODE,
  CLOSE,
  COMPLAINT,
  type CompiledPack,
  CRISIS,
  DEFECT,
  EXPECT,
  NEAREST,
  NEG,
  PROBLEM,
  SUBJECT,
  type Tag,
} from "./packs.js";
import { IN_ASKING, IN_IF, IN_OWN, IN_WHY, PRESSING, quiet } from "./requests.js";
import { anyIs, type Lookups, POST_NEGATORS } from "./sentiment.js";
import { endsSentence, type Token, WORD } from "./text.js";
import { TOPICS, type Topic } from "./topics-list.js";
import { senseJudge } from "./word-senses.js";

export interface TopicEvidence {
  /** Topics named together with what went wrong ("never arrived", "charged twice"). */
  problem: Set<Topic>;
  /** Topics only named (parcel, refund): they count when the post is negative. */
  subject: Set<Topic>;
  /** Generic complaint words ("complaint", "still waiting", "reklamacja"). */
  markers: number;
  /**
   * Topics of something awaited that did not come: a negated expectation ("hasn't arrived", "nie
   * dostałem zwrotu") or a question after it ("where is my order?"). Weaker than a problem word: they
   * count unless the post is positive ("can't believe it arrived so fast!").
   */
  missed: Set<Topic>;
}

/** How many words before an awaited verb a negator may stand ("non mi è arrivato", "no me ha llegado"). */
const NEG_BEFORE = 3;
/** How far from an awaited verb its object may stand ("not received my money back"). */
const NEAR = 6;

function negatedAt(tokens: Token[], look: Lookups, i: number, len: number, close: boolean): boolean {
  if (close) {
    for (let k = 1; k <= 2 && i - k >= 0; k++) if (anyIs(look, i - k, NEG)) return true;
    return false;
  }
  if (negatorBefore(tokens, look, i, NEG_BEFORE) >= 0) return true;
  // German and French may negate after the verb: "kam nicht an", "ne marche pas", "fonctionne plus";
  // German particles may stand between ("meldet sich einfach nicht").
  for (let k = i + len; k < i + len + 3 && k < tokens.length; k++) {
    const q = tokens[k] as Token;
    if (q.kind !== WORD) break;
    if (POST_NEGATORS.has(q.w) && anyIs(look, k, NEG)) return true;
  }
  return false;
}

/**
 * The topic of the thing named nearest to position i in the same sentence, the object first ("received
 * my refund"), then the subject ("my refund has not been received"). "Order" says nothing of what went
 * wrong with it, so the awaited verb's own fallback stands; "account" is no security matter here.
 */
function nearestTopic(
  tokens: Token[],
  look: Lookups,
  i: number,
  len: number,
  passOrder: boolean,
  want?: Topic,
): Topic | undefined {
  let after = true;
  let before = true;
  for (let d = 1; d <= NEAR && (after || before); d++) {
    for (const [j, side] of [
      [i + len - 1 + d, 0],
      [i - d, 1],
    ] as const) {
      if (side === 0 ? !after : !before) continue;
      const t = tokens[j];
      if (!t || endsSentence(t)) {
        if (side === 0) after = false;
        else before = false;
        continue;
      }
      if (t.kind !== WORD) continue;
      // A word may name things of two topics ("charges": a price and a payment).
      let first: Topic | undefined;
      for (const row of look) {
        for (const e of row[j] ?? []) {
          const topic = e.value.topic as Topic;
          if (e.value.kind !== SUBJECT || topic === "security" || !restMatches(e, tokens, j)) continue;
          if (passOrder && topic === "order_error") continue;
          if (topic === want) return topic;
          first ??= topic;
        }
      }
      // Beside a thing of its topic means anywhere near in the sentence ("pobrali mi pieniądze dwa razy").
      if (first && want === undefined) return first;
    }
  }
  return undefined;
}

/** "payer en 3 fois", "pagar en dos veces", "pagare in 2 volte": instalments, not a double charge. */
const INSTALMENTS: ReadonlySet<string> = new Set(["in", "en", "w"]);

/**
 * "120 euros au lieu de 60", "240 zł zamiast 120": an amount instead of another is an overcharge; "with
 * BLIK instead of a card" is none, so these words count beside a payment only before a number.
 */
const INSTEAD: ReadonlySet<string> = new Set(["zamiast", "statt", "anstatt", "au", "invece", "en"]);
/** "zapłaciłem dwa razy więcej", "paid twice as much": a price compared, not a payment doubled. */
const MORE: ReadonlySet<string> = new Set([
  "więcej",
  "drożej",
  "mehr",
  "so",
  "plus",
  "più",
  "más",
  "as",
  "more",
]);

/** Whether a word beside a payment says nothing of a double or wrong charge (instalments, comparisons). */
function notDoubled(tokens: Token[], i: number, len: number): boolean {
  if (INSTALMENTS.has(tokens[i - 1]?.w ?? "") || MORE.has(tokens[i + len]?.w ?? "")) return true;
  return INSTEAD.has(tokens[i]?.w ?? "") && !/^\d/.test(tokens[i + len]?.w ?? "");
}

function missedTopic(e: Entry<Tag>, tokens: Token[], look: Lookups, i: number): Topic | undefined {
  const len = e.rest.length + 1;
  const own = e.value.topic as Topic;
  if (own === "payment" && e.value.kind === BESIDE && notDoubled(tokens, i, len)) return undefined;
  if (e.value.kind === BESIDE)
    // "charged my card for the order twice": the order is passed over to find what was doubled.
    return nearestTopic(tokens, look, i, len, own !== "order_error", own) === own ? own : undefined;
  if (e.value.kind === EXPECT && !negatedAt(tokens, look, i, len, e.value.id === CLOSE)) return undefined;
  if (e.value.id !== NEAREST) return own;
  const near = nearestTopic(tokens, look, i, len, false);
  return near === undefined || near === "order_error" ? own : near;
}

/**
 * Polish negates a verb with "nie" just before it: "nie zbywał", "nie naciąga", "się nie rozczarowałam"
 * deny the fault and praise (twenty-fifth pass, Polish opinions read as complaints). Phrases that hold
 * "nie" are their own; an imperative forbids ("Nie oszukujcie klientów!", "-cie" but not "-ście").
 */
function deniedInPolish(tokens: Token[], i: number, rest: number): boolean {
  return rest === 0 && tokens[i - 1]?.w === "nie" && !forbids(tokens, i, "pl");
}

/** A Polish imperative forbids the fault ("Nie oszukujcie klientów!"): no negator denies it. */
const forbids = (tokens: Token[], i: number, code: string): boolean => {
  const w = tokens[i]?.w ?? "";
  return code === "pl" && w.endsWith("cie") && !w.endsWith("ście");
};

/** "No complaints" denies; "no complaints about A, but B" complains about B (denial-limits.ts). */
function deniedOutright(
  e: Entry<Tag>,
  tokens: Token[],
  look: Lookups,
  i: number,
  code: string,
  own: ReadonlySet<string> | undefined,
): boolean {
  return own !== undefined && deniedComplaint(e, tokens, look, i, own) && !butAfter(tokens, i, code);
}

/**
 * `requests`: the question mask of requests.ts: complaint words in plain request questions report
 * nothing, a pressing question is a complaint word of its own.
 */
export function findTopics(
  tokens: Token[],
  look: Lookups,
  requests: Uint8Array | null = null,
  code = "",
): TopicEvidence {
  // "The bottle leaked" is no breach, "our customer list leaked" no product fault (leak-sense.ts).
  const senseAllows = senseJudge(tokens, code);
  // "No complaints", "niemand hat sich beschwert": a complaint word denied (denied-faults.ts).
  const own = BY_CODE.get(code)?.own;
  const problem = new Set<Topic>();
  const subject = new Set<Topic>();
  const missed = new Set<Topic>();
  let markers = 0;
  look.forEach((row, r) => {
    for (let i = 0; i < tokens.length; i++) {
      const cands = row[i];
      if (!cands) continue;
      let marked = false;
      for (const e of cands) {
        const k = e.value.kind;
        if (!(k & (PROBLEM | SUBJECT | COMPLAINT | EXPECT | ASK | BESIDE)) || !restMatches(e, tokens, i))
          continue;
        if ((k === PROBLEM || k === COMPLAINT) && code === "pl" && deniedInPolish(tokens, i, e.rest.length))
          continue;
        // A leak of a thing is no breach, a battery's charge no bill, a "cracking" speaker no crack.
        if (e.value.topic && !senseAllows(i, e.value.topic as Topic)) continue;
        // The customer's own reason in a request ("I ordered the wrong colour by mistake") reports nothing,
        // nor does a case asked about ("What happens if my parcel gets lost?", clauses.ts).
        // Nor a word that asks ("¿Hace falta registrarse?", asking-words.ts).
        const m = requests?.[i];
        if ((m === IN_OWN || m === IN_IF || m === IN_ASKING) && k !== SUBJECT) continue;
        // "no llegó dañado", "didn't arrive damaged": the negator denies the fault, not the arrival.
        if ((k & (EXPECT | PROBLEM | COMPLAINT)) !== 0 && negationOnFault(e, tokens, look, i)) continue;
        if (k === EXPECT || k === ASK || k === BESIDE) {
          // Grammar words of the text's own language only: English "arrive" in "je n'arrive pas à".
          const t = r === 0 ? missedTopic(e, tokens, look, i) : undefined;
          // A payment doubled ("débité deux fois", "2x abgebucht") is a problem however politely put
          // ("merci de régulariser"); instalments were passed over in missedTopic.
          if (t === "payment" && k === BESIDE) problem.add(t);
          else if (t) missed.add(t);
        } else if (k === PROBLEM) {
          // A defect said without blame is denied by a negator before it ("nichts eingelaufen").
          // So is a word of a product's fault ("the print hasn't faded", "no se han desteñido").
          if (
            (e.value.id === DEFECT || e.value.topic === "product_quality") &&
            negatedAt(tokens, look, i, e.rest.length + 1, false)
          )
            continue;
          // So is a fault of any topic with the negator on it: "no hidden costs", "no llegó dañado".
          if (deniedFault(e, tokens, look, i, own) && !forbids(tokens, i, code)) continue;
          // "zapłaciłem dwa razy więcej, ale warto": a price compared, no payment problem.
          if (e.value.topic !== "payment" || !MORE.has(tokens[i + e.rest.length + 1]?.w ?? ""))
            problem.add(e.value.topic as Topic);
        } else if (k === SUBJECT) subject.add(e.value.topic as Topic);
        else if (!marked && !quiet(requests, i) && !deniedOutright(e, tokens, look, i, code, own)) {
          marked = true;
          markers++;
        }
      }
    }
  });
  // "When will I finally get my money back?" presses for something owed (requests.ts).
  if (requests?.includes(PRESSING)) markers++;
  // "Why did my parcel go back to the warehouse?" asks what went wrong with a thing of a topic.
  if (requests?.includes(IN_WHY)) markers++;
  return { problem, subject, markers, missed };
}

/**
 * A payment or refund problem names the bank account the money left or did not reach ("account",
 * "konto", "compte", "cuenta"), and a payment problem may threaten a chargeback: as subjects beside a payment those are no security or fraud matter, and as
 * the more severe topics they made the case draft offer an apology instead of the refund. A reported
 * security or fraud problem ("hacked", "scam") stays.
 */
export function paymentOverAccount(topics: Set<Topic>, ev: TopicEvidence): void {
  const pay = topics.has("payment");
  if (!pay && !topics.has("returns_refunds")) return;
  if (!ev.problem.has("security")) topics.delete("security");
  if (!pay) return;
  if (!ev.problem.has("fraud") && (ev.problem.has("payment") || ev.missed.has("payment")))
    topics.delete("fraud");
}

/** Topics in the fixed order of TOPICS, so outputs compare equal. */
export function orderTopics(set: Set<Topic>): Topic[] {
  return TOPICS.filter((t) => set.has(t));
}

/** Per pack, the first letters a crisis word can start with (Matcher.heads). */
const crisisHeads = new WeakMap<CompiledPack, Set<string>>();
function headsOf(p: CompiledPack): Set<string> {
  let h = crisisHeads.get(p);
  if (!h) {
    h = p.index.heads((v) => v.kind === CRISIS);
    crisisHeads.set(p, h);
  }
  return h;
}

export function findCrisisSignals(tokens: Token[], packs: readonly CompiledPack[]): string[] {
  const found = new Set<string>();
  for (const p of packs) {
    // Nearly every word of nearly every text starts unlike any crisis word: it is skipped before the
    // index's lookup, which for order numbers and dates (never cached) folds and sorts every time.
    const heads = headsOf(p);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!heads.has(headOf(t.w))) continue;
      const cands = p.index.lookup(t.w);
      if (!cands) continue;
      for (const e of cands)
        if (e.value.kind === CRISIS && restMatches(e, tokens, i)) found.add(e.value.id as string);
    }
  }
  return [...found].sort();
}
