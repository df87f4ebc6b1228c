/**
 * Topics and complaint flag of the shipped classifier on the airline tweets (another domain than the
 * shops it was written for), for bench/classify.ts. The vocabularies are written from product knowledge,
 * not fitted to these rows; "heldout" (FNV-1a of tweet_id % 5 == 0) is the split kept out of every
 * development look, and is the figure to quote. "before" holds the figures of the classifier as it was at
 * commit f2bbb9a, measured by the same code at the start of the change that added this file.
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Classification, Topic } from "../src/nlp/index.js";

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const round = (x: number) => Math.round(x * 1000) / 1000;

export function binF1(gold: boolean[], pred: boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (g && pred[i]) tp++;
    else if (!g && pred[i]) fp++;
    else if (g && !pred[i]) fn++;
  });
  return round(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
}

const REASON_TOPIC: Record<string, string> = {
  "Customer Service Issue": "customer_service",
  "Late Flight": "delivery",
  "Lost Luggage": "delivery",
  "Damaged Luggage": "delivery",
  "Flight Booking Problems": "booking",
};
const EVAL_TOPICS = ["delivery", "customer_service", "booking"] as const;

/** The keyword baseline: a plain word list per topic, as a first attempt would be. */
const KEYWORDS: Record<(typeof EVAL_TOPICS)[number], RegExp> = {
  delivery: /\b(late|delay|delayed|lost|damaged|deliver\w*|parcel|package|shipping)\b/i,
  customer_service: /\b(customer service|support|agent|hold|rude|answer|response)\b/i,
  booking: /\b(payment|pay|card|website|site|app|online|error)\b/i,
};

/** Figures of f2bbb9a (before the awaited-thing rules and the wider vocabularies), same code and split. */
export const AIRLINE_BEFORE = {
  heldout: {
    topic_f1: { delivery: 0.634, customer_service: 0.528, booking: 0.2 },
    topic_macro_f1: 0.454,
    complaint_f1_vs_negative: 0.635,
  },
  all_rows: {
    topic_f1: { delivery: 0.555, customer_service: 0.508, booking: 0.201 },
    topic_macro_f1: 0.421,
    complaint_f1_vs_negative: 0.608,
  },
};

type Row = Record<string, string>;

function topicFigures(rows: Row[], preds: Classification[]) {
  const topicOf = (topics: Topic[]) =>
    new Set<string>(topics.map((t) => (t === "outage" || t === "payment" ? "booking" : t)));
  const perTopic: Record<string, { firebreak: number; keyword_baseline: number }> = {};
  for (const topic of EVAL_TOPICS) {
    const gold = rows.map((r) => REASON_TOPIC[r["negativereason"] ?? ""] === topic);
    const ourPred = preds.map((p) => topicOf(p.topics).has(topic));
    const kwPred = rows.map((r) => KEYWORDS[topic].test(r["text"] ?? ""));
    perTopic[topic] = { firebreak: binF1(gold, ourPred), keyword_baseline: binF1(gold, kwPred) };
  }
  const mean = (k: "firebreak" | "keyword_baseline") =>
    round(Object.values(perTopic).reduce((s, v) => s + v[k], 0) / EVAL_TOPICS.length);
  return {
    rows: rows.length,
    topic_f1: perTopic,
    topic_macro_f1: { firebreak: mean("firebreak"), keyword_baseline: mean("keyword_baseline") },
    // A negative tweet to an airline's account is nearly always a complaint: the nearest gold there is.
    complaint_f1_vs_negative: binF1(
      rows.map((r) => r["airline_sentiment"] === "negative"),
      preds.map((p) => p.complaint),
    ),
  };
}

/** Reads the airline file, or says where it is missing. */
export function airlineRows(file: string): Row[] | null {
  if (!existsSync(file)) return null;
  return parse(readFileSync(file, "utf8"), { columns: true }) as Row[];
}

/** Topic and complaint figures on the held-out split and on all rows, beside the "before" figures. */
export function airlineTopics(rows: Row[], classify: (text: string) => Classification) {
  const preds = rows.map((r) => classify(r["text"] ?? ""));
  const held = rows.map((r) => fnv1a(r["tweet_id"] ?? "") % 5 === 0);
  return {
    heldout: topicFigures(
      rows.filter((_, i) => held[i]),
      preds.filter((_, i) => held[i]),
    ),
    all_rows: topicFigures(rows, preds),
    before: AIRLINE_BEFORE,
    split: "heldout = rows whose FNV-1a(tweet_id) % 5 == 0, never looked at while writing the vocabularies",
    note: "Flight Booking Problems counts as found when outage or payment is predicted",
  };
}
