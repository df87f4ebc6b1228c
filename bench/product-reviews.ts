/**
 * The eighteenth pass's product reviews (bench/data18/product-reviews.ts), language detected, nothing
 * given: per language, language named right, polarity right of three, negative-vs-not macro-F1,
 * complaints read negative / flagged / given an expected topic, and controls (praise naming size,
 * colour or washing; questions) read negative or flagged. Prints JSON.
 * Run: npx tsx bench/product-reviews.ts [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { PRODUCT_REVIEWS } from "./data18/product-reviews.js";
import { macroNegF1 } from "./sentiment-data.js";

const showFails = process.argv.includes("--fails");
type Acc = {
  rows: number;
  lang: number;
  polarity: number;
  neg: number;
  neg_read: number;
  flagged: number;
  topic: number;
  controls: number;
  control_neg: number;
  control_flagged: number;
  gold: boolean[];
  pred: boolean[];
};
const by: Record<string, Acc> = {};
const acc = (l: string): Acc => {
  by[l] ??= {
    rows: 0,
    lang: 0,
    polarity: 0,
    neg: 0,
    neg_read: 0,
    flagged: 0,
    topic: 0,
    controls: 0,
    control_neg: 0,
    control_flagged: 0,
    gold: [],
    pred: [],
  };
  return by[l];
};
for (const [text, lang, label, complaint, topics, kind] of PRODUCT_REVIEWS) {
  const r = classify({ text });
  const hasTopic = topics.length === 0 || topics.some((t) => (r.topics as string[]).includes(t));
  const wrong: string[] = [];
  if (r.language !== lang) wrong.push(`lang ${r.language}`);
  if (r.sentiment !== label) wrong.push(`${r.sentiment} (${label})`);
  if (complaint !== r.complaint) wrong.push(`complaint ${r.complaint}`);
  if (complaint && !hasTopic) wrong.push(`no ${topics.join("/")}`);
  for (const x of [acc(lang), acc("all")]) {
    x.rows++;
    if (r.language === lang) x.lang++;
    if (r.sentiment === label) x.polarity++;
    if (complaint) {
      x.neg++;
      if (r.sentiment === "negative") x.neg_read++;
      if (r.complaint) x.flagged++;
      if (hasTopic && r.complaint) x.topic++;
    } else {
      x.controls++;
      if (r.sentiment === "negative") x.control_neg++;
      if (r.complaint) x.control_flagged++;
    }
    x.gold.push(label === "negative");
    x.pred.push(r.sentiment === "negative");
  }
  if (showFails && wrong.length)
    console.error(`${lang} ${kind}: ${text} → ${wrong.join("; ")} [${r.topics.join(",")}] ${r.score}`);
}
const out: Record<string, unknown> = {};
for (const [l, x] of Object.entries(by))
  out[l] = {
    language: `${x.lang}/${x.rows}`,
    polarity: `${x.polarity}/${x.rows}`,
    neg_macro_f1: macroNegF1(x.gold, x.pred),
    complaints_negative: `${x.neg_read}/${x.neg}`,
    complaints_flagged: `${x.flagged}/${x.neg}`,
    complaints_topic: `${x.topic}/${x.neg}`,
    controls_negative: `${x.control_neg}/${x.controls}`,
    controls_flagged: `${x.control_flagged}/${x.controls}`,
  };
console.log(JSON.stringify(out, null, 1));
