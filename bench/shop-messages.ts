/**
 * The seventeenth pass's shop messages (bench/data17/shop-messages.ts), language detected, nothing
 * given: per language, language named right (all rows and rows typed without marks), polarity right of
 * three, negative-vs-not macro-F1, sarcasm rows read negative, payment and refund problems given the
 * `payment` or `returns_refunds` topic, and complaints flagged (negative rows) or not (the rest).
 * Prints JSON. Run: npx tsx bench/shop-messages.ts [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { SHOP_MESSAGES } from "./data17/shop-messages.js";
import { macroNegF1 } from "./sentiment-data.js";

const showFails = process.argv.includes("--fails");
type Acc = {
  rows: number;
  lang: number;
  bare: number;
  bare_lang: number;
  polarity: number;
  sarcasm: number;
  sarcasm_neg: number;
  money: number;
  money_found: number;
  neg: number;
  complaint: number;
  not_neg: number;
  false_complaint: number;
  gold: boolean[];
  pred: boolean[];
};
const by: Record<string, Acc> = {};
const acc = (l: string): Acc => {
  by[l] ??= {
    rows: 0,
    lang: 0,
    bare: 0,
    bare_lang: 0,
    polarity: 0,
    sarcasm: 0,
    sarcasm_neg: 0,
    money: 0,
    money_found: 0,
    neg: 0,
    complaint: 0,
    not_neg: 0,
    false_complaint: 0,
    gold: [],
    pred: [],
  };
  return by[l];
};
for (const [text, lang, label, kind, money, bare] of SHOP_MESSAGES) {
  const r = classify({ text });
  const found = r.topics.includes("payment") || r.topics.includes("returns_refunds");
  const wrong: string[] = [];
  if (r.language !== lang) wrong.push(`lang ${r.language}`);
  if (r.sentiment !== label) wrong.push(`${r.sentiment} (${label})`);
  if (money && !found) wrong.push("no payment topic");
  if ((label === "negative") !== r.complaint) wrong.push(`complaint ${r.complaint}`);
  for (const x of [acc(lang), acc("all")]) {
    x.rows++;
    if (r.language === lang) x.lang++;
    if (bare) {
      x.bare++;
      if (r.language === lang) x.bare_lang++;
    }
    if (r.sentiment === label) x.polarity++;
    if (kind === "sarcasm") {
      x.sarcasm++;
      if (r.sentiment === "negative") x.sarcasm_neg++;
    }
    if (money) {
      x.money++;
      if (found) x.money_found++;
    }
    if (label === "negative") {
      x.neg++;
      if (r.complaint) x.complaint++;
    } else {
      x.not_neg++;
      if (r.complaint) x.false_complaint++;
    }
    x.gold.push(label === "negative");
    x.pred.push(r.sentiment === "negative");
  }
  if (showFails && wrong.length)
    console.error(`${lang} ${kind}: ${text} → ${wrong.join("; ")} [${r.topics.join(",")}]`);
}
const out: Record<string, unknown> = {};
for (const [l, x] of Object.entries(by))
  out[l] = {
    language: `${x.lang}/${x.rows}`,
    language_bare: `${x.bare_lang}/${x.bare}`,
    polarity: `${x.polarity}/${x.rows}`,
    neg_macro_f1: macroNegF1(x.gold, x.pred),
    sarcasm_negative: `${x.sarcasm_neg}/${x.sarcasm}`,
    payment_topic: `${x.money_found}/${x.money}`,
    complaint: `${x.complaint}/${x.neg}`,
    false_complaint: `${x.false_complaint}/${x.not_neg}`,
  };
console.log(JSON.stringify(out, null, 1));
