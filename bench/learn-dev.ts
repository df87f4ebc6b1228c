/**
 * Development split for the learner (not the bench's figures): the same shuffle as bench/learn.ts, the
 * bench's held-out rows left out entirely; the rest (the pool) is reshuffled once per seed, the learner
 * trained on the first N labels and scored on up to 2,000 other pool rows. Several seeds and label
 * counts, because one split of 663 tweets moves by ±0.02 between two equally good learners.
 * Development sets: tweets-en, tweets-fr, airline-en (DEV_SETS, the default). Choices are made on those
 * only; the others (de, it, es, pl) are measured once at the end (`DEV_SETS=de,it,es,pl`).
 * Reports the learner's own figure (guard off) and what the guard would have read (learned where it
 * switched, shipped elsewhere), each label draw's figure (`*_by_seed`: two runs with the same seeds compare
 * draw by draw, which is less noisy than comparing means) and the spread over draws (`learned_sd`).
 * Prints JSON. `DEV_N=200,500,1000`, `DEV_SEEDS=3`, `DEV_OPTS='{"bits":16}'`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { classify } from "../src/nlp/index.js";
import { shuffled } from "../src/nlp/learn/logreg.js";
import { negativeMacroF1 } from "../src/nlp/learn/metrics.js";
import { LEARN_DEFAULTS, type LearnOptions, learnSentiment } from "../src/nlp/learn/train.js";

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
const DEV_SETS = ["tweets-en", "tweets-fr", "airline-en"];

const mean = (xs: number[]) =>
  Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1)) * 1000) / 1000;

const sd = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(xs.length - 1, 1);
  return Math.round(Math.sqrt(v) * 1000) / 1000;
};

function main() {
  if (!existsSync(DATA)) {
    process.stderr.write(`learn-dev: no labelled data at ${DATA}\n`);
    process.exitCode = 1;
    return;
  }
  const ns = (process.env["DEV_N"] ?? "200,500,1000").split(",").map(Number);
  const seeds = Number(process.env["DEV_SEEDS"] ?? 3);
  const only = process.env["DEV_SETS"]?.split(",") ?? DEV_SETS;
  const opts = JSON.parse(process.env["DEV_OPTS"] ?? "{}") as Partial<LearnOptions>;
  const guard = { ...LEARN_DEFAULTS, ...opts };
  const rows: Record<string, unknown>[] = [];
  const learnedBy = new Map<number, number[]>();
  const guardedBy = new Map<number, number[]>();
  // Per label count and seed, the sets' figures: the spread over label draws, and paired differences
  // between two runs with the same seeds, come from these.
  const bySeed = new Map<number, { learned: number[][]; guarded: number[][] }>();
  let cpuMs = 0;
  for (const set of SETS) {
    if (!only.some((o) => set.name.includes(o))) continue;
    const all = set.rows();
    const order = shuffled(all.length, 11);
    const pool0 = Array.from(order, (i) => all[i] as Row).slice(set.heldOut);
    for (const n of ns) {
      const per = { learned: [] as number[], guarded: [] as number[], shipped: [] as number[] };
      for (let s = 0; s < seeds; s++) {
        const pool = s === 0 ? pool0 : Array.from(shuffled(pool0.length, 100 + s), (i) => pool0[i] as Row);
        const train = pool.slice(0, n);
        const dev = pool.slice(n).slice(0, 2000);
        const cpu0 = process.cpuUsage();
        const r = learnSentiment(
          train.map((t) => ({ text: t.text, language: t.language, sentiment: t.label })),
          { version: "dev", ...opts, margin: -1, confidence: 0 },
        );
        const cpu = process.cpuUsage(cpu0);
        cpuMs += (cpu.user + cpu.system) / 1000;
        const truth = dev.map((d) => CLASSES.indexOf(d.label));
        const shipped = dev.map((d) =>
          CLASSES.indexOf(classify({ text: d.text, language: d.language }).sentiment),
        );
        const pred = dev.map((d) =>
          CLASSES.indexOf(classify({ text: d.text, language: d.language }, r.model).sentiment),
        );
        const lang = r.languages[(train[0] as Row).language];
        const on =
          !!lang?.macro_f1 &&
          lang.macro_f1 >= lang.shipped_macro_f1 + guard.margin &&
          (lang.wins ?? 0) >= guard.confidence;
        const fl = negativeMacroF1(truth, pred);
        const fs = negativeMacroF1(truth, shipped);
        per.learned.push(fl);
        per.shipped.push(fs);
        per.guarded.push(on ? fl : fs);
        const seedRows = bySeed.get(n) ?? { learned: [], guarded: [] };
        bySeed.set(n, seedRows);
        seedRows.learned[s] = [...(seedRows.learned[s] ?? []), fl];
        seedRows.guarded[s] = [...(seedRows.guarded[s] ?? []), on ? fl : fs];
      }
      rows.push({
        set: set.name,
        n,
        shipped: mean(per.shipped),
        learned: mean(per.learned),
        guarded: mean(per.guarded),
        learned_by_seed: per.learned.map((x) => Math.round(x * 1000) / 1000),
        guarded_by_seed: per.guarded.map((x) => Math.round(x * 1000) / 1000),
      });
      learnedBy.set(n, [...(learnedBy.get(n) ?? []), mean(per.learned)]);
      guardedBy.set(n, [...(guardedBy.get(n) ?? []), mean(per.guarded)]);
    }
  }
  const summary = Object.fromEntries(
    ns.map((n) => {
      const seedsOf = bySeed.get(n) ?? { learned: [], guarded: [] };
      const learnedSeeds = seedsOf.learned.map(mean);
      return [
        n,
        {
          learned: mean(learnedBy.get(n) ?? []),
          guarded: mean(guardedBy.get(n) ?? []),
          // The mean over the sets for each label draw, and their standard deviation.
          learned_by_seed: learnedSeeds,
          guarded_by_seed: seedsOf.guarded.map(mean),
          learned_sd: sd(learnedSeeds),
        },
      ];
    }),
  );
  process.stdout.write(
    `${JSON.stringify({ opts, seeds, sets: only, summary, cpu_s: Math.round(cpuMs / 1000), rows })}\n`,
  );
}

main();
