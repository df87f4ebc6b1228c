/**
 * One null-bench stream traced hour by hour (twenty-third pass of issue 15): for the series asked, each
 * hour's observed and expected count with the divisors and charges the tests read at its end (φ, the
 * young-free φ, the divisor in use, the level excess shown, the young weekday's shape charge for the
 * hour starting), so an alarm of bench/detect-null.ts can be
 * put down to the estimate that let it through. The stream is detect-null.ts's `workspace` stream under
 * an arrival condition, drawn the same way (same seeds, same mentions).
 * Run: npx tsx bench/detect-null-trace.ts --arrival gamma --size 3000 --seed 2 --from 15 --to 16
 * [--series volume,negative] [--alarms-only on] plus the engine flags of bench/engine-flags.ts (`--young-phi on` …).
 */

import { dayIndex, dayOfWeek, youngShapeVariance } from "../src/detection/detectors/baseline.js";
import { dayShapeVariance } from "../src/detection/detectors/day-shape.js";
import { youngDayOf } from "../src/detection/detectors/day-spread.js";
import { DetectionEngine } from "../src/detection/detectors/engine.js";
import { DAY_VARIANCE, WARMED_VARIANCE } from "../src/detection/detectors/level-error.js";
import { excessVariance, matureExcessOf } from "../src/detection/detectors/level-excess.js";
import type { SeqState } from "../src/detection/detectors/sequential.js";
import { seededRandom } from "../src/detection/detectors/synthetic.js";
import type { MentionEvent } from "../src/detection/detectors/types.js";
import { youngSpread } from "../src/detection/detectors/week-shape.js";
import { weekdaysDiffer } from "../src/detection/detectors/weekdays-differ.js";
import { localHour } from "../src/detection/detectors/zone.js";
import { arg } from "./cli-arg.js";
import { setEngineFlags } from "./engine-flags.js";
import { type Arrival, arrivalPosts, arrivalStart, pollSource, zoneOf } from "./null-arrival.js";
import { drawMention } from "./null-mix.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
setEngineFlags(arg);
const ARRIVAL = arg("arrival", "gamma") as Arrival;
const SIZE = Number(arg("size", "3000"));
const SEED = Number(arg("seed", "2"));
const FROM = Number(arg("from", "15"));
const TO = Number(arg("to", "16"));
const SERIES = arg("series", "volume,negative").split(",");
/** `--alarms-only on`: no hourly lines, each alarm with the charges its threshold paid (thirtieth pass). */
const ALARMS_ONLY = arg("alarms-only", "off") === "on";
const START = arrivalStart(ARRIVAL, Date.parse("2025-01-06T00:00:00Z"));

/** detect-null.ts's drawMention and arrivalStream, the random draws in the same order. */
function stream(): MentionEvent[] {
  const draw = { start: START, days: 35, perDay: SIZE, seed: SEED * 31 + SIZE, sigma: 0.15 };
  const posts = arrivalPosts(ARRIVAL === "poll" ? "none" : ARRIVAL, draw);
  const rand = seededRandom(SEED * 104_729 + SIZE);
  const made: MentionEvent[] = [];
  const events = posts.map((p) => {
    const of = p.of >= 0 ? made[p.of] : undefined;
    const at = new Date(p.t).toISOString();
    let e: MentionEvent;
    if (of) e = { ...of, id: `n${p.i}`, at };
    else e = drawMention(rand, p.t, p.i, `Post ${p.i} about an order from the shop`);
    made[p.i] = e;
    return e;
  });
  return ARRIVAL === "poll" ? pollSource(events, "reviews", SEED) : events;
}

const hourly = new Map<string, [number, number]>();
const zone = zoneOf(ARRIVAL);
const engine = new DetectionEngine(
  {},
  {
    ...(zone ? { zone } : {}),
    onPoint: (p) => {
      if (!SERIES.includes(p.series)) return;
      const v = hourly.get(p.series) ?? [0, 0];
      hourly.set(p.series, [v[0] + p.observed, v[1] + p.expected]);
    },
  },
);
const f = (x: number | undefined, d = 2) => (x === undefined ? "-" : x.toFixed(d));
/** The level-error charges an alarm's threshold paid at `at` (level-excess.ts excessThresholdOf's parts). */
function charges(key: string, at: number): string {
  const state = engine.toJSON(false);
  const seq = state.series[key]?.seq as SeqState | undefined;
  const scope = state.series["volume"]?.seq as SeqState | undefined;
  const p = state.profiles.mentions;
  if (!seq || !p) return "";
  const noise = Math.max(1, scope?.phiNow ?? scope?.phi ?? 1);
  const wd = dayOfWeek(p, at);
  const own = dayShapeVariance(p.week, dayIndex(p, at), localHour(p, at), noise);
  const spread = youngSpread(p.week, wd);
  const differ = weekdaysDiffer(p.week).differ;
  const excess = Math.max(excessVariance(seq), scope ? excessVariance(scope) : 0);
  const shown = Math.max(excess, youngShapeVariance(p, at, noise));
  const floor = youngDayOf(p, at, DAY_VARIANCE);
  return (
    ` | excess ${f(excess, 3)} dayShape ${f(own, 3)} spread ${f(spread, 3)}${differ ? "" : "(shut)"} shown ${f(shown, 3)}` +
    `${shown > WARMED_VARIANCE ? " OVER-CAP" : ""} unseen ${f(floor.unseen)} dayVar ${f(floor.variance, 3)} φ ${f(seq.phi)} D ${f(seq.phiNow)} days ${f(p.days, 1)}`
  );
}

let hour = Number.NaN;
for (const e of stream()) {
  const h = Math.floor(Date.parse(e.at) / HOUR);
  if (h !== hour) {
    const day = (hour * HOUR - START) / DAY;
    // Nothing after the window is printed: stop there.
    if (day >= TO) break;
    if (day >= FROM && day < TO && !ALARMS_ONLY) {
      const state = engine.toJSON(false);
      const scope = state.series["volume"]?.seq as SeqState | undefined;
      const week = state.profiles.mentions?.week;
      const gate = weekdaysDiffer(week);
      // The young weekday's shape charge in force for the hour starting now (day-shape.ts, week-shape.ts).
      const noise = Math.max(1, scope?.phiNow ?? scope?.phi ?? 1);
      const mentions = state.profiles.mentions;
      const shape = mentions ? youngShapeVariance(mentions, h * HOUR + 1, noise) : 0;
      for (const key of SERIES) {
        const seq = state.series[key]?.seq as SeqState | undefined;
        const [o, ex] = hourly.get(key) ?? [0, 0];
        if (!seq) continue;
        process.stdout.write(
          `d${day.toFixed(2)} ${key} ${o}/${ex.toFixed(1)} φ ${f(seq.phi)} φm ${f(seq.phiMature)} ` +
            `D ${f(seq.phiNow)} φin ${f(seq.phiIn)} excess ${f(excessVariance(seq), 4)} mature ${f(matureExcessOf(seq), 4)} ` +
            `scope ${f(scope ? excessVariance(scope) : undefined, 4)} shape ${f(shape, 4)} gate ${gate.differ ? "open" : "shut"} B/df ${f(gate.between / gate.dfBetween)} W/df ${f(gate.within / gate.dfWithin)} df ${f(gate.dfBetween, 0)},${f(gate.dfWithin, 1)}\n`,
        );
      }
    }
    hourly.clear();
    hour = h;
  }
  for (const a of engine.push(e))
    if (a.phase === "open")
      process.stdout.write(
        `ALERT d${((Date.parse(a.at) - START) / DAY).toFixed(3)} ${a.at.slice(11, 16)} ${a.series} ${a.observed}/${a.expected.toFixed(1)}${charges(a.series, Date.parse(a.at))}\n`,
      );
}
