/**
 * `bench:detect --trace`: what found each wave, what raised each false alarm (with the series' last
 * hours and its observed ÷ expected per day), every series' observed ÷ expected outside the waves, and
 * the main series' dispersion. Printed on stderr: the tool behind docs/detection.md's analysis.
 */
import type { DetectionEngine } from "../src/detection/detectors/engine.js";
import type { SeriesPoint } from "../src/detection/detectors/types.js";

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * Every series' observed and expected per hour (hour index → [observed, expected, Σ observed² ÷ expected
 * over the hour's buckets, buckets with an expectation]): the last two give the dispersion of the
 * buckets around the hour's own level (see withinHour).
 */
export type Hourly = Map<string, Map<number, [number, number, number, number]>>;

export function hourlyRecorder(hourly: Hourly) {
  return (p: SeriesPoint) => {
    const h = Math.floor(Date.parse(p.start) / HOUR);
    let m = hourly.get(p.series);
    if (!m) {
      m = new Map();
      hourly.set(p.series, m);
    }
    const v = m.get(h) ?? [0, 0, 0, 0];
    const q = p.expected > 0 ? p.observed ** 2 / p.expected : 0;
    m.set(h, [v[0] + p.observed, v[1] + p.expected, v[2] + q, v[3] + (p.expected > 0 ? 1 : 0)]);
  };
}

export interface TraceRun {
  tag: string;
  /** Scored from here (ms). */
  from: number;
  starts: number[];
  span: number;
  /** Firebreak's opening alerts (ms) and, for each, the series that raised it with its figures. */
  at: number[];
  by: string[];
  hourly: Hourly;
  engine: DetectionEngine;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

const say = (r: TraceRun, text: string) => process.stderr.write(`trace ${r.tag}: ${text}\n`);

export function trace(r: TraceRun) {
  for (const start of r.starts) {
    const i = r.at.findIndex((a) => a >= start && a <= start + r.span);
    // The day of the stream and the weekday too: a wave's weekday decides which week shape it meets.
    const iso = new Date(start).toISOString();
    const when = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC, ${WEEKDAYS[new Date(start).getUTCDay()]}`;
    say(r, i < 0 ? `missed (${when})` : `${((r.at[i] as number) - start) / MIN} min by ${r.by[i]} (${when})`);
    if (i < 0) sayWaveHours(r, start);
  }
  r.at.forEach((a, i) => {
    if (a < r.from || r.starts.some((st) => a >= st - 5 * MIN && a <= st + r.span)) return;
    const before = r.starts.filter((st) => st <= a).map((st) => (a - st) / HOUR);
    const after = before.length ? `, ${Math.min(...before).toFixed(1)} h after a wave began` : "";
    say(r, `false alarm by ${r.by[i]}${after}`);
    // The series' last 8 hours, observed/expected, the alarm's hour last; then its days.
    const m = r.hourly.get((r.by[i] ?? "").split(" ")[0] ?? "");
    const h = Math.floor(a / HOUR);
    const hours = Array.from({ length: 8 }, (_, j) => m?.get(h - 7 + j) ?? ([0, 0, 0, 0] as const));
    say(r, `  hours: ${hours.map(([o, e]) => `${o}/${e.toFixed(1)}`).join(" ")}`);
    const days = new Map<number, [number, number]>();
    for (const [hh, [o, e]] of m ?? []) {
      const v = days.get(Math.floor(hh / 24)) ?? [0, 0];
      days.set(Math.floor(hh / 24), [v[0] + o, v[1] + e]);
    }
    say(r, `  days: ${[...days.values()].map(([o, e]) => (o / Math.max(e, 1e-9)).toFixed(2)).join(" ")}`);
  });
  const ratios: string[] = [];
  for (const [key, m] of r.hourly) {
    let o = 0;
    let e = 0;
    for (const [hh, [a, b]] of m)
      if (
        hh * HOUR >= r.from &&
        !r.starts.some((st) => hh * HOUR >= st - HOUR && hh * HOUR < st + 4 * HOUR)
      ) {
        o += a;
        e += b;
      }
    if (e > 20) ratios.push(`${key} ${(o / e).toFixed(2)} (${Math.round(e)})`);
  }
  say(r, `observed/expected outside the waves: ${ratios.join(", ")}`);
  say(
    r,
    `dispersion within the hour / of the hours, outside the waves: ${MAIN.map((k) => withinHour(r, k)).join(", ")}`,
  );
  const series = r.engine.toJSON().series;
  const phi = (k: string) => Math.round(((series[k]?.seq as { phi: number } | null)?.phi ?? 0) * 100) / 100;
  say(r, `dispersion ${MAIN.map((k) => `${k} ${phi(k)}`).join(", ")}`);
}

/** A missed wave's main series from the hour before it to four hours in, observed/expected an hour. */
function sayWaveHours(r: TraceRun, start: number) {
  const h = Math.floor(start / HOUR);
  for (const key of MAIN) {
    const m = r.hourly.get(key);
    const hours = Array.from({ length: 6 }, (_, j) => m?.get(h - 1 + j) ?? ([0, 0, 0, 0] as const));
    say(r, `  ${key}: ${hours.map(([o, e]) => `${o}/${e.toFixed(1)}`).join(" ")}`);
  }
}

const MAIN = ["volume", "negative", "complaint", "topic:customer_service"];

/**
 * Two dispersions of one series outside the waves. Within the hour: the buckets' counts around the
 * hour's own level (observed × expected share), Σ o²/(e·R) − O with R = O/E, whose mean is (buckets − 1)
 * for Poisson counts whatever the baseline's error, so it measures clustering only. Of the hours: the
 * hour's count around the baseline, (O − E)²/E, which also carries the baseline's level error. The
 * engine's φ is the second; the gap between them is what the baseline's error costs the tests.
 */
function withinHour(r: TraceRun, key: string): string {
  const m = r.hourly.get(key);
  let num = 0;
  let df = 0;
  let hourNum = 0;
  let hours = 0;
  for (const [hh, [o, e, q, n]] of m ?? []) {
    if (hh * HOUR < r.from || r.starts.some((st) => hh * HOUR >= st - HOUR && hh * HOUR < st + 5 * HOUR))
      continue;
    if (e <= 0) continue;
    hourNum += (o - e) ** 2 / e;
    hours++;
    if (o > 0 && n > 1) {
      num += q / (o / e) - o;
      df += n - 1;
    }
  }
  const f = (x: number) => (Math.round(x * 100) / 100).toString();
  return `${key} ${f(num / Math.max(df, 1))} / ${f(hourNum / Math.max(hours, 1))}`;
}
