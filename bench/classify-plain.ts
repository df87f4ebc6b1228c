/**
 * Text typed without diacritics (fifteenth classification pass): the sentiment files' negative-vs-not
 * figures on (a) the text as written, (b) the same text with its marks stripped (NFD, combining marks
 * dropped, "ß" → "ss", "ł" → "l") and (c) for German, umlauts written "ae"/"oe"/"ue"; the airline English
 * as a control; the shop-audit and payment sentences stripped. Each figure for this tree and for a base
 * commit's `src` in the same run (the "before" and "after" of one run). Split as bench:classify: test =
 * FNV-1a(id) % 5 == 0; `--split=dev` (default) reads the other 80%, `--split=test` the held-out fifth.
 * Prints JSON.
 * `--lang-fails [--show=N]` prints what the misnamed rows are named instead (this tree only).
 * Run: git archive <commit> src | tar -x -C .tmp/base && npx tsx bench/classify-plain.ts [--base=.tmp/base] [--split=dev|test]
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Classification } from "../src/nlp/index.js";
import { classify } from "../src/nlp/index.js";
import { PAYMENT_TOPICS } from "../src/nlp/test-payment-topics.js";
import {
  COMPLAINTS,
  KIND_TOPICS,
  type Kind,
  NOT_COMPLAINTS,
  SHOP_LANGS,
} from "../src/nlp/test-shop-sentences.js";
import { airlineRows, binF1, fnv1a } from "./classify-airline.js";
import { macroNegF1, readJsonl, SENTIMENT_FILES } from "./sentiment-data.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const split = arg("split", "dev");
const baseDir = resolve(arg("base", ".tmp/base"));
const DATA = join(import.meta.dirname, "..", "..", "shared", "data");

type Classify = (input: { text: string; language?: string }) => Classification;
const base = existsSync(join(baseDir, "src/nlp/index.ts"))
  ? ((await import(pathToFileURL(join(baseDir, "src/nlp/index.ts")).href)) as { classify: Classify }).classify
  : null;
const IMPLS: [string, Classify][] = base
  ? [
      ["before", base],
      ["after", classify],
    ]
  : [["after", classify]];

/** What a writer without a Polish, French or German keyboard types. */
export function stripMarks(text: string): string {
  return text
    .replace(/ß/g, "ss")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}

/** German umlauts as typed on a keyboard without them. */
export function umlautsAsE(text: string): string {
  const map: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };
  return text.replace(/[äöüÄÖÜß]/g, (c) => map[c] as string);
}

const FORMS: Record<string, (t: string) => string> = {
  original: (t) => t,
  stripped: stripMarks,
  umlauts_ae: umlautsAe,
};
function umlautsAe(t: string): string {
  return umlautsAsE(t);
}

const isTest = (id: string) => fnv1a(id) % 5 === 0;

function sentiment() {
  const out: Record<string, unknown> = {};
  for (const [lang, name] of Object.entries(SENTIMENT_FILES)) {
    if (lang === "en") continue;
    const rows = readJsonl(join(DATA, "sentiment", name)).filter(
      (r) => isTest(String(r.id)) === (split === "test"),
    );
    const gold = rows.map((r) => r.label === "negative");
    const per: Record<string, unknown> = { rows: rows.length };
    for (const [form, f] of Object.entries(FORMS)) {
      if (form === "umlauts_ae" && lang !== "de") continue;
      const texts = rows.map((r) => f(r.text));
      const changed = texts.filter((t, i) => t !== rows[i]?.text).length;
      const m: Record<string, unknown> = { texts_changed: changed };
      for (const [impl, c] of IMPLS) {
        const given = texts.map((text) => c({ text, language: lang }));
        const detected = texts.map((text) => c({ text }));
        m[impl] = {
          macro_f1: macroNegF1(
            gold,
            given.map((x) => x.sentiment === "negative"),
          ),
          neg_f1: binF1(
            gold,
            given.map((x) => x.sentiment === "negative"),
          ),
          macro_f1_detected: macroNegF1(
            gold,
            detected.map((x) => x.sentiment === "negative"),
          ),
          language_id:
            Math.round((detected.filter((x) => x.language === lang).length / rows.length) * 1000) / 1000,
        };
      }
      per[form] = m;
    }
    out[lang] = per;
  }
  return out;
}

function airline() {
  const rows = airlineRows(join(DATA, "airline-tweets-dev.csv"));
  if (!rows) return { missing: true };
  const gold = rows.map((r) => r["airline_sentiment"] === "negative");
  const out: Record<string, unknown> = { rows: rows.length };
  for (const [impl, c] of IMPLS) {
    const p = rows.map((r) => c({ text: r["text"] ?? "", language: "en" }));
    const d = rows.map((r) => c({ text: r["text"] ?? "" }));
    out[impl] = {
      macro_f1: macroNegF1(
        gold,
        p.map((x) => x.sentiment === "negative"),
      ),
      neg_f1: binF1(
        gold,
        p.map((x) => x.sentiment === "negative"),
      ),
      macro_f1_detected: macroNegF1(
        gold,
        d.map((x) => x.sentiment === "negative"),
      ),
    };
  }
  return out;
}

function shop() {
  const out: Record<string, unknown> = {};
  for (const lang of SHOP_LANGS) {
    const per: Record<string, unknown> = {};
    for (const [form, f] of Object.entries(FORMS)) {
      if (form === "umlauts_ae" && lang !== "de") continue;
      const m: Record<string, unknown> = {};
      for (const [impl, c] of IMPLS) {
        let n = 0;
        let all = 0;
        let allDetected = 0;
        let complaint = 0;
        let topic = 0;
        for (const [kind, texts] of Object.entries(COMPLAINTS[lang]) as [Kind, string[]][])
          for (const t of texts) {
            n++;
            const right = (x: Classification) => x.topics.some((k) => KIND_TOPICS[kind].includes(k));
            const g = c({ text: f(t), language: lang });
            const d = c({ text: f(t) });
            complaint += Number(g.complaint);
            topic += Number(right(g));
            all += Number(g.complaint && g.sentiment === "negative" && right(g));
            allDetected += Number(d.complaint && d.sentiment === "negative" && right(d));
          }
        const wrong = NOT_COMPLAINTS[lang].filter((t) => {
          const x = c({ text: f(t), language: lang });
          return x.complaint || x.sentiment === "negative";
        }).length;
        m[impl] =
          `${complaint} complaint, ${topic} topic, ${all} all three, ${allDetected} detected of ${n}; controls wrong ${wrong}/${NOT_COMPLAINTS[lang].length}`;
      }
      per[form] = m;
    }
    out[lang] = per;
  }
  return out;
}

function payment() {
  const out: Record<string, unknown> = {};
  for (const form of ["original", "stripped"]) {
    const f = FORMS[form] as (t: string) => string;
    const m: Record<string, unknown> = {};
    for (const [impl, c] of IMPLS) {
      let problems = 0;
      let found = 0;
      let complaint = 0;
      let controlsWrong = 0;
      for (const [text, , problem, refund] of PAYMENT_TOPICS) {
        const r = c({ text: f(text) });
        const pay = r.topics.includes("payment");
        if (problem) {
          problems++;
          if (pay || (refund !== undefined && r.topics.includes("returns_refunds"))) found++;
          if (r.complaint) complaint++;
        } else if (pay || r.complaint) controlsWrong++;
      }
      m[impl] = `${found} found, ${complaint} complaint of ${problems}; controls wrong ${controlsWrong}`;
    }
    out[form] = m;
  }
  return out;
}

/**
 * `--lang-fails`: per sentiment file and form, what this tree names the rows it does not name right
 * (a confusion row: code → count), and up to `--show=N` of those it names right as written, to see what a fix must read.
 */
function langFails() {
  const show = Number(arg("show", "0"));
  const out: Record<string, unknown> = {};
  for (const [lang, name] of Object.entries(SENTIMENT_FILES)) {
    if (lang === "en") continue;
    const rows = readJsonl(join(DATA, "sentiment", name)).filter(
      (r) => isTest(String(r.id)) === (split === "test"),
    );
    for (const [form, f] of Object.entries(FORMS)) {
      if (form === "umlauts_ae" && lang !== "de") continue;
      const named: Record<string, number> = {};
      const examples: string[] = [];
      for (const r of rows) {
        const text = f(r.text);
        const code = classify({ text }).language;
        if (code === lang) continue;
        named[code] = (named[code] ?? 0) + 1;
        // The rows the form loses: named right as written.
        const lost = form !== "original" && classify({ text: r.text }).language === lang;
        if (lost && examples.length < show) examples.push(`${code}\t${text.slice(0, 140)}`);
      }
      out[`${lang} ${form}`] = show > 0 ? { named, examples } : named;
    }
  }
  return out;
}

if (process.argv[1]?.endsWith("classify-plain.ts") && args.includes("--lang-fails"))
  console.log(JSON.stringify({ split, lang_fails: langFails() }, null, 1));
else if (process.argv[1]?.endsWith("classify-plain.ts"))
  console.log(
    JSON.stringify(
      {
        split,
        sentiment: sentiment(),
        airline_en_control: airline(),
        shop_audit: shop(),
        payment: payment(),
      },
      null,
      1,
    ),
  );
