/**
 * Time a text of the classify path, this tree against another commit's, alternated in one process (the
 * only fair ratio on a loaded two-core machine), and whether the two read every text alike. Texts: the
 * 5,146 airline tweets of ../shared/data, language detected. Prints JSON: µs a tweet per round (CPU
 * time), the median ratio this / base and its quartiles, and how many readings differ (sentiment, score,
 * language, topics, complaint: a change made for speed must print 0).
 * Run: git archive <commit> src | tar -x -C .tmp/base && npx tsx bench/classify-speed.ts [--base=.tmp/base] [--rounds=12]
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
const rounds = Number(arg("rounds", "12"));

type Classify = (input: { text: string }) => Classification;
const base = (await import(pathToFileURL(join(baseDir, "src/nlp/index.ts")).href)) as { classify: Classify };

const texts = (
  parse(readFileSync(join(import.meta.dirname, "../../shared/data/airline-tweets-dev.csv"), "utf8"), {
    columns: true,
  }) as Record<string, string>[]
).map((r) => r["text"] ?? "");

const reading = (c: Classification) =>
  JSON.stringify([c.sentiment, c.score, c.language, c.topics, c.complaint]);

function time(f: Classify): number {
  const t0 = process.cpuUsage();
  for (const text of texts) f({ text });
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / texts.length;
}

let differ = 0;
for (const text of texts) if (reading(classify({ text })) !== reading(base.classify({ text }))) differ++;
// Warm both (the JIT, the memos) before timing.
time(classify);
time(base.classify);
const here: number[] = [];
const there: number[] = [];
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first, so neither always runs after the other's garbage.
  if (r % 2 === 0) {
    here.push(time(classify));
    there.push(time(base.classify));
  } else {
    there.push(time(base.classify));
    here.push(time(classify));
  }
}
const ratios = here.map((h, i) => h / (there[i] as number)).sort((a, b) => a - b);
const q = (p: number) => round(ratios[Math.floor(p * (ratios.length - 1))] as number);
console.log(
  JSON.stringify({
    texts: texts.length,
    base: baseDir,
    differ,
    us_this: here.map(round),
    us_base: there.map(round),
    ratio_median: q(0.5),
    ratio_iqr: [q(0.25), q(0.75)],
  }),
);
