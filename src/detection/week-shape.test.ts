import { afterEach, describe, expect, it } from "vitest";
import type { Topic } from "../nlp/index.js";
import { newProfile } from "./detectors/baseline.js";
import { DetectionEngine } from "./detectors/engine.js";
import { normal, poisson, rhythm, seededRandom, weighted } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";
import { learnWeekShape, newWeekShape, weekCorrection, weekShape } from "./detectors/week-shape.js";
import { inZone } from "./detectors/zone.js";

/**
 * A weekend with a shape of its own (fourteenth pass): on Saturday and Sunday the shop's rhythm runs two
 * hours later (people sleep in and shop late). With one hour shape for every day the weekend's late
 * evening runs at up to 3.7× expected every week; with each weekday's own shape, where it stands out of
 * its week-to-week spread, the stream spends within the budget of 1 false alarm a week.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.parse("2025-01-06T00:00:00Z"); // a Monday
const SPIKES = new Set(["volume_spike", "negative_spike", "topic_spike"]);
const TOPICS: Topic[] = ["delivery", "customer_service", "price", "product_quality", "returns_refunds"];

/** Null traffic of the workspace's shape; `late`: Saturday's and Sunday's rhythm two hours later. */
function stream(perDay: number, days: number, seed: number, late: boolean): MentionEvent[] {
  const rand = seededRandom(seed);
  const out: MentionEvent[] = [];
  let dayFactor = 1;
  const pick = <T>(xs: readonly T[], weights: readonly number[]): T => weighted(rand, xs, weights);
  for (let t = START; t < START + days * DAY; t += MINUTE) {
    if ((t - START) % DAY === 0) dayFactor = Math.exp(0.15 * normal(rand));
    const weekend = new Date(t).getUTCDay() % 6 === 0;
    const n = poisson(rand, (perDay / 1440) * rhythm(late && weekend ? t - 2 * HOUR : t) * dayFactor);
    for (let i = 0; i < n; i++) {
      const u = rand();
      out.push({
        type: "mention",
        id: `n${out.length}`,
        at: new Date(t + Math.floor((i * MINUTE) / n)).toISOString(),
        sentiment: u < 0.25 ? "negative" : u < 0.35 ? "positive" : "neutral",
        topics: rand() < 0.4 ? [pick(TOPICS, [0.35, 0.25, 0.2, 0.12, 0.08])] : [],
        source: pick(["twitter", "facebook", "reviews"], [0.6, 0.3, 0.1]),
        language: pick(["en", "de", "pl", "fr"], [0.85, 0.08, 0.05, 0.02]),
      });
    }
  }
  return out;
}

/** Spike openings a week on days 14 to the end (every one a false alarm: the stream has no wave). */
function alarmsPerWeek(events: MentionEvent[], days: number): number {
  const engine = new DetectionEngine();
  const opened: Alert[] = [];
  for (const m of events)
    for (const a of engine.push(m))
      if (a.phase === "open" && SPIKES.has(a.kind) && Date.parse(a.at) >= START + 14 * DAY) opened.push(a);
  return (opened.length * 7) / (days - 14);
}

afterEach(() => {
  weekShape.on = true;
});

describe("each weekday's own hour shape", () => {
  it("keeps a late weekend within the budget, where one hour shape for every day overspends it", () => {
    const days = 35;
    let on = 0;
    let off = 0;
    for (const seed of [1, 2]) {
      const events = stream(3000, days, seed, true);
      weekShape.on = true;
      on += alarmsPerWeek(events, days) / 2;
      weekShape.on = false;
      off += alarmsPerWeek(events, days) / 2;
    }
    expect(on).toBeLessThanOrEqual(1);
    // Over the budget without it: 2 a week since the curve's tail is priced by the model (thirty-first
    // pass of docs/detection.md; more before), so the contrast is the budget, not 2.
    expect(off).toBeGreaterThan(1);
  }, 240_000);

  it("leaves an hour at 1 where a weekday differs only by its own noise", () => {
    // The same hour shape every day, 300 mentions a day: four weeks of noise, no weekday of its own.
    const rand = seededRandom(7);
    const s = newWeekShape();
    const bucket = 5 * MINUTE;
    const decay = 0.5 ** (1 / 35);
    for (let t = START; t < START + 28 * DAY; t += bucket) {
      const count = poisson(rand, (300 / 288) * rhythm(t));
      learnWeekShape(s, Math.floor(t / DAY), new Date(t).getUTCHours(), count, decay);
    }
    const corrections = [];
    for (let d = 0; d < 7; d++) for (let h = 0; h < 24; h++) corrections.push(weekCorrection(s, d, h));
    const moved = corrections.filter((c) => c !== 1).length;
    // A soft cut at two standard errors: most hours stay at 1, and none moves far.
    expect(moved).toBeLessThan(168 * 0.15);
    for (const c of corrections) expect(Math.abs(Math.log(c))).toBeLessThan(0.25);
  });

  it("finds which days differ, whatever they are called, and holds nothing before two weeks", () => {
    const s = newWeekShape();
    const decay = 0.5 ** (1 / 35);
    const fill = (weeks: number) => {
      for (let day = 0; day < weeks * 7; day++)
        for (let h = 0; h < 24; h++)
          for (let b = 0; b < 12; b++) {
            // Day 1 of each week is a market day: its morning is three times as busy as the others'.
            const market = day % 7 === 1 && h >= 8 && h < 12;
            learnWeekShape(s, 7000 + day, h, market ? 30 : 10, decay);
          }
    };
    fill(1);
    expect(weekCorrection(s, 7001 % 7, 9)).toBe(1);
    fill(3);
    // Against the week's mean, which holds the market day too: 2.25 ÷ 1.18 ≈ 1.9 before the cut.
    expect(weekCorrection(s, 7001 % 7, 9)).toBeGreaterThan(1.7);
    expect(weekCorrection(s, 7001 % 7, 20)).toBeLessThan(1);
    expect(weekCorrection(s, 7003 % 7, 9)).toBeLessThan(1);
  });

  it("survives a saved state, and loads one saved before it", () => {
    const events = stream(300, 16, 3, true);
    const cut = events.findIndex((m) => Date.parse(m.at) >= START + 15 * DAY);
    const whole = new DetectionEngine();
    const firstHalf = new DetectionEngine();
    for (const m of events.slice(0, cut)) {
      whole.push(m);
      firstHalf.push(m);
    }
    const state = firstHalf.toJSON();
    // Days 0–13 learned; day 14 is learned when day 15's first bucket closes.
    expect(state.profiles.mentions.week?.n.reduce((a, b) => a + b, 0)).toBe(14);
    const restored = DetectionEngine.fromJSON(JSON.parse(JSON.stringify(state)));
    const a: Alert[] = [];
    const b: Alert[] = [];
    for (const m of events.slice(cut)) {
      a.push(...whole.push(m));
      b.push(...restored.push(m));
    }
    expect(b).toEqual(a);
    expect(restored.toJSON()).toEqual(whole.toJSON());
    // A state from before the weekday shapes: it loads, and starts learning them.
    delete state.profiles.mentions.week;
    delete state.profiles.shop.week;
    const old = DetectionEngine.fromJSON(state);
    for (const m of events.slice(cut)) old.push(m);
    expect(old.toJSON().profiles.mentions.week?.day).not.toBeNull();
  }, 60_000);

  it("moves the weekday shapes with the shop's clock", () => {
    const state = new DetectionEngine().toJSON();
    state.clock = Date.parse("2026-01-15T12:00:00Z");
    const week = newWeekShape();
    week.sum[3 * 24 + 23] = 5;
    state.profiles.mentions = { ...newProfile(), week };
    const moved = inZone(state, "Europe/Warsaw").profiles.mentions.week;
    // 23:00 UTC on one weekday is 00:00 of the next in Warsaw's winter.
    expect(moved?.sum[4 * 24]).toBe(5);
    expect(moved?.sum[3 * 24 + 23]).toBe(0);
  });
});
