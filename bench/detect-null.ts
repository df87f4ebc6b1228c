/**
 * False alarms on synthetic null traffic shaped like a workspace (issue 15): no wave at all, so every
 * opening spike alert is a false alarm. Three sources, four languages, five topics, 25 % negative, the
 * bench's shop rhythm and log-normal day-to-day noise (σ = 0.15 unless `--sigma`). Counts alarms a week on
 * days 2–14 (a young baseline) and 14–`--days`, for the baseline's error charged as a dispersion (the
 * engine until the sixth pass) and as a level error per member (level-error.ts), in the same run.
 * Run: npx tsx bench/detect-null.ts [--sizes 40,300,3000,20000 --seeds 4 --first-seed 1 --days 35
 * --modes old,new --shape workspace|doc --config '{"baseline":{"freezeHours":6}}'
 * --arrival none,gamma,hawkes,poll,la,la-fall,tokyo,weekend,grow,shrink,dup --spread on|off --zone on|off
 * --week on|off --week-pool on|off --nb on|off --dow-level on|off --share-cal on|off --excess off|on|scope
 * --young-line off|scope|early|both]
 * `--zone off`: the engine reads the zone conditions' traffic on UTC's clock, as before the thirteenth pass
 * (the product reads the shop's zone, detectors/zone.ts).
 * `--arrival` (eleventh pass, bench/null-arrival.ts): the `workspace` stream under each arrival condition,
 * with the product's engine (mode `floor`) unless `--modes` says otherwise; JSON per condition and size,
 * against the budget (`falseAlarmsPerWeek`, 1 unless `--config` sets it).
 */

import { weekdayByLevel } from "../src/detection/detectors/baseline.js";
import { batchSpread } from "../src/detection/detectors/batches.js";
import { DetectionEngine } from "../src/detection/detectors/engine.js";
import { dayFloor } from "../src/detection/detectors/level-error.js";
import { lineShrunk, rateDispersion } from "../src/detection/detectors/rate-dispersion.js";
import { levelCharge } from "../src/detection/detectors/sequential.js";
import { shareCalibration } from "../src/detection/detectors/share-calibration.js";
import { backgroundMentions, seasonalTimes, seededRandom } from "../src/detection/detectors/synthetic.js";
import type { MentionEvent } from "../src/detection/detectors/types.js";
import { weekShape } from "../src/detection/detectors/week-shape.js";
import { oneLinePerRise } from "../src/detection/replay-collapse.js";
import type { Topic } from "../src/nlp/index.js";
import { arg } from "./cli-arg.js";
import { setEngineFlags } from "./engine-flags.js";
import { type Arrival, arrivalPosts, arrivalStart, pollSource, zoneOf } from "./null-arrival.js";
import { drawMention } from "./null-mix.js";

const DAY = 86_400_000;
const START = Date.parse("2025-01-06T00:00:00Z");
const SIZES = arg("sizes", "40,300,3000,20000").split(",").map(Number);
const SEEDS = Number(arg("seeds", "4"));
const FIRST = Number(arg("first-seed", "1"));
const DAYS = Number(arg("days", "35"));
const SIGMA = Number(arg("sigma", "0.15"));
/**
 * `old`: the baseline's error charged as a dispersion, without the tenth pass's young day floor (the
 * product until then); `new`: as a level error (sixth pass); `floor`: the product since the tenth pass
 * (level-error.ts `youngDayRefuses`).
 */
/** `--dow-level off`: each weekday's factor its mean count a bucket, as before the sixteenth pass (baseline.ts). */
weekdayByLevel.on = arg("dow-level", "on") !== "off";
/** `--nb off`: one dispersion φ per series, as before the sixteenth pass (detectors/rate-dispersion.ts). */
rateDispersion.on = arg("nb", "on") !== "off";
/** `--nb-shrink off`: the rate's line counts at its value, not its lower bound (before the seventeenth pass). */
lineShrunk.on = arg("nb-shrink", "on") !== "off";
/** `--spread off`: a polled source's batches counted at their stamp (the engine before the eleventh pass). */
batchSpread.on = arg("spread", "on") !== "off";
const ARRIVALS = arg("arrival", "").split(",").filter(Boolean) as Arrival[];
const ZONE = arg("zone", "on") === "on";
/** `--week off`: one hour shape for every day, as before the fourteenth pass (detectors/week-shape.ts). */
weekShape.on = arg("week", "on") !== "off";
/**
 * `--share-cal on`: the share test's threshold measured per usual share (the eighteenth pass's try), in
 * every mode. Mode `measured` (`--modes floor,measured`): the product's engine with it, beside the
 * product on the same streams.
 */
const SHARE_CAL = arg("share-cal", "off") === "on";
setEngineFlags(arg);
const MODES = arg("modes", ARRIVALS.length ? "floor" : "old,new").split(",");
/** Detector settings to try (`--config '{"baseline":{"freezeHours":0}}'`); the product's defaults otherwise. */
const CONFIG = JSON.parse(arg("config", "{}")) as Record<string, unknown>;
/**
 * `--shape doc`: the shape of the null-traffic runs quoted in docs/detection.md before the sixth pass
 * (backgroundMentions: ten topics on negatives only, sources twitter/reviews/email, half the languages
 * English, 60 % of negatives complaints); `workspace` (default): five topics on any mood, weighted
 * sources and languages.
 */
const SHAPE = arg("shape", "workspace");
const SPIKES = new Set(["volume_spike", "negative_spike", "topic_spike"]);
const DOC_TOPICS = {
  delivery: 0.3,
  customer_service: 0.25,
  payment: 0.1,
  product_quality: 0.15,
  returns_refunds: 0.1,
  price: 0.05,
  order_error: 0.05,
  outage: 0.03,
  fraud: 0.02,
  security: 0.01,
} as Record<Topic, number>;
const DOC_LANGUAGES = ["en", "en", "en", "de", "pl", "fr"];

function docStream(perDay: number, seed: number): MentionEvent[] {
  const rand = seededRandom(seed * 977);
  const draw = { start: START, days: DAYS, perDay, seed, dailySigma: SIGMA };
  const mix = { negativeShare: 0.25, topicShare: DOC_TOPICS, sources: ["twitter", "reviews", "email"] };
  return backgroundMentions(draw, mix).map((m) => ({
    ...m,
    language: DOC_LANGUAGES[Math.floor(rand() * DOC_LANGUAGES.length)] as string,
    complaint: m.sentiment === "negative" && rand() < 0.6,
  }));
}

function stream(perDay: number, seed: number): MentionEvent[] {
  if (SHAPE === "doc") return docStream(perDay, seed);
  const rand = seededRandom(seed * 104_729 + perDay);
  const times = seasonalTimes({
    start: START,
    days: DAYS,
    perDay,
    seed: seed * 31 + perDay,
    dailySigma: SIGMA,
  });
  return times.map((t, i) => drawMention(rand, t, i));
}

/** The `workspace` stream under an arrival condition; a copy repeats its original's text and attributes. */
function arrivalStream(a: Arrival, perDay: number, seed: number): MentionEvent[] {
  const start = arrivalStart(a, START);
  const draw = { start, days: DAYS, perDay, seed: seed * 31 + perDay, sigma: SIGMA };
  const posts = arrivalPosts(a === "poll" ? "none" : a, draw);
  const rand = seededRandom(seed * 104_729 + perDay);
  const made: MentionEvent[] = [];
  const events = posts.map((p) => {
    const of = p.of >= 0 ? made[p.of] : undefined;
    const at = new Date(p.t).toISOString();
    const e = of
      ? { ...of, id: `n${p.i}`, at }
      : drawMention(rand, p.t, p.i, `Post ${p.i} about an order from the shop`);
    made[p.i] = e;
    return e;
  });
  return a === "poll" ? pollSource(events, "reviews", seed) : events;
}

/** Openings counted; `cascade`: those less than a day after the seed's previous one (one cause, many alarms). */
interface Row {
  young: number;
  settled: number;
  cascade: number;
  /** Openings on days 2–14 the replay prints (one line per rise: replay-collapse.ts). */
  youngRises: number;
  series: string[];
}

function runSize(
  perDay: number,
  start: number,
  make: (seed: number) => MentionEvent[],
  zone: string | null = null,
) {
  const rows: Record<string, Row> = {};
  for (const mode of MODES) rows[mode] = { young: 0, settled: 0, cascade: 0, youngRises: 0, series: [] };
  for (let seed = FIRST; seed < FIRST + SEEDS; seed++) {
    const events = make(seed);
    for (const mode of MODES) {
      levelCharge.on = mode === "new";
      dayFloor.on = mode === "floor" || mode === "measured";
      shareCalibration.on = SHARE_CAL || mode === "measured";
      const engine = new DetectionEngine(CONFIG, zone && ZONE ? { zone } : {});
      const row = rows[mode] as Row;
      let last = Number.NEGATIVE_INFINITY;
      const printed = oneLinePerRise();
      for (const e of events)
        for (const a of engine.push(e)) {
          const line = printed(a);
          if (a.phase !== "open" || !SPIKES.has(a.kind)) continue;
          const day = (Date.parse(a.at) - start) / DAY;
          if (line && day < 14) row.youngRises++;
          if (day < 14) row.young++;
          else row.settled++;
          if (day - last < 1) row.cascade++;
          last = day;
          row.series.push(`s${seed} d${day.toFixed(1)} ${a.series} ${a.observed}/${a.expected.toFixed(1)}`);
        }
    }
    process.stderr.write(`detect-null: ${perDay}/day seed ${seed} done\n`);
  }
  const budget = Number((CONFIG as { falseAlarmsPerWeek?: number }).falseAlarmsPerWeek ?? 1);
  return Object.fromEntries(
    MODES.map((mode) => {
      const r = rows[mode] as Row;
      const young = Math.round(((r.young / SEEDS) * 7 * 100) / 12) / 100;
      const settled = Math.round(((r.settled / SEEDS) * 7 * 100) / (DAYS - 14)) / 100;
      return [
        mode,
        {
          per_week_days_2_14: young,
          per_week_days_14_end: settled,
          within_budget: young <= budget && settled <= budget,
          alarms_following_another_within_a_day: r.cascade,
          replay_lines_per_week_days_2_14: Math.round(((r.youngRises / SEEDS) * 7 * 100) / 12) / 100,
          alarms: r.series,
        },
      ];
    }),
  );
}

function main() {
  const head = { seeds: SEEDS, first_seed: FIRST, days: DAYS, sigma: SIGMA };
  if (ARRIVALS.length) {
    const conditions: Record<string, Record<string, unknown>> = {};
    for (const a of ARRIVALS) {
      conditions[a] = {};
      for (const perDay of SIZES) {
        process.stderr.write(`detect-null: arrival ${a}\n`);
        conditions[a][perDay] = runSize(
          perDay,
          arrivalStart(a, START),
          (seed) => arrivalStream(a, perDay, seed),
          zoneOf(a),
        );
      }
    }
    process.stdout.write(`${JSON.stringify({ ...head, conditions }, null, 2)}\n`);
    return;
  }
  const out: Record<string, Record<string, unknown>> = {};
  for (const perDay of SIZES) out[perDay] = runSize(perDay, START, (seed) => stream(perDay, seed));
  process.stdout.write(`${JSON.stringify({ ...head, sizes: out }, null, 2)}\n`);
}

main();
