/**
 * `tsx bench/copy-gaps.ts`: how far apart in time copies and their originals are in the airline set
 * (../shared/data/airline-tweets-dev.csv, tweet_created): what the copy window (src/listening/
 * copy-window.ts) was chosen from. Copies by the product's own fingerprint, the first by time the original.
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { fingerprint } from "../src/listening/normalize.js";

const FILE = "../shared/data/airline-tweets-dev.csv";
if (!existsSync(FILE)) {
  process.stderr.write(`${FILE} is missing: this bench reads the shared data set\n`);
  process.exit(1);
}
const rows = parse(readFileSync(FILE, "utf8"), { columns: true }) as {
  text: string;
  tweet_created: string;
}[];
rows.sort((a, b) => a.tweet_created.localeCompare(b.tweet_created));
const first = new Map<string, number>();
const hours: number[] = [];
for (const r of rows) {
  const fp = fingerprint(r.text);
  if (!fp) continue;
  const t = Date.parse(r.tweet_created);
  const f = first.get(fp);
  if (f === undefined) first.set(fp, t);
  else hours.push((t - f) / 3_600_000);
}
hours.sort((a, b) => a - b);
const q = (p: number) =>
  Math.round((hours[Math.min(hours.length - 1, Math.floor(p * hours.length))] ?? 0) * 10) / 10;
const within = (h: number) => hours.filter((x) => x <= h).length;
process.stdout.write(
  `${JSON.stringify({
    rows: rows.length,
    span: [rows[0]?.tweet_created, rows.at(-1)?.tweet_created],
    originals: first.size,
    copies: hours.length,
    hours_after_original: { p50: q(0.5), p90: q(0.9), p99: q(0.99), max: q(1) },
    within: { "1 day": within(24), "3 days": within(72), "7 days": within(168) },
  })}\n`,
);
