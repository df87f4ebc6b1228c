/**
 * Sensitivity on a young day (thirtieth pass of issue 15): the null bench's stream under an arrival
 * condition (bench/detect-null.ts's draws), a wave of `n` mentions spread over the hour from `day`.`hour`,
 * and the minutes from the wave's start to the first spike alert opened in the 3 hours from it, beside
 * the same stream without the wave (an alert there is the stream's own: the wave's figure is then not read).
 * Run: npx tsx bench/detect-young-wave.ts --arrival weekend --size 20000 --seed 3 --at 3.875,4.625
 * --n 1000,2000 --sentiment neutral|negative, plus the engine flags of bench/engine-flags.ts.
 */

import { DetectionEngine } from "../src/detection/detectors/engine.js";
import { seededRandom } from "../src/detection/detectors/synthetic.js";
import { type MentionEvent, SPIKE_KINDS } from "../src/detection/detectors/types.js";
import { withWave } from "../src/detection/test-late-weekend.js";
import { arg } from "./cli-arg.js";
import { setEngineFlags } from "./engine-flags.js";
import { type Arrival, arrivalPosts, arrivalStart } from "./null-arrival.js";
import { drawMention } from "./null-mix.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
setEngineFlags(arg);
const ARRIVAL = arg("arrival", "weekend") as Arrival;
const SIZE = Number(arg("size", "3000"));
const SEED = Number(arg("seed", "3"));
const ATS = arg("at", "3.875").split(",").map(Number);
const NS = arg("n", "300").split(",").map(Number);
const SENTIMENT = arg("sentiment", "neutral") as MentionEvent["sentiment"];
const START = arrivalStart(ARRIVAL, Date.parse("2025-01-06T00:00:00Z"));
const SPIKES = new Set<string>(SPIKE_KINDS);

/** detect-null.ts's stream (no copies), cut at `until` days. */
function stream(until: number): MentionEvent[] {
  const draw = { start: START, days: 35, perDay: SIZE, seed: SEED * 31 + SIZE, sigma: 0.15 };
  const rand = seededRandom(SEED * 104_729 + SIZE);
  const out: MentionEvent[] = [];
  for (const p of arrivalPosts(ARRIVAL, draw)) {
    if (p.t >= START + until * DAY) break;
    out.push(drawMention(rand, p.t, p.i, `Post ${p.i} about an order from the shop`));
  }
  return out;
}

/** Minutes from `from` to the first spike alert opened within 3 hours of it, or null. */
function firstAlert(events: MentionEvent[], from: number): { minutes: number; series: string } | null {
  const engine = new DetectionEngine({});
  for (const e of events)
    for (const a of engine.push(e)) {
      const t = Date.parse(a.at);
      if (a.phase === "open" && SPIKES.has(a.kind) && t >= from && t < from + 3 * HOUR)
        return { minutes: Math.round((t - from) / 6000) / 10, series: a.series };
    }
  return null;
}

for (const at of ATS) {
  const from = START + at * DAY;
  const base = stream(at + 4 / 24);
  const own = firstAlert(base, from);
  const cells = NS.map((n) => {
    const found = firstAlert(
      withWave(base, from, n, { sentiment: SENTIMENT, language: "en", source: "twitter" }),
      from,
    );
    return `${n}: ${found ? `${found.minutes} min (${found.series})` : "missed"}`;
  });
  console.log(
    `${ARRIVAL} ${SIZE}/day seed ${SEED} day ${at} (${new Date(from).toISOString().slice(11, 16)}) ${SENTIMENT}` +
      ` | no wave: ${own ? `alert at ${own.minutes} min (${own.series})` : "none"} | ${cells.join(" | ")}`,
  );
}
