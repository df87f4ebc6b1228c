import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dailyTest } from "./detectors/daily.js";
import { dayQuantile, dayUpper } from "./detectors/daily-stats.js";
import { DetectionEngine } from "./detectors/engine.js";
import { normal, poisson, seededRandom } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";
import { replayFile } from "./replay.js";

/**
 * Review sources stamped to the day, whose days swing widely (σ = 0.5 log-normal, Sundays at half): the
 * minute-level tests read a busy day as a rise (about 3 openings a week on such streams); tested as days
 * against a baseline of days, the budget of one a week holds and a day of 1-star reviews is found on its
 * day.
 */

const START = Date.parse("2025-01-06T00:00:00Z"); // a Monday
const DAY = 86_400_000;
const DAYS = 84;
const WARMUP = 14;
const WAVE_DAY = 60;
const dir = mkdtempSync(join(tmpdir(), "firebreak-daily-"));

interface Review {
  day: number;
  id: string;
  negative: boolean;
}

/** 300 reviews a day, each day's count log-normal (σ = 0.5), Sundays at half; a quarter negative. */
function reviews(seed: number, wave: number | null): Review[] {
  const rand = seededRandom(seed);
  const out: Review[] = [];
  for (let d = 0; d < DAYS; d++) {
    const n = poisson(rand, 300 * (d % 7 === 6 ? 0.5 : 1) * Math.exp(0.5 * normal(rand)));
    for (let i = 0; i < n; i++) out.push({ day: d, id: `r${d}-${i}`, negative: rand() < 0.25 });
    // A day of 1-star reviews: six times the usual negatives (a day at 4× is 2.8σ of these swings).
    if (d === wave) for (let i = 0; i < 375; i++) out.push({ day: d, id: `w${i}`, negative: true });
  }
  return out;
}

const dateOf = (d: number) => new Date(START + d * DAY).toISOString().slice(0, 10);
const line = (r: Review) =>
  JSON.stringify({
    id: r.id,
    text: r.negative ? "never again" : "fine",
    created_at: dateOf(r.day),
    source: "reviews",
    sentiment: r.negative ? "negative" : "neutral",
    topics: [],
  });

async function replayOpenings(rows: Review[], name: string): Promise<Alert[]> {
  const file = join(dir, name);
  writeFileSync(file, `${rows.map(line).join("\n")}\n`);
  const out: Alert[] = [];
  // Every series' opening counts against the budget, as in bench:detect.
  for await (const a of replayFile(file, { allPhases: true })) if (a.phase === "open") out.push(a);
  return out;
}

const dayOf = (a: Alert) => Math.floor((Date.parse(a.at) - START) / DAY);
const settledPerWeek = (alerts: Alert[]) =>
  alerts.filter((a) => dayOf(a) >= WARMUP).length / ((DAYS - WARMUP) / 7);

afterEach(() => {
  dailyTest.on = true;
});

describe("sources stamped to the day", () => {
  it("a day's tail under swinging rates is what the threshold says", () => {
    const rand = seededRandom(3);
    const e = 300;
    const s2 = Math.log(1 + 0.284); // σ = 0.5 between days
    const c = dayQuantile(0.02, e, s2);
    expect(dayUpper(c, e, s2)).toBeLessThanOrEqual(0.02);
    expect(dayUpper(c - 1, e, s2)).toBeGreaterThan(0.02);
    let over = 0;
    const runs = 40_000;
    for (let i = 0; i < runs; i++) {
      const g = Math.exp(-s2 / 2 + Math.sqrt(s2) * normal(rand));
      if (poisson(rand, e * g) >= c) over++;
    }
    expect(over / runs).toBeGreaterThan(0.015);
    expect(over / runs).toBeLessThan(0.025);
  });

  it("keeps the budget on reviews whose days swing by σ = 0.5, which the minute tests overspent", async () => {
    const rows = reviews(21, null);
    const now = await replayOpenings(rows, "null.jsonl");
    expect(settledPerWeek(now)).toBeLessThanOrEqual(1);
    for (const a of now) expect(a.series).toMatch(/\|src:reviews$/);
    dailyTest.on = false;
    const before = await replayOpenings(rows, "null-old.jsonl");
    expect(settledPerWeek(before)).toBeGreaterThan(1.5);
  });

  it("finds a day of 1-star reviews on the day it arrives", async () => {
    const alerts = await replayOpenings(reviews(22, WAVE_DAY), "wave.jsonl");
    const hit = alerts.find((a) => dayOf(a) === WAVE_DAY && a.kind === "negative_spike");
    expect(hit?.source).toBe("reviews");
    expect(hit?.since).toBe(new Date(START + WAVE_DAY * DAY).toISOString());
    expect(hit?.title).toMatch(/^Negative mentions on reviews rose: \d+ in one day/);
  });

  it("live: a source whose stamps all fall at midnight is recognised and tested as days", () => {
    // Each review arrives during its day (the timer moves data time) but carries its day's midnight.
    const run = (rows: Review[]) => {
      const engine = new DetectionEngine({});
      const perDay = new Map<number, number>();
      for (const r of rows) perDay.set(r.day, (perDay.get(r.day) ?? 0) + 1);
      const seen = new Map<number, number>();
      const alerts: Alert[] = [];
      for (const r of rows) {
        const i = seen.get(r.day) ?? 0;
        seen.set(r.day, i + 1);
        const arrival = START + r.day * DAY + Math.floor(((i + 0.5) / (perDay.get(r.day) ?? 1)) * DAY);
        alerts.push(...engine.advance(arrival));
        const m: MentionEvent = {
          type: "mention",
          id: r.id,
          at: `${dateOf(r.day)}T00:00:00.000Z`,
          source: "reviews",
          sentiment: r.negative ? "negative" : "neutral",
          topics: [],
        };
        alerts.push(...engine.push(m));
      }
      return alerts.filter((a) => a.phase === "open");
    };
    expect(settledPerWeek(run(reviews(23, null)))).toBeLessThanOrEqual(1);
    const wave = run(reviews(23, WAVE_DAY));
    expect(wave.some((a) => dayOf(a) === WAVE_DAY && a.series === "negative|src:reviews")).toBe(true);
  });
});
