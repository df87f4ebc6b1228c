import { describe, expect, it } from "vitest";
import { DetectionEngine } from "./detectors/engine.js";
import { backgroundMentions, burstMentions, type MentionMix, mergeByTime } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN = 60_000;
const START = Date.parse("2024-03-04T00:00:00Z"); // a Monday
const MIX: MentionMix = {
  negativeShare: 0.3,
  topicShare: { delivery: 0.15, customer_service: 0.2, payment: 0.05 },
  sources: ["twitter", "reviews"],
};

const background = (seed: number, days = 21, perDay = 300) =>
  backgroundMentions({ start: START, days, perDay, seed, dailySigma: 0.15 }, MIX);

function run(events: MentionEvent[], until: number, engine = new DetectionEngine()): Alert[] {
  const alerts: Alert[] = [];
  for (const e of events) alerts.push(...engine.push(e));
  alerts.push(...engine.advance(until));
  return alerts;
}

const opens = (alerts: Alert[]) => alerts.filter((a) => a.phase === "open");
const firstOpenAfter = (alerts: Alert[], t: number) => opens(alerts).find((a) => Date.parse(a.at) >= t);

describe("spike detection on a seasonal background", () => {
  it("keeps within its false-alarm budget on three weeks of steady traffic with a daily and weekly rhythm", () => {
    // The budget is one false alarm a week for the whole workspace; 19 warm days a seed, three seeds.
    let total = 0;
    for (const seed of [1, 2, 3]) total += opens(run(background(seed), START + 21 * DAY)).length;
    expect(total).toBeLessThanOrEqual(Math.ceil((3 * 19) / 7));
    // A tenth of the budget is a tenth of the alarms: nearly silent.
    let strict = 0;
    for (const seed of [1, 2, 3])
      strict += opens(
        run(background(seed), START + 21 * DAY, new DetectionEngine({ falseAlarmsPerWeek: 0.1 })),
      ).length;
    expect(strict).toBeLessThanOrEqual(1);
  });

  it("catches 30 complaints in an hour within 15 minutes, day and evening", () => {
    for (const [day, hour, seed] of [
      [15, 14, 11],
      [16, 3, 12],
      [17, 20, 13],
    ] as const) {
      const burstStart = START + day * DAY + hour * HOUR + 7 * MIN;
      const events = mergeByTime(
        background(seed),
        burstMentions(burstStart, 60, 30, seed, "delivery", "twitter"),
      );
      const alerts = run(events, START + 21 * DAY);
      const first = firstOpenAfter(alerts, burstStart);
      expect(first, `burst at day ${day} ${hour}:07`).toBeDefined();
      expect(Date.parse(first?.at ?? "") - burstStart).toBeLessThanOrEqual(15 * MIN);
      // Outside the burst, no more than the budget allows: one a week over 19 warm days.
      const outside = opens(alerts).filter((a) => {
        const t = Date.parse(a.at);
        return t < burstStart || t > burstStart + 2 * HOUR;
      });
      expect(outside.length).toBeLessThanOrEqual(3);
    }
  });

  it("raises one alert per episode and closes it after the burst ends", () => {
    const burstStart = START + 15 * DAY + 13 * HOUR;
    const burst = burstMentions(burstStart, 180, 90, 5, "delivery");
    const alerts = run(mergeByTime(background(4), burst), START + 21 * DAY);
    const topic = alerts.filter((a) => a.series === "topic:delivery");
    expect(topic.filter((a) => a.phase === "open")).toHaveLength(1);
    expect(topic.filter((a) => a.phase === "update").length).toBeGreaterThan(0);
    const close = topic.find((a) => a.phase === "close");
    expect(close).toBeDefined();
    const closedAt = Date.parse(close?.at ?? "");
    expect(closedAt).toBeGreaterThan(burstStart + 3 * HOUR);
    expect(closedAt).toBeLessThan(burstStart + 5 * HOUR);
    // Every episode that opened also closed, with the same id.
    for (const o of opens(alerts)) {
      expect(alerts.some((a) => a.phase === "close" && a.episodeId === o.episodeId)).toBe(true);
    }
  });

  it("does not let a past spike raise the baseline and mask the next one", () => {
    const first = START + 14 * DAY + 14 * HOUR;
    const second = first + DAY;
    const events = mergeByTime(
      background(6),
      burstMentions(first, 60, 30, 61, "customer_service"),
      burstMentions(second, 60, 30, 62, "customer_service"),
    );
    const alerts = run(events, START + 21 * DAY);
    const series = opens(alerts).filter((a) => a.series === "topic:customer_service");
    expect(series).toHaveLength(2);
    const [a, b] = series as [Alert, Alert];
    expect(Date.parse(b.at) - second).toBeLessThanOrEqual(20 * MIN);
    expect(Date.parse(a.at) - first).toBeLessThanOrEqual(20 * MIN);
    // The baseline per minute of window barely moved.
    const perMinute = (x: Alert) => x.expected / (x.windowMinutes ?? 1);
    expect(perMinute(b)).toBeLessThan(perMinute(a) * 1.5);
  });

  it("stays silent during warm-up, then speaks", () => {
    const early = START + 12 * HOUR;
    const events = mergeByTime(background(7, 4), burstMentions(early, 60, 30, 71, "delivery"));
    const alerts = run(events, START + 4 * DAY);
    expect(opens(alerts).filter((a) => Date.parse(a.at) < START + 48 * HOUR)).toEqual([]);
  });

  it("reports per source as well as overall", () => {
    const burstStart = START + 15 * DAY + 11 * HOUR;
    const events = mergeByTime(background(8), burstMentions(burstStart, 60, 30, 81, "delivery", "reviews"));
    const alerts = opens(run(events, START + 21 * DAY));
    expect(
      alerts.some((a) => a.source === "reviews" && a.kind === "topic_spike" && a.topic === "delivery"),
    ).toBe(true);
    expect(alerts.some((a) => a.source === undefined && a.kind === "topic_spike")).toBe(true);
    expect(alerts.some((a) => a.source === "twitter")).toBe(false);
  });
});

describe("state and time", () => {
  const burstStart = START + 15 * DAY + 14 * HOUR;
  const events = mergeByTime(background(9), burstMentions(burstStart, 60, 30, 91, "delivery", "twitter"));
  const until = START + 21 * DAY;

  it("gives the same future alerts after a JSON round-trip of its state", () => {
    const whole = run(events, until);
    // Cut in the middle of the burst, where episodes are open and buckets half full.
    const cut = events.findIndex((e) => Date.parse(e.at) > burstStart + 20 * MIN);
    const a = new DetectionEngine();
    const before: Alert[] = [];
    for (const e of events.slice(0, cut)) before.push(...a.push(e));
    expect(a.openEpisodes().length).toBeGreaterThan(0);
    const restored = DetectionEngine.fromJSON(JSON.parse(JSON.stringify(a.toJSON())));
    const after = run(events.slice(cut), until, restored);
    expect([...before, ...after]).toEqual(whole);
  });

  it("serialises its own state for a round as it serialises a copy, and a copy stays apart", () => {
    const a = new DetectionEngine();
    for (const e of events.slice(0, 3000)) a.push(e);
    const copy = a.toJSON();
    expect(JSON.stringify(a.toJSON(false))).toBe(JSON.stringify(copy));
    // The live state is the engine's: a caller keeping it would see the next events land in it.
    expect(a.toJSON(false)).toBe(a.toJSON(false));
    copy.clock = 0;
    expect(a.toJSON().clock).not.toBe(0);
  });

  it("raises the same alerts when a live timer advances time between events", () => {
    const whole = run(events, until);
    const live = new DetectionEngine();
    const got: Alert[] = [];
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as MentionEvent;
      got.push(...live.push(e));
      const next = events[i + 1];
      // The timer fires somewhere before the next mention arrives.
      if (next && i % 3 === 0) {
        const t = Date.parse(e.at);
        got.push(...live.advance(t + Math.floor((Date.parse(next.at) - t) / 2)));
      }
    }
    got.push(...live.advance(until));
    expect(got).toEqual(whole);
  });

  it("does not depend on the wall clock", () => {
    const one = run(events.slice(0, 5000), until);
    const two = run(events.slice(0, 5000), until);
    expect(two).toEqual(one);
  });

  it("rejects state built with another bucket size", () => {
    const state = new DetectionEngine().toJSON();
    expect(() => DetectionEngine.fromJSON(state, { bucketMinutes: 10 })).toThrow(/bucket/);
  });

  it("exposes observed against expected for charts", () => {
    const points: { series: string; observed: number; expected: number }[] = [];
    const e = new DetectionEngine({}, { onPoint: (p) => points.push(p) });
    run(events.slice(0, 3000), Date.parse(events[2999]?.at ?? ""), e);
    const vol = points.filter((p) => p.series === "volume");
    expect(vol.length).toBeGreaterThan(100);
    const observed = vol.reduce((s, p) => s + p.observed, 0);
    const expected = vol.slice(vol.length / 2).reduce((s, p) => s + p.expected, 0);
    expect(expected).toBeGreaterThan(0);
    expect(observed).toBeGreaterThan(2900);
    // As many buckets as the longest window (the order-drop windows reach 2 hours).
    expect(e.recentSeries("volume").length).toBe(24);
  });
});
