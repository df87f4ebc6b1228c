/**
 * Time a text of the classify path, this tree against another commit's, alternated in one process (the
 * only fair ratio on a loaded two-core machine), and whether the two read every text alike. Texts: the
 * 5,146 airline tweets of ../shared/data, language detected, timed in chunks of 200, each chunk on both
 * back to back (CPU time). Prints JSON: µs a tweet of each, the median of the chunks' ratios this / base
 * and its quartiles, the ratio of the summed times, and how many readings differ (sentiment, score,
 * language, topics, complaint: a change made for speed must print 0).
 * Run: git archive <commit> src | tar -x -C .tmp/base && npx tsx bench/classify-speed.ts [--base=.tmp/base] [--rounds=20]
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import { type Classification, classify } from "../src/nlp/index.js";
import { round } from "./classify-airline.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const baseDir = resolve(arg("base", ".tmp/base"));
const rounds = Number(arg("rounds", "20"));

type Classify = (input: { text: string }) => Classification;
const base = (await import(pathToFileURL(join(baseDir, "src/nlp/index.ts")).href)) as { classify: Classify };

const texts = (
  parse(readFileSync(join(import.meta.dirname, "../../shared/data/airline-tweets-dev.csv"), "utf8"), {
    columns: true,
  }) as Record<string, string>[]
).map((r) => r["text"] ?? "");

const reading = (c: Classification) =>
  JSON.stringify([c.sentiment, c.score, c.language, c.topics, c.complaint]);

/** Texts per timed chunk: small enough that a burst of the machine's other load spoils few pairs. */
const CHUNK = 200;

function time(f: Classify, from: number): number {
  const t0 = process.cpuUsage();
  for (let i = from; i < from + CHUNK && i < texts.length; i++) f({ text: texts[i] as string });
  const t = process.cpuUsage(t0);
  return t.user + t.system;
}

let differ = 0;
for (const text of texts) if (reading(classify({ text })) !== reading(base.classify({ text }))) differ++;
// Warm both (the JIT, the memos) before timing.
for (let i = 0; i < texts.length; i += CHUNK) {
  time(classify, i);
  time(base.classify, i);
}
// Each chunk timed on both, back to back, which first alternating: a pair shares the machine's load.
const ratios: number[] = [];
let here = 0;
let there = 0;
for (let r = 0; r < rounds; r++)
  for (let i = 0, k = 0; i < texts.length; i += CHUNK, k++) {
    let a: number;
    let b: number;
    if ((k + r) % 2 === 0) {
      a = time(classify, i);
      b = time(base.classify, i);
    } else {
      b = time(base.classify, i);
      a = time(classify, i);
    }
    here += a;
    there += b;
    ratios.push(a / b);
  }
ratios.sort((x, y) => x - y);
const q = (p: number) => round(ratios[Math.floor(p * (ratios.length - 1))] as number);
const n = rounds * texts.length;
console.log(
  JSON.stringify({
    texts: texts.length,
    base: baseDir,
    differ,
    pairs: ratios.length,
    us_this: round(here / n),
    us_base: round(there / n),
    ratio_median: q(0.5),
    ratio_iqr: [q(0.25), q(0.75)],
    ratio_of_sums: round(here / there),
  }),
);
