/**
 * Detection benchmark: real texts (bench half of /work/shared/data, see detect-data.ts) on a synthetic
 * clock with a shop-like daily and weekly rhythm and day-to-day noise, waves of real complaints dropped
 * in at known times. Ten scenarios (detect-scenarios.ts: issue 15's seven; 8: the large shop stamped to the
 * minute; 9: threads of one customer's complaints in the background; 10: a shop in its own language,
 * not English), several seeds each; for every scenario: waves found,
 * median and 90th-percentile delay, false alarms per 7 days, for Firebreak (fed by the product's
 * classifier, never by the data's labels) and two reference detectors written in detect-refs.ts.
 * Repeatable: every random draw is seeded. Run: npm run bench:detect [-- --seeds 5 --split bench
 * --only 1,2,7 --config '{"riseFactors":[2,4,12]}' --charge level --daily off --day-floor off --spread off --share-cal on --excess off|on|scope
 * --young-line off|scope|early|both --background poisson|gamma|weekend|grow|mixed --week-pool on|off]
 * `--trace` prints each wave's day and weekday, and a missed wave's main series an hour (detect-trace.ts);
 * `--state-window SEED:FROM:TO` their divisors, level excess and statistics (detect-state-trace.ts).
 * `--background` (detect-background.ts): the background's arrivals under one of the null bench's
 * conditions (null-arrival.ts), `mixed` one per seed; poisson, the default, is the bench as it was.
 */

import { weekdayByLevel } from "../src/detection/detectors/baseline.js";
import { batchSpread } from "../src/detection/detectors/batches.js";
import { dailyTest } from "../src/detection/detectors/daily.js";
import { DetectionEngine } from "../src/detection/detectors/engine.js";
import { dayFloor } from "../src/detection/detectors/level-error.js";
import { lineShrunk, rateDispersion } from "../src/detection/detectors/rate-dispersion.js";
import { levelCharge } from "../src/detection/detectors/sequential.js";
import { shareCalibration } from "../src/detection/detectors/share-calibration.js";
import { poisson, seededRandom } from "../src/detection/detectors/synthetic.js";
import type { MentionEvent } from "../src/detection/detectors/types.js";
import { classify, type Sentiment, type Topic } from "../src/nlp/index.js";
import { arg } from "./cli-arg.js";
import {
  backgroundOption,
  backgroundStream,
  type Condition,
  conditionFor,
  type Timed,
  usualRate,
} from "./detect-background.js";
import { DATA, loadPools, type Pools, type Row } from "./detect-data.js";
import { meanThreeSigma, poissonCusum, type Reference } from "./detect-refs.js";
import { pick, type Scenario, scenarios } from "./detect-scenarios.js";
import { parseStateWindow, stateTracer } from "./detect-state-trace.js";
import { type Hourly, hourlyRecorder, trace } from "./detect-trace.js";
import { setEngineFlags } from "./engine-flags.js";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const START = Date.parse("2025-01-06T00:00:00Z"); // a Monday
const SEEDS = Number(arg("seeds", "5"));
const SPLIT = arg("split", "bench") as "bench" | "dev";
const ONLY = arg("only", "");
const BACKGROUND = backgroundOption(process.argv);
/** Detector settings to try (`--config '{"falseAlarmsPerWeek":0.5}'`); the product's defaults otherwise. */
const CONFIG = JSON.parse(arg("config", "{}")) as Record<string, unknown>;
/**
 * `--charge level`: the baseline's error charged as a level error per member (level-error.ts, the sixth
 * pass's try) instead of the product's dispersion and young-baseline divisor.
 */
levelCharge.on = arg("charge", "dispersion") === "level";
/** `--daily off`: no source is tested as days (the engine before the tenth pass; detectors/daily.ts). */
dailyTest.on = arg("daily", "on") !== "off";
/** `--spread off`: a polled source's batches counted at their stamp (before the eleventh pass; batches.ts). */
batchSpread.on = arg("spread", "on") !== "off";
/** `--day-floor off`: young thresholds do not pay for an unseen day (level-error.ts, before the tenth pass). */
dayFloor.on = arg("day-floor", "on") !== "off";
/** `--nb off`: one dispersion a series, not one that grows with the rate (before the sixteenth pass). */
rateDispersion.on = arg("nb", "on") !== "off";
/** `--nb-shrink off`: the rate's line counts at its value, not its lower bound (before the seventeenth pass). */
lineShrunk.on = arg("nb-shrink", "on") !== "off";
/** `--share-cal on`: the share test's threshold measured per usual share (the eighteenth pass's try). */
shareCalibration.on = arg("share-cal", "off") === "on";
setEngineFlags(arg);
/** `--dow-level off`: a weekday's factor is its mean count (before the sixteenth pass; baseline.ts). */
weekdayByLevel.on = arg("dow-level", "on") !== "off";
/** `--trace`: one line per wave on stderr: its delay and the series whose alert found it. */
const TRACE = process.argv.includes("--trace");
/** `--state-window 2:20.9:21.5`: seed 2's main series' state an hour, days 20.9–21.5 (detect-state-trace.ts). */
const STATE_WINDOW = parseStateWindow(arg("state-window", ""));
/**
 * Scored from here: a new shop's first two weeks are learning (the weekday profile is trusted from day
 * 14), not judged. Waves start after it; false alarms count from it.
 */
const WARMUP_DAYS = 14;
const SOURCES = ["twitter", "facebook", "reviews"] as const;
const SPIKE_KINDS = new Set(["volume_spike", "negative_spike", "topic_spike"]);

interface Labelled {
  sentiment: Sentiment;
  topics: Topic[];
  complaint: boolean;
  language: string;
}
const classified = new Map<string, Labelled>();
function classifyRow(r: Row): Labelled {
  let c = classified.get(r.text);
  if (!c) {
    const k = classify({ text: r.text });
    c = { sentiment: k.sentiment, topics: k.topics, complaint: k.complaint, language: k.language };
    classified.set(r.text, c);
  }
  return c;
}

/** The scenario's threads: each a customer's 5–9 complaints within 30 minutes, at any hour. */
function threads(s: Scenario, rand: () => number, complaints: Row[]): Timed[] {
  const out: Timed[] = [];
  for (let day = 0; day < s.days; day++)
    for (let j = 0; j < (s.threadsPerDay ?? 0); j++) {
      const start = START + day * DAY + Math.floor(rand() * DAY);
      const n = 5 + Math.floor(rand() * 5);
      for (let i = 0; i < n; i++)
        out.push({
          t: start + Math.floor(rand() * 30 * MIN),
          row: pick(rand, complaints),
          author: `thread-${day}-${j}`,
        });
    }
  return out;
}

/**
 * The slow crisis: extra complaints at 3× the usual complaint rate × (time into the ramp ÷ 3 h), the
 * usual rate the background's under condition `c` (a growing shop's is that day's).
 */
function rampWave(
  s: Scenario,
  c: Condition,
  start: number,
  rand: () => number,
  negShare: number,
  negatives: Row[],
): Timed[] {
  const out: Timed[] = [];
  for (let t = start; t < start + 3 * HOUR; t += MIN) {
    const usual = (s.perDay / 1440) * usualRate(c, t, START) * negShare;
    const n = poisson(rand, usual * 3 * ((t - start) / (3 * HOUR)));
    for (let i = 0; i < n; i++) out.push({ t: t + Math.floor(rand() * MIN), row: pick(rand, negatives) });
  }
  return out;
}

/** Wave starts: one every few days after the warm-up, at any hour of day or night. */
function waveStarts(s: Scenario, rand: () => number): number[] {
  const first = WARMUP_DAYS + 1;
  const span = (s.days - first - 1) / s.wavesPerSeed;
  return Array.from({ length: s.wavesPerSeed }, (_, i) => {
    const day = first + Math.floor(i * span + rand() * Math.max(1, span - 1));
    return START + day * DAY + Math.floor(rand() * 24 * 60) * MIN;
  });
}

interface Outcome {
  delays: number[];
  missed: number;
  falseAlarms: number;
  scoredDays: number;
}
const newOutcome = (): Outcome => ({ delays: [], missed: 0, falseAlarms: 0, scoredDays: 0 });

function score(out: Outcome, alarms: number[], starts: number[], span: number, days: number) {
  const from = START + WARMUP_DAYS * DAY;
  for (const s of starts) {
    const hit = alarms.find((a) => a >= s && a <= s + span);
    if (hit === undefined) out.missed++;
    else out.delays.push((hit - s) / MIN);
  }
  for (const a of alarms)
    if (a >= from && !starts.some((s) => a >= s - 5 * MIN && a <= s + span)) out.falseAlarms++;
  out.scoredDays += days - WARMUP_DAYS - (starts.length * span) / DAY;
}

function runSeed(s: Scenario, seed: number, pools: Pools, outs: Record<string, Outcome>) {
  const rand = seededRandom(seed * 7919 + s.perDay);
  const condition = conditionFor(BACKGROUND, seed);
  const bg = backgroundStream(s, rand, condition, START);
  const starts = waveStarts(s, rand);
  const negatives = pools.airline.filter((r) => r.label === "negative");
  const bgNegShare = bg.filter((x) => classifyRow(x.row).sentiment === "negative").length / bg.length;
  const waves = starts.flatMap((start) =>
    s.shape === "ramp"
      ? rampWave(s, condition, start, rand, bgNegShare, negatives)
      : s.wave(rand).map((row) => ({ t: start + Math.floor(rand() * HOUR), row })),
  );
  const stamped = (t: number) => (s.stamp === "minute" ? Math.floor(t / MIN) * MIN : t);
  const stream: Timed[] = [...bg, ...threads(s, rand, negatives), ...waves]
    .map((x) => ({ ...x, t: stamped(x.t) }))
    .sort((a, b) => a.t - b.t);
  const hourly: Hourly = new Map();
  const engine = new DetectionEngine(CONFIG, TRACE ? { onPoint: hourlyRecorder(hourly) } : {});
  const refs: Record<string, Reference> = { mean_3sigma: meanThreeSigma(), poisson_cusum: poissonCusum() };
  const alarms: Record<string, number[]> = { firebreak: [], mean_3sigma: [], poisson_cusum: [] };
  const firedBy: string[] = [];
  const note = (name: string, t: number | null) => {
    if (t !== null) alarms[name]?.push(t);
  };
  const traceState =
    STATE_WINDOW?.seed === seed ? stateTracer(engine, STATE_WINDOW, START) : (_t: number) => undefined;
  stream.forEach((x, i) => {
    traceState(x.t);
    const c = classifyRow(x.row);
    const m: MentionEvent = {
      type: "mention",
      id: `m${i}`,
      at: new Date(x.t).toISOString(),
      source: SOURCES[i % 3 === 0 ? 1 : i % 7 === 0 ? 2 : 0],
      sentiment: c.sentiment,
      topics: c.topics,
      complaint: c.complaint,
      language: c.language,
      text: x.row.text,
      author: x.author ?? `u${i}`,
    };
    for (const a of engine.push(m))
      if (a.phase === "open" && SPIKE_KINDS.has(a.kind)) {
        note("firebreak", x.t);
        firedBy.push(
          `${a.series} (${a.observed} in ${a.windowMinutes} min, ${a.expected.toFixed(1)} expected)`,
        );
      }
    for (const [name, r] of Object.entries(refs))
      note(name, c.sentiment === "negative" ? r.negative(x.t) : r.advance(x.t));
  });
  const span = s.shape === "ramp" ? 4 * HOUR : 2 * HOUR;
  if (TRACE) {
    const [from, tag] = [
      START + WARMUP_DAYS * DAY,
      `${s.name.slice(0, 2)}seed ${seed}${BACKGROUND === "poisson" ? "" : ` ${condition}`}`,
    ];
    trace({ tag, from, starts, span, at: alarms["firebreak"] ?? [], by: firedBy, hourly, engine });
  }
  for (const name of Object.keys(alarms))
    score(outs[name] as Outcome, alarms[name] as number[], starts, span, s.days);
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] as number) * 10) / 10;
};

function summary(o: Outcome) {
  const bursts = o.delays.length + o.missed;
  return {
    bursts,
    found: o.delays.length,
    found_share: Math.round((o.delays.length / Math.max(1, bursts)) * 1000) / 1000,
    median_delay_min: quantile(o.delays, 0.5),
    p90_delay_min: quantile(o.delays, 0.9),
    false_alarms_per_7d: Math.round((o.falseAlarms / Math.max(1e-9, o.scoredDays)) * 7 * 100) / 100,
  };
}

function main() {
  const pools = loadPools(SPLIT);
  if (!pools) {
    process.stderr.write(`bench:detect: the data is missing (looked in ${DATA}); nothing to measure\n`);
    process.exitCode = 1;
    return;
  }
  const began = Date.now();
  const results: Record<string, unknown> = {};
  for (const s of scenarios(pools)) {
    // `--only 1,10`: by the scenario's number, so 1 does not also pick 10.
    if (ONLY && !ONLY.split(",").includes(s.name.split(" ")[0] ?? "")) continue;
    const outs: Record<string, Outcome> = {
      firebreak: newOutcome(),
      mean_3sigma: newOutcome(),
      poisson_cusum: newOutcome(),
    };
    for (let seed = 1; seed <= SEEDS; seed++) runSeed(s.forSeed?.(seed) ?? s, seed, pools, outs);
    results[s.name] = Object.fromEntries(Object.entries(outs).map(([k, o]) => [k, summary(o)]));
    process.stderr.write(`bench:detect: ${s.name} done, ${Math.round((Date.now() - began) / 1000)} s\n`);
  }
  const out = {
    split: SPLIT,
    config: CONFIG,
    charge: levelCharge.on ? "level" : "dispersion",
    // Only when not the default, so a poisson run prints what the bench always printed.
    ...(BACKGROUND === "poisson"
      ? {}
      : {
          background: BACKGROUND,
          conditions: Array.from({ length: SEEDS }, (_, i) => conditionFor(BACKGROUND, i + 1)),
        }),
    seeds: SEEDS,
    warmup_days: WARMUP_DAYS,
    rows: {
      airline: pools.airline.length,
      english: pools.english.length,
      other: pools.otherLanguages.length,
      polish: pools.polish.length,
    },
    seconds: Math.round((Date.now() - began) / 1000),
    scenarios: results,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();
