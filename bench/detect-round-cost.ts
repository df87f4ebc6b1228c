/**
 * `tsx bench/detect-round-cost.ts`: the main-thread CPU a rush's detection round spends per 1,000
 * mentions it feeds, in process and without a store: building each mention's event from what the
 * listening service hands over (live.ts, mentionEventOf) and the engine's push. Mentions as bench:load
 * stores them (its bodies, classified as ingest classifies them, a batch of 1,000 on one received time,
 * eight batches a second), and, when /work/shared/data is there, real tweets in five languages with
 * authors. Two engines: a fresh one (bench:load's server) and one warmed on three days of synthetic
 * traffic (a shop's server). BENCH_BATCHES (default 40) batches, BENCH_REPEAT (default 5) passes; the
 * median pass is printed. Where ingest hands the crisis-signal words over (src/listening/signals.ts) the
 * events take them; BENCH_FROM_STORE=1 feeds copies instead, as a round gets mentions another process
 * stored. `signal_words_from_text_ms_per_1000` is what reading every text for them costs.
 *
 * `digest` hashes every alert raised and the engine's state after each pass: two trees that print the
 * same digests fed the engine the same events and it decided the same.
 */
import { createHash } from "node:crypto";
import { DetectionEngine, type EngineState } from "../src/detection/detectors/engine.js";
import { backgroundMentions } from "../src/detection/detectors/synthetic.js";
import type { Alert, DetectionEvent } from "../src/detection/detectors/types.js";
import { type FeedMention, mentionEventOf } from "../src/detection/live.js";
import * as nlp from "../src/nlp/index.js";
import { loadPools } from "./detect-data.js";
import { batch } from "./load-bodies.js";

const BATCHES = Number(process.env["BENCH_BATCHES"] ?? 40);
const REPEAT = Number(process.env["BENCH_REPEAT"] ?? 5);
const DAY = 86_400_000;
const START = Date.parse("2026-03-02T00:00:00Z");
const RUSH_AT = START + 3 * DAY + 14 * 3_600_000;

/**
 * Ingest hands detection the crisis-signal words it read while classifying (src/listening/signals.ts);
 * a tree without that hand-over reads every text in the round.
 */
type Reading = { classification: ReturnType<typeof nlp.classify>; signals: string[] };
const withSignals = (nlp as unknown as Record<string, unknown>)["classifyWithSignals"] as
  | ((input: { text: string }) => Reading)
  | undefined;
const handover = withSignals
  ? ((await import("../src/listening/signals.js" as string)) as {
      noteSignals: (m: object, s: readonly string[]) => void;
    })
  : undefined;

let serial = 0;
/** A mention as ingest stores it and the listening service hands it to detection. */
function stored(text: string, at: number, extra: Partial<FeedMention> = {}): FeedMention {
  const read = withSignals?.({ text });
  const c = read?.classification ?? nlp.classify({ text });
  const m: FeedMention = {
    id: `r${String(serial++).padStart(8, "0")}`,
    text,
    created_at: new Date(at).toISOString(),
    source: "bench",
    sentiment: c.sentiment,
    topics: c.topics,
    author: null,
    author_followers: null,
    language: c.language,
    complaint: c.complaint,
    ...extra,
  };
  if (read && handover) handover.noteSignals(m, read.signals);
  return m;
}

function benchMentions(): FeedMention[] {
  const out: FeedMention[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const at = RUSH_AT + b * 125;
    const body = JSON.parse(batch()) as { mentions: { text: string }[] };
    for (const m of body.mentions) out.push(stored(m.text, at));
  }
  return out;
}

function realMentions(): FeedMention[] | null {
  const pools = loadPools("dev");
  if (!pools) return null;
  const texts = [...pools.airline, ...pools.english, ...pools.otherLanguages, ...pools.polish].map(
    (r) => r.text,
  );
  const out: FeedMention[] = [];
  for (let i = 0; i < BATCHES * 1000; i++) {
    const text = texts[(i * 7919) % texts.length] as string;
    const author = i % 3 === 0 ? null : `user${i % 5000}`;
    out.push(
      stored(text, RUSH_AT + Math.floor(i / 1000) * 125 + (i % 1000), {
        source: ["twitter", "facebook", "reviews"][i % 3] as string,
        author,
        author_followers: author === null ? null : (i * 37) % 20_000,
      }),
    );
  }
  return out;
}

/** Three days of a shop's traffic: the engine is warm (48 h) when the rush comes. */
function warmState(): EngineState {
  const engine = new DetectionEngine({});
  const mix = {
    negativeShare: 0.2,
    topicShare: { delivery: 0.4, payment: 0.2 },
    sources: ["twitter", "facebook", "reviews", "bench"],
  };
  for (const e of backgroundMentions(
    { start: START, days: 3, perDay: 20_000, seed: 7, dailySigma: 0.1 },
    mix,
  ))
    engine.push(e);
  engine.advance(RUSH_AT - 60_000);
  return engine.toJSON();
}

const cpuMs = (t0: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (n: number) => Math.round(n * 100) / 100;

function measure(given: FeedMention[], state: EngineState | null) {
  let mentions = given;
  const per = mentions.length / 1000;
  const passes: { events: number; signals: number; push: number; digest: string }[] = [];
  // As a round gets them from the store (another process stored them): no signals handed over.
  const copies = process.env["BENCH_FROM_STORE"] === "1";
  if (copies) mentions = mentions.map((m) => ({ ...m }));
  for (let r = 0; r < REPEAT; r++) {
    const engine = state ? DetectionEngine.fromJSON(state, {}) : new DetectionEngine({});
    let t0 = process.cpuUsage();
    for (const m of mentions) nlp.crisisSignals(m.text, m.language === "und" ? undefined : m.language);
    const signals = cpuMs(t0);
    t0 = process.cpuUsage();
    const events: DetectionEvent[] = mentions.map(mentionEventOf);
    const built = cpuMs(t0);
    const alerts: Alert[] = [];
    t0 = process.cpuUsage();
    for (const e of events) alerts.push(...engine.push(e));
    const push = cpuMs(t0);
    const digest = createHash("sha1")
      .update(JSON.stringify(alerts))
      .update(JSON.stringify(engine.toJSON()))
      .digest("hex")
      .slice(0, 12);
    passes.push({ events: built, signals, push, digest: `${digest}/${alerts.length}` });
  }
  const digests = [...new Set(passes.map((p) => p.digest))];
  return {
    mentions: mentions.length,
    event_ms_per_1000: round(median(passes.map((p) => p.events)) / per),
    // Reading every text for its signals (what a round does for mentions it did not get from ingest).
    signal_words_from_text_ms_per_1000: round(median(passes.map((p) => p.signals)) / per),
    push_ms_per_1000: round(median(passes.map((p) => p.push)) / per),
    total_ms_per_1000: round(median(passes.map((p) => p.events + p.push)) / per),
    digest: digests.length === 1 ? digests[0] : digests,
  };
}

const bench = benchMentions();
const real = realMentions();
const warm = warmState();
const out: Record<string, unknown> = {
  signals_handed_over: handover !== undefined && process.env["BENCH_FROM_STORE"] !== "1",
  batches: BATCHES,
  repeat: REPEAT,
  bench_texts_fresh_engine: measure(bench, null),
  bench_texts_warm_engine: measure(bench, warm),
};
if (real) {
  out["real_texts_fresh_engine"] = measure(real, null);
  out["real_texts_warm_engine"] = measure(real, warm);
}
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
