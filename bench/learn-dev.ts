/**
 * Development split for the learner (not the bench's figures): the same shuffle as bench/learn.ts, the
 * bench's held-out rows left out entirely, the learner trained on the first N labels of the remaining pool
 * and scored on pool rows after the first 2,000 (rows no bench step before "all" trains on). Choices of
 * features and learner were made on these figures only; the held-out rows of bench/learn.ts were never
 * looked at while choosing. Prints JSON. `DEV_N=1000`, `DEV_SETS=de,pl`, `DEV_OPTS='{"bits":16}'`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { classify } from "../src/nlp/index.js";
import { shuffled } from "../src/nlp/learn/logreg.js";
import { negativeMacroF1 } from "../src/nlp/learn/metrics.js";
import { learnedToJson } from "../src/nlp/learn/model.js";
import { type LearnOptions, learnSentiment } from "../src/nlp/learn/train.js";

const DATA = join(import.meta.dirname, "..", "..", "shared", "data");
const CLASSES = ["negative", "neutral", "positive"] as const;
type Label = (typeof CLASSES)[number];
interface Row {
  text: string;
  label: Label;
  language: string;
}
const jsonl = (file: string): Row[] =>
  readFileSync(join(DATA, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row & { label: string })
    .filter((r): r is Row => (CLASSES as readonly string[]).includes(r.label));
const airline = (): Row[] =>
  (
    parse(readFileSync(join(DATA, "airline-tweets-dev.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[]
  ).map((r) => ({ text: r["text"] ?? "", label: r["airline_sentiment"] as Label, language: "en" }));

/** Same names, files and held-out sizes as bench/learn.ts. */
const SETS: { name: string; heldOut: number; rows: () => Row[] }[] = [
  ...["en", "fr", "de", "it", "es"].map((l) => ({
    name: `tweets-${l}`,
    heldOut: 500,
    rows: () => jsonl(`sentiment/tweets-${l}.jsonl`),
  })),
  { name: "opinions-pl", heldOut: 1500, rows: () => jsonl("sentiment/opinions-pl.jsonl") },
  { name: "airline-en", heldOut: 1000, rows: airline },
];

function main() {
  if (!existsSync(DATA)) {
    process.stderr.write(`learn-dev: no labelled data at ${DATA}\n`);
    process.exitCode = 1;
    return;
  }
  const n = Number(process.env["DEV_N"] ?? 1000);
  const only = process.env["DEV_SETS"]?.split(",");
  const opts = JSON.parse(process.env["DEV_OPTS"] ?? "{}") as Partial<LearnOptions>;
  const out: Record<string, unknown>[] = [];
  let sum = 0;
  for (const set of SETS) {
    if (only && !only.some((o) => set.name.includes(o))) continue;
    const all = set.rows();
    const order = shuffled(all.length, 11);
    const pool = Array.from(order, (i) => all[i] as Row).slice(set.heldOut);
    const train = pool.slice(0, n);
    const dev = pool.slice(Math.max(n, 2000 - (set.heldOut === 500 ? 1000 : 0))).slice(0, 2000);
    const cpu0 = process.cpuUsage();
    const r = learnSentiment(
      train.map((t) => ({ text: t.text, language: t.language, sentiment: t.label })),
      { version: "dev", ...opts },
    );
    const cpu = process.cpuUsage(cpu0);
    const truth = dev.map((d) => CLASSES.indexOf(d.label));
    const pred = dev.map((d) =>
      CLASSES.indexOf(classify({ text: d.text, language: d.language }, r.model).sentiment),
    );
    const shipped = dev.map((d) =>
      CLASSES.indexOf(classify({ text: d.text, language: d.language }).sentiment),
    );
    const lang = r.languages[(train[0] as Row).language];
    const f1 = negativeMacroF1(truth, pred);
    sum += f1;
    out.push({
      set: set.name,
      dev: dev.length,
      shipped: negativeMacroF1(truth, shipped),
      learned: f1,
      active: lang?.active,
      cv: lang?.macro_f1,
      cv_shipped: lang?.shipped_macro_f1,
      cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
      bytes: learnedToJson(r.model).length,
    });
  }
  process.stdout.write(
    `${JSON.stringify({ n, opts, mean: Math.round((sum / out.length) * 1000) / 1000, out })}\n`,
  );
}

main();
