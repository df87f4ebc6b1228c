/**
 * `npx tsx bench/fresh-texts.ts --set dev|heldout|heldout2|dev3|heldout3|dev4|heldout4|dev5|heldout5|dev6|heldout6 [--fails]`: the fresh customer texts
 * (bench/data20; heldout2 is the second held-out set, bench/data21: reviews, long e-mails, chat, social
 * replies; dev3 and heldout3 the third writer's, bench/data22: help-desk tickets, app-store reviews, titled reviews,
 * post comments, chat, forum posts, replies to the shop's mail; dev4 and heldout4 the fourth writer's, bench/data23:
 * product and marketplace reviews; dev5 and heldout5 the fifth writer's, bench/data24: public social mentions of
 * online shops; dev6 and heldout6 the sixth writer's, bench/data25: public social posts of shops again, a
 * second reading of the feed), language given. Per language and overall: polarity accuracy, macro-F1 over the three sentiments,
 * negative F1, complaint recall and precision, and topic recall (the share of labelled complaint topics found on
 * complaint texts). `--fails` lists on stderr each text whose sentiment, complaint or topics were missed.
 * The held-out set is read once per pass, after the rules are settled.
 */
import { classify } from "../src/nlp/index.js";
import { DEV } from "./data20/dev.js";
import { HELDOUT } from "./data20/heldout.js";
import type { FreshSentiment, FreshText } from "./data20/types.js";
import { HELDOUT2 } from "./data21/heldout.js";
import { DEV22 } from "./data22/dev.js";
import { HELDOUT22 } from "./data22/heldout.js";
import { DEV23 } from "./data23/dev.js";
import { HELDOUT23 } from "./data23/heldout.js";
import { DEV24 } from "./data24/dev.js";
import { HELDOUT24 } from "./data24/heldout.js";
import { DEV25 } from "./data25/dev.js";
import { HELDOUT25 } from "./data25/heldout.js";

const args = process.argv.slice(2);
const set = args[args.indexOf("--set") + 1];
const SETS: Record<string, readonly FreshText[]> = {
  dev: DEV,
  heldout: HELDOUT,
  heldout2: HELDOUT2,
  dev3: DEV22,
  heldout3: HELDOUT22,
  dev4: DEV23,
  heldout4: HELDOUT23,
  dev5: DEV24,
  heldout5: HELDOUT24,
  dev6: DEV25,
  heldout6: HELDOUT25,
};
const TEXTS = SETS[set ?? ""];
if (!args.includes("--set") || !TEXTS) {
  console.error(`usage: npx tsx bench/fresh-texts.ts --set ${Object.keys(SETS).join("|")} [--fails]`);
  process.exit(2);
}
const fails = args.includes("--fails");
const SENTIMENTS: readonly FreshSentiment[] = ["negative", "neutral", "positive"];

type Tally = {
  n: number;
  right: number;
  /** per sentiment: [true positives, predicted, labelled] */
  sent: Record<FreshSentiment, [number, number, number]>;
  complaints: number;
  flagged: number;
  flaggedRight: number;
  topics: number;
  topicsFound: number;
};
const empty = (): Tally => ({
  n: 0,
  right: 0,
  sent: { negative: [0, 0, 0], neutral: [0, 0, 0], positive: [0, 0, 0] },
  complaints: 0,
  flagged: 0,
  flaggedRight: 0,
  topics: 0,
  topicsFound: 0,
});

function add(t: Tally, x: FreshText, sentiment: string, complaint: boolean, found: number): void {
  t.n++;
  if (sentiment === x.sentiment) t.right++;
  for (const s of SENTIMENTS) {
    const cell = t.sent[s];
    if (sentiment === s) cell[1]++;
    if (x.sentiment === s) cell[2]++;
    if (sentiment === s && x.sentiment === s) cell[0]++;
  }
  if (x.complaint) t.complaints++;
  if (complaint) t.flagged++;
  if (complaint && x.complaint) t.flaggedRight++;
  if (x.complaint) {
    t.topics += x.topics.length;
    t.topicsFound += found;
  }
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : null);
const f1 = ([tp, predicted, labelled]: [number, number, number]) =>
  predicted + labelled ? (2 * tp) / (predicted + labelled) : 0;

function figures(t: Tally) {
  const macro = SENTIMENTS.reduce((sum, s) => sum + f1(t.sent[s]), 0) / SENTIMENTS.length;
  return {
    n: t.n,
    polarity_accuracy: ratio(t.right, t.n),
    macro_f1: Math.round(macro * 1000) / 1000,
    negative_f1: Math.round(f1(t.sent.negative) * 1000) / 1000,
    complaint_recall: ratio(t.flaggedRight, t.complaints),
    complaint_precision: ratio(t.flaggedRight, t.flagged),
    topic_recall: ratio(t.topicsFound, t.topics),
  };
}

const by = new Map<string, Tally>();
const all = empty();
for (const x of TEXTS) {
  const c = classify({ text: x.text, language: x.language });
  const topics: readonly string[] = c.topics;
  const missing = x.complaint ? x.topics.filter((tp) => !topics.includes(tp)) : [];
  const found = x.complaint ? x.topics.length - missing.length : 0;
  const row = by.get(x.language) ?? empty();
  by.set(x.language, row);
  add(row, x, c.sentiment, c.complaint, found);
  add(all, x, c.sentiment, c.complaint, found);
  if (fails && (c.sentiment !== x.sentiment || c.complaint !== x.complaint || missing.length)) {
    const what = [
      c.sentiment !== x.sentiment ? `sentiment ${x.sentiment}->${c.sentiment}` : "",
      c.complaint !== x.complaint ? `complaint ${x.complaint}->${c.complaint}` : "",
      missing.length ? `topics missing ${missing.join(",")} (got ${topics.join(",") || "none"})` : "",
    ].filter(Boolean);
    console.error(`${x.language} ${what.join("; ")}: ${x.text}`);
  }
}
console.log(
  JSON.stringify(
    Object.fromEntries([...[...by].map(([l, t]) => [l, figures(t)] as const), ["all", figures(all)]]),
    null,
    1,
  ),
);
