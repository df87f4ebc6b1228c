import type { Analysis } from "./analyse.js";
import { analyse } from "./analyse.js";
import { closesWithPraise } from "./closing-irony.js";
import { crisisFacts } from "./crisis-facts.js";
import { notOwnProblem } from "./not-own-problem.js";
import { quickService } from "./quick-service.js";
import { factsOutweigh, rawTextFaults } from "./raw-text-faults.js";
import { sentInstead } from "./sent-instead.js";
import { toldDe } from "./sentences-de.js";
import { toldFrItEs } from "./sentences-fr-it-es.js";
import { withoutThirdPartyWord } from "./third-party-word.js";
import { titleProblems } from "./title-reading.js";
import { toldFaults } from "./told-faults.js";
import { findTopics } from "./topics.js";
import { woreOut } from "./wear-faults.js";
import { saysWrongItem } from "./wrong-item.js";

/** Scores at or below this are negative, at or above POSITIVE_AT positive (tuned on the dev data). */
export const NEGATIVE_AT = -0.1;
export const POSITIVE_AT = 0.25;
/** How far a reported problem pulls the score down when the words themselves are mild. */
const PROBLEM_PULL = 0.3;
/** Above this lexicon score an order told with what came is praise ("ordered a dress and got so many compliments"). */
const WRONG_ITEM_PRAISE = 0.3;
/** At or above this lexicon score, news or a question to others carries the author's own praise. */
const OWN_PRAISE = 0.6;

export type TopicEvidence = ReturnType<typeof findTopics>;

export interface ShippedReading {
  ev: TopicEvidence;
  /** Problems the text reports (topic problems and complaint markers, the markers capped at two). */
  problems: number;
  /** The lexicon score with the pull of reported problems: the shipped classifier's score before a rating. */
  score: number;
}

/**
 * What the shipped lexicons and rules make of a text. Shared by the classifier and by the learned
 * models, which take it as a feature: a shop's model starts from the shipped reading and learns where
 * its customers differ.
 */
export function shippedReading(a: Analysis): ShippedReading {
  const ev = findTopics(a.tokens, a.look, a.requests, a.code);
  // A problem put right and praised is no complaint (redress.ts): its problems pull nothing.
  if (a.lexicon.redress >= 0 && a.lexicon.compound >= POSITIVE_AT) {
    ev.problem.clear();
    ev.missed.clear();
    ev.markers = 0;
    return { ev, problems: 0, score: a.lexicon.compound };
  }
  // News, a question to others, a bystander's relief, a passed-on promotion (not-own-problem.ts): neutral,
  // but for the author's own strong praise beside news or a question ("… free shipping, love it!"): problem
  // words are what such news carries, praise words the author adds.
  const notOwn = notOwnProblem(a.text, a.code, (rest) => restTellsFault(rest, a.primary));
  if (notOwn) {
    ev.problem.clear();
    ev.missed.clear();
    ev.subject.clear();
    ev.markers = 0;
    const praised = (notOwn === "news" || notOwn === "asked") && a.lexicon.compound >= OWN_PRAISE;
    // Inside the neutral band, as middling.ts's toNeutral (which imports this file's thresholds).
    const score = praised
      ? a.lexicon.compound
      : Math.min(POSITIVE_AT - 0.05, Math.max(NEGATIVE_AT + 0.05, a.lexicon.compound));
    return { ev, problems: 0, score };
  }
  // A service done quickly, told as a span, with no fault told beside it (quick-service.ts): praise.
  const rest = quickService(a.text, a.code);
  if (rest !== null && !restTellsFault(rest, a.primary)) {
    ev.problem.clear();
    ev.missed.clear();
    ev.markers = 0;
    return { ev, problems: 0, score: Math.max(a.lexicon.compound, POSITIVE_AT) };
  }
  // "Ordered blue, got red": a wrong item said without a word of blame; not where the words praise.
  if (
    a.lexicon.compound < WRONG_ITEM_PRAISE &&
    (saysWrongItem(a.tokens, a.code) || sentInstead(a.text, a.code))
  )
    ev.problem.add("order_error");
  // Complaints told as facts: hours in a queue, a window missed, "Aren't these supposed to…?" (told-faults.ts).
  for (const t of toldFaults(a.tokens, a.look, a.code, a.requests) ?? []) ev.problem.add(t);
  // French, Italian, Spanish: waits told by counts and dates, someone else's data… (sentences-fr-it-es.ts).
  if (a.lexicon.compound < POSITIVE_AT)
    for (const t of toldFrItEs(a.tokens, a.look, a.code, a.requests) ?? []) ev.problem.add(t);
  // German: "lässt sich nicht drucken", "lädt einfach nicht", "Statt … kam …", "neun Tage zu spät" (sentences-de.ts).
  const de = toldDe(a.text, a.code, ev.subject, ev.problem, a.lexicon.compound >= POSITIVE_AT);
  for (const t of de?.found ?? []) ev.problem.add(t);
  // A ticket's subject line or a review's title that complains (subject-line.ts).
  for (const t of titleProblems(a, NEGATIVE_AT) ?? []) ev.problem.add(t);
  // Amounts, subject lines and waits in digits, read from the text as written (raw-text-faults.ts).
  const figures = rawTextFaults(
    a.text,
    a.code,
    a.title,
    a.lexicon.compound <= NEGATIVE_AT,
    ev.problem as Set<string>,
  );
  // A product that gave way after little use, told as a fact (wear-faults.ts).
  const wore = woreOut(a.text, a.code);
  if (wore) ev.problem.add("product_quality");
  // An account taken over, one's own data leaked, a code accepted at full price, a day passed (crisis-facts.ts).
  const crisis = crisisFacts(a.text, a.code);
  for (const t of crisis ?? []) ev.problem.add(t);
  const problems = ev.problem.size + Math.min(ev.markers, 2);
  let score = a.lexicon.compound;
  // An awaited thing that did not come ("nicht angekommen", "non è ancora arrivato", "todavía no ha
  // llegado") pulls too, but only words that praise nothing: "waiting for my parcel, so excited!" stays.
  const pulls = problems + (score <= 0 ? ev.missed.size : 0);
  if (pulls > 0 && score < 0.5) score -= PROBLEM_PULL * Math.min(pulls, 2) * (score > 0 ? 0.5 : 1);
  if (figures || wore || crisis || de?.weighs) score = factsOutweigh(score, NEGATIVE_AT);
  // A fault told, then "Dzięki wielkie." or "Super la qualité...": the fault decides (closing-irony.ts).
  if (score > NEGATIVE_AT && ev.problem.size > 0 && a.lexicon.redress < 0) score = closingIrony(a, score);
  // "… pero el banco dice que está todo bien": the other party's "fine" praises nothing (third-party-word.ts).
  const own = score > NEGATIVE_AT && ev.problem.size > 0 ? withoutThirdPartyWord(a.text, a.code) : null;
  if (own !== null) score = Math.min(score, shippedReading(analyse(own, a.code)).score);
  return { ev, problems, score };
}

/** The score of the text's body when its closing only praises or thanks and the body tells a fault. */
function closingIrony(a: Analysis, score: number): number {
  if (!closesWithPraise(a.tokens, a.look)) return score;
  const end = a.text.replace(/[\s\p{P}\p{S}]+$/u, "");
  const cut = Math.max(
    end.lastIndexOf("."),
    end.lastIndexOf("!"),
    end.lastIndexOf("?"),
    end.lastIndexOf("…"),
    end.lastIndexOf("\n"),
  );
  if (cut <= 0) return score;
  const body = shippedReading(analyse(a.text.slice(0, cut + 1), a.code));
  return body.ev.problem.size > 0 && body.score <= NEGATIVE_AT ? Math.min(score, body.score) : score;
}

/** Whether the rest of a text beside a quick service tells a fault of its own (a problem or a complaint marker). */
function restTellsFault(rest: string, lang: string): boolean {
  if (!/\p{L}/u.test(rest)) return false;
  const r = analyse(rest, lang);
  const ev = findTopics(r.tokens, r.look, r.requests, r.code);
  return ev.problem.size > 0 || ev.markers > 0;
}
