/**
 * Where a steadily growing shop's expectation falls behind (sixteenth pass of issue 15): the `grow` null
 * stream (every day 2.5 % busier, bench/null-arrival.ts) replayed through the product engine, the
 * all-mentions series' observed ÷ expected by hour since the shop's midnight over days 14–35, and the
 * weekday factor the profile gives each day at its start against the day's true weight.
 * Run: npx tsx bench/detect-grow-trace.ts [--arrival grow --per-day 20000 --seed 2 --days 35]
 */
import { DetectionEngine } from "../src/detection/detectors/engine.js";
import type { MentionEvent, SeriesPoint } from "../src/detection/detectors/types.js";
import { arg } from "./cli-arg.js";
import { type Arrival, arrivalPosts, arrivalStart } from "./null-arrival.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ARRIVAL = arg("arrival", "grow") as Arrival;
const PER_DAY = Number(arg("per-day", "20000"));
const SEED = Number(arg("seed", "2"));
const DAYS = Number(arg("days", "35"));
const START = arrivalStart(ARRIVAL, Date.parse("2025-01-06T00:00:00Z"));

const draw = { start: START, days: DAYS, perDay: PER_DAY, seed: SEED * 31 + PER_DAY, sigma: 0.15 };
const events: MentionEvent[] = arrivalPosts(ARRIVAL, draw).map((p) => ({
  type: "mention",
  id: `n${p.i}`,
  at: new Date(p.t).toISOString(),
  sentiment: "neutral",
  topics: [],
  text: `Post ${p.i} about an order from the shop`,
}));
const byHour = Array.from({ length: 24 }, () => [0, 0]);
const byDay = new Map<number, [number, number]>();
const onPoint = (p: SeriesPoint) => {
  if (p.series !== "volume") return;
  const t = Date.parse(p.start);
  const day = Math.floor((t - START) / DAY);
  const d = byDay.get(day) ?? [0, 0];
  d[0] += p.observed;
  d[1] += p.expected;
  byDay.set(day, d);
  if (day < 14) return;
  const h = Math.floor(((t - START) % DAY) / HOUR);
  const v = byHour[h] as number[];
  v[0] = (v[0] as number) + p.observed;
  v[1] = (v[1] as number) + p.expected;
};
const engine = new DetectionEngine({}, { onPoint });
const opens: string[] = [];
for (const e of events)
  for (const a of engine.push(e))
    if (a.phase === "open")
      opens.push(
        `d${((Date.parse(a.at) - START) / DAY).toFixed(2)} ${a.series} ${a.observed}/${a.expected.toFixed(1)}`,
      );
const r = (v: number[]) => Math.round(((v[0] as number) / Math.max(1e-9, v[1] as number)) * 1000) / 1000;
process.stdout.write(
  `${JSON.stringify(
    {
      arrival: ARRIVAL,
      per_day: PER_DAY,
      seed: SEED,
      observed_over_expected_by_hour_days_14_on: byHour.map(r),
      observed_over_expected_by_day: [...byDay.entries()].map(([d, v]) => `${d}:${r(v)}`),
      opens,
    },
    null,
    1,
  )}\n`,
);
