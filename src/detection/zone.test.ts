import { describe, expect, it } from "vitest";
import { offsetAt } from "../core/zoned-time.js";
import { newProfile } from "./detectors/baseline.js";
import { DetectionEngine } from "./detectors/engine.js";
import { backgroundMentions } from "./detectors/synthetic.js";
import type { MentionEvent, SeriesPoint } from "./detectors/types.js";
import { inZone, localHour } from "./detectors/zone.js";

const WARSAW = "Europe/Warsaw";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Europe's spring change: 29 Mar 2026 02:00 CET becomes 03:00 CEST. */
const CHANGE = Date.parse("2026-03-29T01:00:00Z");

/**
 * A shop whose customers post by Warsaw's clock (the synthetic rhythm read as local time), three weeks
 * before the spring change and one after.
 */
function warsawShop(): MentionEvent[] {
  const localStart = CHANGE - 21 * DAY;
  return backgroundMentions(
    { start: localStart, days: 28, perDay: 3000, seed: 5, dailySigma: 0.05 },
    { negativeShare: 0.2, topicShare: {}, sources: ["x"] },
  ).map((m) => {
    const local = Date.parse(m.at);
    return { ...m, at: new Date(local - offsetAt(local - 2 * HOUR, WARSAW)).toISOString() };
  });
}

/** How far the all-mentions series' expectation is from what came, in the week after the change. */
function missAfterChange(zone: string | undefined): number {
  const points: SeriesPoint[] = [];
  const e = new DetectionEngine({}, { onPoint: (p) => points.push(p), ...(zone ? { zone } : {}) });
  const events = warsawShop();
  for (const m of events) e.push(m);
  // Hourly totals: five-minute counts are mostly noise at this rate.
  const hours = new Map<number, { o: number; x: number }>();
  for (const p of points) {
    const start = Date.parse(p.start);
    if (p.series !== "volume" || start < CHANGE + DAY) continue;
    const h = Math.floor(start / HOUR);
    const acc = hours.get(h) ?? { o: 0, x: 0 };
    acc.o += p.observed;
    acc.x += p.expected;
    hours.set(h, acc);
  }
  const errs = [...hours.values()].filter((a) => a.x > 20).map((a) => Math.abs(Math.log(a.o / a.x)));
  return errs.reduce((s, x) => s + x, 0) / errs.length;
}

describe("the shop's clock", () => {
  it("reads hours on the shop's clock, summer and winter", () => {
    const p = newProfile(WARSAW);
    expect(localHour(p, Date.parse("2026-01-15T18:00:00Z"))).toBe(19);
    expect(localHour(p, Date.parse("2026-07-15T18:00:00Z"))).toBe(20);
    expect(localHour(newProfile(), Date.parse("2026-07-15T18:00:00Z"))).toBe(18);
  });

  it("moves an hour shape learned in UTC to the shop's clock", () => {
    const e = new DetectionEngine();
    const state = e.toJSON();
    state.clock = Date.parse("2026-01-15T12:00:00Z");
    state.profiles.mentions.hodSum[18] = 50;
    const moved = inZone(state, WARSAW);
    expect(moved.profiles.mentions.hodSum[19]).toBe(50);
    expect(moved.profiles.mentions.hodSum[18]).toBe(0);
    expect(moved.profiles.mentions.zone).toBe(WARSAW);
  });

  it("keeps the expected rhythm on the shop's hours across a daylight-saving change", () => {
    const utc = missAfterChange(undefined);
    const local = missAfterChange(WARSAW);
    // Learned in UTC, the evening peak is expected an hour early for the week after the change.
    expect(local).toBeLessThan(utc * 0.8);
  }, 120_000);
});
