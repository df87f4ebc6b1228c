import { describe, expect, it } from "vitest";
import { DetectionEngine } from "./detectors/engine.js";
import { burstTimes, mergeByTime, seasonalTimes, shopEvents } from "./detectors/synthetic.js";
import type { Alert, ShopEvent } from "./detectors/types.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN = 60_000;
const START = Date.parse("2024-03-04T00:00:00Z");
const DAYS = 12;

function run(events: ShopEvent[], config = {}): Alert[] {
  const engine = new DetectionEngine(config);
  const alerts: Alert[] = [];
  for (const e of events) alerts.push(...engine.push(e));
  alerts.push(...engine.advance(START + DAYS * DAY));
  return alerts;
}

const orders = (seed: number) =>
  seasonalTimes({ start: START, days: DAYS, perDay: 2000, seed, dailySigma: 0.1 });
const payments = (seed: number, perDay: number) => seasonalTimes({ start: START, days: DAYS, perDay, seed });

describe("order drop", () => {
  it("is silent on a normal fortnight of orders", () => {
    const alerts = run(shopEvents("order_placed", orders(1)));
    expect(alerts.filter((a) => a.phase === "open")).toEqual([]);
  });

  it("opens when orders stop in the afternoon, and closes when they come back", () => {
    const from = START + 8 * DAY + 15 * HOUR;
    const to = from + 2 * HOUR;
    const times = orders(2).filter((t) => t < from || t >= to);
    const alerts = run(shopEvents("order_placed", times)).filter((a) => a.kind === "order_drop");
    const open = alerts.filter((a) => a.phase === "open");
    expect(open).toHaveLength(1);
    const at = Date.parse(open[0]?.at ?? "");
    expect(at).toBeGreaterThan(from);
    expect(at - from).toBeLessThanOrEqual(45 * MIN);
    const close = alerts.find((a) => a.phase === "close");
    expect(Date.parse(close?.at ?? "")).toBeGreaterThan(to);
    expect(Date.parse(close?.at ?? "")).toBeLessThan(to + 4 * HOUR);
  });

  it("does not call a quiet night a drop", () => {
    // Nights expect few orders: below the minimum expected, silence is not evidence.
    const from = START + 9 * DAY + 2 * HOUR;
    const times = orders(3).filter((t) => t < from || t >= from + 2 * HOUR);
    const night = run(shopEvents("order_placed", times)).filter((a) => a.phase === "open");
    expect(night.every((a) => a.expected >= 10)).toBe(true);
  });
});

describe("payment failure spike", () => {
  const at = START + 8 * DAY + 12 * HOUR + 3 * MIN;
  const base = (seed: number) =>
    mergeByTime(
      shopEvents("payment_succeeded", payments(seed, 1500)),
      shopEvents("payment_failed", payments(seed + 100, 45)),
    );

  it("is silent while failures stay at their usual share", () => {
    expect(run(base(4)).filter((a) => a.phase === "open")).toEqual([]);
  });

  it("opens within 20 minutes when half the payments fail", () => {
    const events = mergeByTime(base(5), shopEvents("payment_failed", burstTimes(at, 60, 60, 9)));
    const open = run(events).filter((a) => a.phase === "open");
    expect(open.map((a) => a.kind)).toEqual(["payment_failure_spike"]);
    expect(Date.parse(open[0]?.at ?? "") - at).toBeLessThanOrEqual(20 * MIN);
  });

  it("needs the failure ratio up too, not only the count, when successes are reported", () => {
    // Six times the payments for an hour, evenly spread: many more failures, the same ratio.
    const even = (n: number) => Array.from({ length: n }, (_, i) => at + Math.floor((i * HOUR) / n));
    const more = mergeByTime(
      base(6),
      shopEvents("payment_succeeded", even(400)),
      shopEvents("payment_failed", even(12)),
    );
    expect(run(more).filter((a) => a.kind === "payment_failure_spike")).toEqual([]);
  });

  it("can be switched off per workspace", () => {
    const events = mergeByTime(base(5), shopEvents("payment_failed", burstTimes(at, 60, 60, 9)));
    expect(run(events, { paymentFailure: { enabled: false } })).toEqual([]);
  });
});
