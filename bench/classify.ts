/**
 * Quality and speed of src/nlp against lexicon baselines from npm, on the research data in
 * ../shared/data (measured only: nothing from it is shipped). Prints JSON.
 * Run: npm run bench:classify
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { classify, type Topic } from "../src/nlp/index.js";

const require = createRequire(import.meta.url);
const DATA = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "data");

interface Row {
  text: string;
  label: string;
}
type Scorer = (text: string, lang: string) => number | Promise<number>;

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Macro-F1 over the two classes negative / not negative. */
function macroNegF1(gold: boolean[], pred: boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  gold.forEach((g, i) => {
    const p = pred[i];
    if (g && p) tp++;
    else if (!g && p) fp++;
    else if (g && !p) fn++;
    else tn++;
  });
  return round((f1(tp, fp, fn) + f1(tn, fn, fp)) / 2);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function readJsonl(file: string): Row[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

// Baselines, each used only in the languages it has a lexicon for.
const Vader = require("vader-sentiment") as {
  SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } };
};
const AfinnSentiment = require("sentiment") as new () => { analyze(t: string): { score: number } };
const afinn = new AfinnSentiment();
const multilang = require("multilang-sentiment") as (t: string, lang: string) => { score: number };
const { Container } = require("@nlpjs/core") as { Container: new () => { use(x: unknown): void } };
const { SentimentAnalyzer } = require("@nlpjs/sentiment") as {
  SentimentAnalyzer: new (s: {
    container: unknown;
  }) => {
    process(i: { locale: string; text: string }): Promise<unknown>;
  };
};
const nlpjs = new Map<string, InstanceType<typeof SentimentAnalyzer>>();
for (const [code, pkg, cls] of [
  ["en", "@nlpjs/lang-en", "LangEn"],
  ["pl", "@nlpjs/lang-pl", "LangPl"],
  ["de", "@nlpjs/lang-de", "LangDe"],
  ["fr", "@nlpjs/lang-fr", "LangFr"],
  ["it", "@nlpjs/lang-it", "LangIt"],
  ["es", "@nlpjs/lang-es", "LangEs"],
] as const) {
  const c = new Container();
  c.use((require(pkg) as Record<string, unknown>)[cls]);
  nlpjs.set(code, new SentimentAnalyzer({ container: c }));
}

const BASELINES: Record<string, { langs: string[]; score: Scorer; negBelow: number }> = {
  "vader-sentiment": {
    langs: ["en"],
    score: (t) => Vader.SentimentIntensityAnalyzer.polarity_scores(t).compound,
    negBelow: -0.05,
  },
  "sentiment (AFINN-165)": { langs: ["en"], score: (t) => afinn.analyze(t).score, negBelow: 0 },
  "@nlpjs/sentiment": {
    langs: ["en", "pl", "de", "fr", "it", "es"],
    score: async (t, l) =>
      (
        (await (nlpjs.get(l) as InstanceType<typeof SentimentAnalyzer>).process({
          locale: l,
          text: t,
        })) as unknown as { sentiment: { score: number } }
      ).sentiment.score,
    negBelow: 0,
  },
};

// multilang-sentiment fuzzy-searches its whole lexicon for every unknown word (~0.6 s a text here), so
// it runs only with BENCH_SLOW=1, on an every-n-th-row sample of SLOW_SAMPLE rows.
const SLOW = process.env.BENCH_SLOW === "1";
const SLOW_SAMPLE = 150;

function sample<T>(xs: T[]): T[] {
  const step = Math.max(1, Math.floor(xs.length / SLOW_SAMPLE));
  return xs.filter((_, i) => i % step === 0).slice(0, SLOW_SAMPLE);
}

function multilangOnSample(rows: Row[], lang: string) {
  const s = sample(rows);
  const gold = s.map((r) => r.label === "negative");
  return {
    rows: s.length,
    multilang_sentiment: macroNegF1(
      gold,
      s.map((r) => multilang(r.text, lang).score < 0),
    ),
    firebreak: macroNegF1(
      gold,
      s.map((r) => classify({ text: r.text, language: lang }).sentiment === "negative"),
    ),
  };
}

async function bestBaseline(rows: Row[], lang: string, gold: boolean[]) {
  let best = { name: "", f1: -1 };
  const all: Record<string, number> = {};
  for (const [name, b] of Object.entries(BASELINES)) {
    if (!b.langs.includes(lang)) continue;
    const pred: boolean[] = [];
    for (const r of rows) pred.push((await b.score(r.text, lang)) < b.negBelow);
    const f = macroNegF1(gold, pred);
    all[name] = f;
    if (f > best.f1) best = { name, f1: f };
  }
  return { best, all };
}

function ours(rows: Row[], lang?: string) {
  const out = rows.map((r) => classify({ text: r.text, language: lang }));
  return out;
}

async function sentimentFiles() {
  const files: Record<string, string> = {
    en: "tweets-en.jsonl",
    pl: "opinions-pl.jsonl",
    de: "tweets-de.jsonl",
    fr: "tweets-fr.jsonl",
    it: "tweets-it.jsonl",
    es: "tweets-es.jsonl",
  };
  const result: Record<string, unknown> = {};
  for (const [lang, name] of Object.entries(files)) {
    const file = join(DATA, "sentiment", name);
    if (!existsSync(file)) {
      result[lang] = { missing: file };
      continue;
    }
    const rows = readJsonl(file);
    // PolEmo's "ambiguous" sentences count as not negative.
    const gold = rows.map((r) => r.label === "negative");
    const given = ours(rows, lang).map((c) => c.sentiment === "negative");
    const detected = ours(rows);
    const langAcc = detected.filter((c) => c.language === lang).length / rows.length;
    const base = await bestBaseline(rows, lang, gold);
    result[lang] = {
      rows: rows.length,
      firebreak_neg_macro_f1: macroNegF1(gold, given),
      firebreak_neg_macro_f1_detected_language: macroNegF1(
        gold,
        detected.map((c) => c.sentiment === "negative"),
      ),
      best_baseline: base.best.name,
      best_baseline_neg_macro_f1: base.best.f1,
      baselines: base.all,
      language_id_accuracy: round(langAcc),
      ...(SLOW ? { sampled: multilangOnSample(rows, lang) } : {}),
    };
  }
  return result;
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

function airline() {
  const file = join(DATA, "airline-tweets-dev.csv");
  if (!existsSync(file)) return { missing: file };
  const rows = parse(readFileSync(file, "utf8"), { columns: true }) as Record<string, string>[];
  const texts = rows.map((r) => r.text ?? "");
  const preds = texts.map((t) => classify({ text: t, language: "en" }));
  const goldNeg = rows.map((r) => r.airline_sentiment === "negative");
  const topicOf = (topics: Topic[]) =>
    new Set<string>(topics.map((t) => (t === "outage" || t === "payment" ? "booking" : t)));
  const perTopic: Record<string, { firebreak: number; keyword_baseline: number }> = {};
  for (const topic of EVAL_TOPICS) {
    const gold = rows.map((r) => REASON_TOPIC[r.negativereason ?? ""] === topic);
    const ourPred = preds.map((p) => topicOf(p.topics).has(topic));
    const kwPred = texts.map((t) => KEYWORDS[topic].test(t));
    perTopic[topic] = { firebreak: binF1(gold, ourPred), keyword_baseline: binF1(gold, kwPred) };
  }
  const mean = (k: "firebreak" | "keyword_baseline") =>
    round(Object.values(perTopic).reduce((s, v) => s + v[k], 0) / EVAL_TOPICS.length);
  return {
    rows: rows.length,
    sentiment_neg_macro_f1: macroNegF1(
      goldNeg,
      preds.map((p) => p.sentiment === "negative"),
    ),
    vader_neg_macro_f1: macroNegF1(
      goldNeg,
      texts.map((t) => Vader.SentimentIntensityAnalyzer.polarity_scores(t).compound < -0.05),
    ),
    topic_f1: perTopic,
    topic_macro_f1: { firebreak: mean("firebreak"), keyword_baseline: mean("keyword_baseline") },
    note: "Flight Booking Problems counts as found when outage or payment is predicted",
  };
}

function binF1(gold: boolean[], pred: boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (g && pred[i]) tp++;
    else if (!g && pred[i]) fp++;
    else if (g && !pred[i]) fn++;
  });
  return round(f1(tp, fp, fn));
}

function speed() {
  const file = join(DATA, "sentiment", "tweets-en.jsonl");
  const texts = existsSync(file)
    ? readJsonl(file).map((r) => r.text)
    : ["My parcel never arrived and nobody answers", "Świetny sklep, polecam!", "Le colis est arrivé cassé"];
  const mixed = [...texts];
  for (const f of [
    "opinions-pl.jsonl",
    "tweets-de.jsonl",
    "tweets-fr.jsonl",
    "tweets-it.jsonl",
    "tweets-es.jsonl",
  ]) {
    const p = join(DATA, "sentiment", f);
    if (existsSync(p))
      mixed.push(
        ...readJsonl(p)
          .slice(0, 2000)
          .map((r) => r.text),
      );
  }
  for (let i = 0; i < 3; i++) for (const t of mixed) classify({ text: t });
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    for (const t of mixed) classify({ text: t });
    n += mixed.length;
  }
  const ms = performance.now() - t0;
  const avgChars = Math.round(mixed.reduce((s, t) => s + t.length, 0) / mixed.length);
  return { classifications_per_s: Math.round((n / ms) * 1000), texts: mixed.length, avg_chars: avgChars };
}

const report = {
  metric: "macro-F1 of negative vs not negative (Polish 'ambiguous' counted as not negative)",
  sentiment: await sentimentFiles(),
  airline_en: airline(),
  speed: speed(),
};
console.log(JSON.stringify(report, null, 2));
