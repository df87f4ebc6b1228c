/**
 * Product reviews in our six languages (src/nlp/test-reviews-fresh.ts, written before any rule for
 * them): per language, the polarity read right of three, negative F1 (negative against the rest),
 * macro-F1 over the three, and how many had their language named right; language detected, no rating
 * given (a review without stars, or one whose stars are not handed over). JSON on stdout.
 * `--tuning` reads the set the rules were tuned on instead (test-reviews-tuning.ts); `--third` the set
 * written before the fourteenth pass (test-reviews-third.ts), scored against the stars' label and, under
 * "by_sentiment", against what each text itself says.
 * Run: npx tsx bench/reviews.ts [--tuning | --third] [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { FRESH_REVIEWS, type ReviewLabel } from "../src/nlp/test-reviews-fresh.js";
import { starsLabel, THIRD_REVIEWS } from "../src/nlp/test-reviews-third.js";
import { TUNING_REVIEWS } from "../src/nlp/test-reviews-tuning.js";

const LABELS: ReviewLabel[] = ["negative", "neutral", "positive"];
const showFails = process.argv.includes("--fails");
const third = process.argv.includes("--third");
// Each row: text, the label scored, and (third set only) what the text itself says.
type Row = [string, ReviewLabel, ReviewLabel];
const set: Record<string, Row[]> = third
  ? Object.fromEntries(
      Object.entries(THIRD_REVIEWS).map(([l, rows]) => [
        l,
        rows.map(([t, s, m]): Row => [t, starsLabel(s), m]),
      ]),
    )
  : Object.fromEntries(
      Object.entries(process.argv.includes("--tuning") ? TUNING_REVIEWS : FRESH_REVIEWS).map(([l, rows]) => [
        l,
        rows.map(([t, w]): Row => [t, w, w]),
      ]),
    );

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
const bySentiment: Record<string, unknown> = {};
const all: [ReviewLabel, ReviewLabel][] = [];
const allSaid: [ReviewLabel, ReviewLabel][] = [];
for (const [lang, rows] of Object.entries(set)) {
  const pairs: [ReviewLabel, ReviewLabel][] = [];
  const said: [ReviewLabel, ReviewLabel][] = [];
  let named = 0;
  for (const [text, want, says] of rows) {
    const c = classify({ text });
    pairs.push([want, c.sentiment]);
    said.push([says, c.sentiment]);
    if (c.language === lang) named++;
    if (showFails && c.sentiment !== want)
      console.error(`${lang} ${want} → ${c.sentiment} (${c.score}, ${c.language}): ${text}`);
  }
  all.push(...pairs);
  allSaid.push(...said);
  out[lang] = { ...score(pairs), language_right: named };
  bySentiment[lang] = score(said);
}
out["all"] = score(all);
if (third) out["by_sentiment"] = { ...bySentiment, all: score(allSaid) };
console.log(JSON.stringify(out, null, 1));
