/**
 * Product reviews in our six languages (src/nlp/test-reviews-fresh.ts, written before any rule for
 * them): per language, the polarity read right of three, negative F1 (negative against the rest),
 * macro-F1 over the three, and how many had their language named right; language detected, no rating
 * given (a review without stars, or one whose stars are not handed over). JSON on stdout.
 * `--tuning` reads the set the rules were tuned on instead (test-reviews-tuning.ts).
 * Run: npx tsx bench/reviews.ts [--tuning] [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { FRESH_REVIEWS, type ReviewLabel } from "../src/nlp/test-reviews-fresh.js";
import { TUNING_REVIEWS } from "../src/nlp/test-reviews-tuning.js";

const LABELS: ReviewLabel[] = ["negative", "neutral", "positive"];
const showFails = process.argv.includes("--fails");
const set = process.argv.includes("--tuning") ? TUNING_REVIEWS : FRESH_REVIEWS;

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

function score(pairs: [ReviewLabel, ReviewLabel][]) {
  const perLabel = LABELS.map((l) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [want, got] of pairs) {
      if (got === l && want === l) tp++;
      else if (got === l) fp++;
      else if (want === l) fn++;
    }
    return f1(tp, fp, fn);
  });
  const right = pairs.filter(([w, g]) => w === g).length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: pairs.length,
    right,
    negative_f1: round(perLabel[0] as number),
    macro_f1: round(perLabel.reduce((a, b) => a + b, 0) / LABELS.length),
  };
}

const out: Record<string, unknown> = {};
const all: [ReviewLabel, ReviewLabel][] = [];
for (const [lang, rows] of Object.entries(set)) {
  const pairs: [ReviewLabel, ReviewLabel][] = [];
  let named = 0;
  for (const [text, want] of rows) {
    const c = classify({ text });
    pairs.push([want, c.sentiment]);
    if (c.language === lang) named++;
    if (showFails && c.sentiment !== want)
      console.error(`${lang} ${want} → ${c.sentiment} (${c.score}, ${c.language}): ${text}`);
  }
  all.push(...pairs);
  out[lang] = { ...score(pairs), language_right: named };
}
out["all"] = score(all);
console.log(JSON.stringify(out, null, 1));
