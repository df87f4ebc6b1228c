/**
 * Negative readings of real complaints: the airline tweets' negative label against our sentiment, on the
 * tuning split (FNV-1a(tweet_id) % 5 != 0) or the held-out one (`--heldout`), beside each sentiment
 * file's train split (`--langs en,de`) as the guard that a rule does not read ordinary posts negative.
 * `--misses` / `--false` list the airline rows read wrong. Prints JSON.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { classify } from "../src/nlp/index.js";
import { fnv1a, round } from "./classify-airline.js";
import { macroNegF1, readJsonl, SENTIMENT_FILES } from "./sentiment-data.js";

const DATA = join(import.meta.dirname, "../../shared/data");
const args = process.argv.slice(2);
const heldout = args.includes("--heldout");
const langArg = args.find((a) => a.startsWith("--langs="))?.slice(8) ?? "en";

function airline() {
  const file = join(DATA, "airline-tweets-dev.csv");
  if (!existsSync(file)) return { missing: file };
  const rows = (parse(readFileSync(file, "utf8"), { columns: true }) as Record<string, string>[]).filter(
    (r) => (fnv1a(r["tweet_id"] ?? "") % 5 === 0) === heldout,
  );
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const r of rows) {
    const c = classify({ text: r["text"] ?? "" });
    const gold = r["airline_sentiment"] === "negative";
    const pred = c.sentiment === "negative";
    if (gold && pred) tp++;
    else if (pred) fp++;
    else if (gold) fn++;
    if ((gold && !pred && args.includes("--misses")) || (!gold && pred && args.includes("--false"))) {
      wrong.push(`${c.sentiment} ${c.score.toFixed(2)} | ${(r["text"] ?? "").replace(/\s+/g, " ")}`);
    }
  }
  if (wrong.length) console.error(wrong.join("\n"));
  return {
    split: heldout ? "heldout" : "tune",
    rows: rows.length,
    recall: round(tp / (tp + fn)),
    precision: round(tp / (tp + fp)),
    neg_f1: round((2 * tp) / (2 * tp + fp + fn)),
  };
}

function guard(lang: string) {
  const file = join(DATA, "sentiment", SENTIMENT_FILES[lang] ?? "");
  if (!existsSync(file)) return { missing: file };
  const rows = readJsonl(file).filter((r) => (fnv1a(r.id) % 5 === 0) === heldout);
  const gold = rows.map((r) => r.label === "negative");
  const pred = rows.map((r) => classify({ text: r.text, language: lang }).sentiment === "negative");
  return { rows: rows.length, neg_macro_f1: macroNegF1(gold, pred) };
}

const out: Record<string, unknown> = { airline: airline() };
for (const lang of langArg.split(",")) out[lang] = guard(lang);
console.log(JSON.stringify(out));
