/**
 * `bench:detect --trace`: what found each wave, what raised each false alarm (with the series' last
 * hours and its observed ÷ expected per day), every series' observed ÷ expected outside the waves, and
 * the main series' dispersion. Printed on stderr: the tool behind docs/detection.md's analysis.
 */
import type { DetectionEngine } from "../src/detection/detectors/engine.js";
import type { SeriesPoint } from "../src/detection/detectors/types.js";

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Every series' observed and expected per hour (hour index → [observed, expected]). */
export type Hourly = Map<string, Map<number, [number, number]>>;

export function hourlyRecorder(hourly: Hourly) {
  return (p: SeriesPoint) => {
    const h = Math.floor(Date.parse(p.start) / HOUR);
    let m = hourly.get(p.series);
    if (!m) {
      m = new Map();
      hourly.set(p.series, m);
    }
    const v = m.get(h) ?? [0, 0];
    m.set(h, [v[0] + p.observed, v[1] + p.expected]);
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

const say = (r: TraceRun, text: string) => process.stderr.write(`trace ${r.tag}: ${text}\n`);

export function trace(r: TraceRun) {
  for (const start of r.starts) {
    const i = r.at.findIndex((a) => a >= start && a <= start + r.span);
    say(r, i < 0 ? "missed" : `${((r.at[i] as number) - start) / MIN} min by ${r.by[i]}`);
  }
  r.at.forEach((a, i) => {
    if (a < r.from || r.starts.some((st) => a >= st - 5 * MIN && a <= st + r.span)) return;
    const before = r.starts.filter((st) => st <= a).map((st) => (a - st) / HOUR);
    const after = before.length ? `, ${Math.min(...before).toFixed(1)} h after a wave began` : "";
    say(r, `false alarm by ${r.by[i]}${after}`);
    // The series' last 8 hours, observed/expected, the alarm's hour last; then its days.
    const m = r.hourly.get((r.by[i] ?? "").split(" ")[0] ?? "");
    const h = Math.floor(a / HOUR);
    const hours = Array.from({ length: 8 }, (_, j): [number, number] => m?.get(h - 7 + j) ?? [0, 0]);
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
  const series = r.engine.toJSON().series;
  const phi = (k: string) => Math.round(((series[k]?.seq as { phi: number } | null)?.phi ?? 0) * 100) / 100;
  say(
    r,
    `dispersion ${["volume", "negative", "complaint", "topic:customer_service"].map((k) => `${k} ${phi(k)}`).join(", ")}`,
  );
}
