/**
 * Detection benchmark: real labelled texts on a synthetic clock. Background traffic (multilingual tweets
 * and airline tweets) follows a shop-like daily and weekly rhythm over several weeks; bursts of 30 real
 * airline complaints in an hour are dropped in at known times. Prints detection delay, misses and false
 * alarms per 7 days, for Firebreak's detectors and for a naive hourly mean + 3σ rule, in one run; once with
 * the data's own labels and once with sentiment and topics from Firebreak's classifier (src/nlp), which is
 * what the product sees.
 * Repeatable: every random draw is seeded. Run: npm run bench:detect [-- --per-day 300 --seeds 3]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { DetectionEngine } from "../src/detection/detectors/engine.js";
import { seasonalTimes, seededRandom } from "../src/detection/detectors/synthetic.js";
import type { Alert, MentionEvent } from "../src/detection/detectors/types.js";
import { classify, type Sentiment, type Topic } from "../src/nlp/index.js";

const DATA = process.env.FIREBREAK_DATA ?? join(import.meta.dirname, "../../shared/data");
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN = 60_000;
const START = Date.parse("2025-01-06T00:00:00Z"); // a Monday
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const DAYS = arg("days", 42);
const PER_DAY = arg("per-day", 300);
const SEEDS = arg("seeds", 3);
const BURSTS = arg("bursts", 12);
const BURST_SIZE = 30;
const CONFIG_ARG = process.argv.indexOf("--config");
/** Detector settings to try, as JSON (`--config '{"spike":{"openScore":5}}'`); defaults otherwise. */
const CONFIG = CONFIG_ARG > 0 ? JSON.parse(process.argv[CONFIG_ARG + 1] ?? "{}") : {};
const WARMUP_DAYS = 7;
const SOURCES = ["twitter", "facebook", "reviews"];
const SOURCE_WEIGHTS = [0.6, 0.25, 0.15];

interface Row {
  text: string;
  language: string;
  label: Sentiment;
  topic: Topic | null;
}

function topicOf(reason: string, text: string): Topic | null {
  if (reason === "Customer Service Issue") return "customer_service";
  if (["Late Flight", "Lost Luggage", "Damaged Luggage"].includes(reason)) return "delivery";
  if (reason === "Flight Booking Problems")
    return /pay|charg|card|refund|fee|money|\$/i.test(text) ? "payment" : "outage";
  return null;
}

function load(): { background: Row[]; bursts: Map<Topic, Row[]> } | null {
  const csv = join(DATA, "airline-tweets-dev.csv");
  if (!existsSync(csv)) return null;
  const rand = seededRandom(7);
  const airline = (parse(readFileSync(csv), { columns: true }) as Record<string, string>[]).map(
    (r): Row => ({
      text: r.text ?? "",
      language: "en",
      label: r.airline_sentiment as Sentiment,
      topic: r.airline_sentiment === "negative" ? topicOf(r.negativereason ?? "", r.text ?? "") : null,
    }),
  );
  const background: Row[] = [];
  const bursts = new Map<Topic, Row[]>();
  // Half the topical complaints are kept for bursts only, so a burst never repeats background texts.
  for (const r of airline) {
    if (r.topic && rand() < 0.5) bursts.set(r.topic, [...(bursts.get(r.topic) ?? []), r]);
    else background.push(r);
  }
  for (const lang of ["en", "fr", "de", "it", "es"]) {
    const file = join(DATA, "sentiment", `tweets-${lang}.jsonl`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const j = JSON.parse(line) as { text: string; label: Sentiment; language: string };
      background.push({ text: j.text, language: j.language, label: j.label, topic: null });
    }
  }
  return { background, bursts };
}

interface Burst {
  start: number;
  topic: Topic;
  source: string;
}

const pick = <T>(rand: () => number, xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
function pickSource(rand: () => number) {
  let u = rand();
  for (let i = 0; i < SOURCES.length; i++) {
    u -= SOURCE_WEIGHTS[i] as number;
    if (u < 0) return SOURCES[i] as string;
  }
  return SOURCES[0] as string;
}

type Labeller = (r: Row) => { sentiment: Sentiment; topics: Topic[] };
const byLabel: Labeller = (r) => ({ sentiment: r.label, topics: r.topic ? [r.topic] : [] });
const cache = new Map<string, { sentiment: Sentiment; topics: Topic[] }>();
const byClassifier: Labeller = (r) => {
  let c = cache.get(r.text);
  if (!c) {
    const k = classify({ text: r.text, language: r.language });
    c = { sentiment: k.sentiment, topics: k.topics };
    cache.set(r.text, c);
  }
  return c;
};

function buildStream(
  seed: number,
  data: NonNullable<ReturnType<typeof load>>,
  label: Labeller,
  withBursts: boolean,
) {
  const rand = seededRandom(seed * 7919);
  const events: MentionEvent[] = [];
  const times = seasonalTimes({ start: START, days: DAYS, perDay: PER_DAY, seed, dailySigma: 0.15 });
  times.forEach((t, i) => {
    const r = pick(rand, data.background);
    events.push({
      type: "mention",
      id: `bg${i}`,
      at: new Date(t).toISOString(),
      source: pickSource(rand),
      ...label(r),
    });
  });
  const bursts: Burst[] = [];
  if (withBursts) {
    const topics = [...data.bursts.keys()].filter((t) => (data.bursts.get(t)?.length ?? 0) >= BURST_SIZE);
    const span = DAYS - WARMUP_DAYS - 1;
    for (let b = 0; b < BURSTS; b++) {
      // Spread over the weeks after warm-up, at any hour and minute, at least a day apart.
      const day = WARMUP_DAYS + Math.floor(((b + rand()) * span) / BURSTS);
      const start = START + day * DAY + Math.floor(rand() * 24) * HOUR + Math.floor(rand() * 60) * MIN;
      const burst: Burst = { start, topic: pick(rand, topics), source: pickSource(rand) };
      bursts.push(burst);
      const pool = data.bursts.get(burst.topic) ?? [];
      for (let i = 0; i < BURST_SIZE; i++) {
        const r = pick(rand, pool);
        const at = new Date(start + Math.floor(rand() * HOUR)).toISOString();
        events.push({ type: "mention", id: `b${b}-${i}`, at, source: burst.source, ...label(r) });
      }
    }
  }
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { events, bursts };
}

/** The naive rule: an hour whose negative (or topic) count exceeds the mean + 3σ of all past hours. */
function naive(events: MentionEvent[]): { at: number }[] {
  const keys = (e: MentionEvent) =>
    e.sentiment === "negative" ? ["negative", ...e.topics.map((t) => `topic:${t}`)] : [];
  const hist = new Map<string, { n: number; sum: number; sq: number; inAlert: boolean }>();
  const alerts: { at: number }[] = [];
  let hour = Math.floor(START / HOUR) * HOUR;
  let counts = new Map<string, number>();
  const close = (end: number) => {
    for (const k of new Set([...hist.keys(), ...counts.keys()])) {
      const h = hist.get(k) ?? { n: Math.round((end - START) / HOUR) - 1, sum: 0, sq: 0, inAlert: false };
      const c = counts.get(k) ?? 0;
      const mean = h.n ? h.sum / h.n : 0;
      const sd = h.n > 1 ? Math.sqrt(Math.max(0, h.sq / h.n - mean * mean)) : 0;
      const high = end - START > 2 * DAY && c > mean + 3 * sd && c >= 3;
      if (high && !h.inAlert) alerts.push({ at: end });
      h.inAlert = high;
      h.n++;
      h.sum += c;
      h.sq += c * c;
      hist.set(k, h);
    }
    counts = new Map();
  };
  for (const e of events) {
    const t = Date.parse(e.at);
    while (t >= hour + HOUR) {
      hour += HOUR;
      close(hour);
    }
    for (const k of keys(e)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return alerts;
}

function score(alertTimes: number[], bursts: Burst[], backgroundDays: number) {
  const delays: number[] = [];
  let missed = 0;
  for (const b of bursts) {
    const hit = alertTimes.filter((t) => t >= b.start && t <= b.start + 2 * HOUR).sort((x, y) => x - y)[0];
    if (hit === undefined) missed++;
    else delays.push((hit - b.start) / MIN);
  }
  const false_alarms = alertTimes.filter(
    (t) => !bursts.some((b) => t >= b.start && t <= b.start + 2 * HOUR),
  ).length;
  delays.sort((a, b) => a - b);
  const median = delays.length ? (delays[Math.floor((delays.length - 1) / 2)] as number) : null;
  return {
    bursts: bursts.length,
    detected: delays.length,
    missed,
    median_delay_min: median === null ? null : Math.round(median * 10) / 10,
    worst_delay_min: delays.length ? Math.round((delays[delays.length - 1] as number) * 10) / 10 : null,
    false_alarms,
    false_alarms_per_7d: Math.round(((false_alarms * 7) / backgroundDays) * 100) / 100,
  };
}

function runMode(data: NonNullable<ReturnType<typeof load>>, label: Labeller) {
  const ours: number[] = [];
  const theirs: number[] = [];
  const bursts: Burst[] = [];
  const quiet: number[] = [];
  const quietNaive: number[] = [];
  let offset = 0;
  let events = 0;
  let ms = 0;
  let naiveMs = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    // Each seed's run is shifted on a common time line so the figures can be pooled.
    const shift = offset;
    offset += DAYS * DAY;
    const s = buildStream(seed, data, label, true);
    const t0 = performance.now();
    const engine = new DetectionEngine(CONFIG);
    const alerts: Alert[] = [];
    for (const e of s.events) alerts.push(...engine.push(e));
    ms += performance.now() - t0;
    events += s.events.length;
    ours.push(
      ...alerts
        .filter((a) => a.phase === "open" && a.kind.endsWith("_spike"))
        .map((a) => Date.parse(a.at) + shift),
    );
    const t1 = performance.now();
    theirs.push(...naive(s.events).map((a) => a.at + shift));
    naiveMs += performance.now() - t1;
    bursts.push(...s.bursts.map((b) => ({ ...b, start: b.start + shift })));
    // The same background with no bursts: every alert is a false one.
    const bg = buildStream(seed + 1000, data, label, false);
    const e2 = new DetectionEngine(CONFIG);
    let n = 0;
    for (const e of bg.events)
      n += e2.push(e).filter((a) => a.phase === "open" && a.kind.endsWith("_spike")).length;
    quiet.push(n);
    quietNaive.push(naive(bg.events).length);
  }
  const bgDays = SEEDS * (DAYS - 2);
  const per7 = (xs: number[]) => Math.round(((xs.reduce((a, b) => a + b, 0) * 7) / bgDays) * 100) / 100;
  return {
    firebreak: { ...score(ours, bursts, bgDays), background_only_false_alarms_per_7d: per7(quiet) },
    naive_hourly_mean_3sd: {
      ...score(theirs, bursts, bgDays),
      background_only_false_alarms_per_7d: per7(quietNaive),
    },
    events_per_second: Math.round(events / (ms / 1000)),
    // Speed against the naive hourly rule on the same streams in the same run (the machine's load cancels).
    naive_events_per_second: Math.round(events / (naiveMs / 1000)),
    time_ratio_vs_naive: Math.round((ms / naiveMs) * 10) / 10,
  };
}

const data = load();
if (!data) {
  console.log(
    JSON.stringify({ error: `benchmark data missing: put the files of /work/shared/data in ${DATA}` }),
  );
  process.exit(1);
}
const t0 = Date.now();
const labels = runMode(data, byLabel);
process.stderr.write(`labels done in ${Math.round((Date.now() - t0) / 1000)} s\n`);
const t1 = Date.now();
// The product path: sentiment and topics from src/nlp, exactly as listening stores them on mentions.
const withClassifier = runMode(data, byClassifier);
process.stderr.write(`classifier done in ${Math.round((Date.now() - t1) / 1000)} s\n`);
console.log(
  JSON.stringify(
    {
      setup: {
        days: DAYS,
        mentions_per_day: PER_DAY,
        seeds: SEEDS,
        bursts_per_seed: BURSTS,
        burst: `${BURST_SIZE} real airline complaints in 60 minutes, one topic, one source`,
        warmup_days: WARMUP_DAYS,
        config: CONFIG,
        background_pool: data.background.length,
        detected_if: "first spike alert within 2 h of burst start; any other alert is false",
      },
      labels,
      classifier: withClassifier,
    },
    null,
    2,
  ),
);
