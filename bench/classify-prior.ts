/**
 * The shop's languages as a prior for language identification (docs/classification.md, "(2026-12-05)
 * The shop's languages as a prior"). For each labelled file of ../shared/data/sentiment, with the
 * language detected (none given, as for a source that does not say): identification accuracy and
 * negative-vs-not macro-F1 with no shop, in a simulated shop of the file's language and English
 * ([file, "en"]), and in an English shop (["en"]). Prints JSON.
 * Run: npx tsx bench/classify-prior.ts [--split train|test] (train by default; test is read once).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { classify } from "../src/nlp/index.js";
import { fnv1a, round } from "./classify-airline.js";
import { macroNegF1, readJsonl, SENTIMENT_FILES, type SentimentRow } from "./sentiment-data.js";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "data", "sentiment");
const split = process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1] : "train";
if (split !== "train" && split !== "test") throw new Error("--split train|test");

function measure(rows: SentimentRow[], lang: string, languages: string[] | undefined) {
  const cs = rows.map((r) => classify({ text: r.text, languages }));
  const gold = rows.map((r) => r.label === "negative");
  return {
    language_id_accuracy: round(cs.filter((c) => c.language === lang).length / rows.length),
    und: round(cs.filter((c) => c.language === "und").length / rows.length),
    neg_macro_f1: macroNegF1(
      gold,
      cs.map((c) => c.sentiment === "negative"),
    ),
  };
}

const out: Record<string, unknown> = {};
for (const [lang, name] of Object.entries(SENTIMENT_FILES)) {
  const rows = readJsonl(join(DATA, name)).filter(
    (r) => (fnv1a(String(r.id)) % 5 === 0) === (split === "test"),
  );
  out[lang] = {
    rows: rows.length,
    no_shop: measure(rows, lang, undefined),
    own_shop: measure(rows, lang, lang === "en" ? ["en"] : [lang, "en"]),
    english_shop: measure(rows, lang, ["en"]),
  };
}
console.log(
  JSON.stringify(
    { split, note: "language detected (none given); shop = workspace languages", ...out },
    null,
    2,
  ),
);
