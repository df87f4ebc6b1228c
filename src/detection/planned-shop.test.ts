import { describe, expect, it } from "vitest";
import { DetectionEngine } from "./detectors/engine.js";
import { mergeByTime, seasonalTimes, shopEvents } from "./detectors/synthetic.js";
import type { Alert, ShopEvent } from "./detectors/types.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const START = Date.parse("2024-03-04T00:00:00Z");
const SALE = START + 10 * DAY;
const END = START + 12 * DAY;
const DECLARED = {
  plannedSurges: [
    {
      start: new Date(SALE).toISOString(),
      end: new Date(SALE + DAY).toISOString(),
      multiple: 5,
      label: "Spring sale",
    },
  ],
};

function opens(events: ShopEvent[], config: object): Alert[] {
  const engine = new DetectionEngine(config);
  const alerts: Alert[] = [];
  for (const e of events) alerts.push(...engine.push(e));
  alerts.push(...engine.advance(END));
  return alerts.filter(
    (a) => a.phase === "open" && Date.parse(a.at) >= SALE && Date.parse(a.at) < SALE + DAY,
  );
}

/** 2,000 orders a day, and on the sale day four times as many again until `saleUntil`. */
function orders(seed: number, saleUntil: number): ShopEvent[] {
  const usual = seasonalTimes({ start: START, days: 12, perDay: 2000, seed, dailySigma: 0.1 });
  const extra = seasonalTimes({ start: SALE, days: 1, perDay: 8000, seed: seed + 500 }).filter(
    (t) => t < saleUntil,
  );
  return shopEvents(
    "order_placed",
    mergeByTime(usual.map(stamp), extra.map(stamp)).map((e) => Date.parse(e.at)),
  );
}
const stamp = (t: number) => ({ at: new Date(t).toISOString() });

describe("a planned surge and the shop's orders", () => {
  it("a declared sale whose orders come as planned raises no order alert", () => {
    for (const seed of [61, 62]) expect(opens(orders(seed, SALE + DAY), DECLARED)).toEqual([]);
  });

  it("orders back to an ordinary day's in the middle of the sale are a drop; undeclared, nothing is seen", () => {
    for (const seed of [63, 64]) {
      const events = orders(seed, SALE + 13 * HOUR);
      const drop = opens(events, DECLARED).filter((a) => a.kind === "order_drop");
      expect(drop.length).toBeGreaterThan(0);
      const at = Date.parse(drop[0]?.at ?? "");
      expect(at).toBeGreaterThan(SALE + 13 * HOUR);
      expect(at).toBeLessThan(SALE + 15 * HOUR);
      expect(drop[0]?.title ?? "").toContain("planned surge “Spring sale”");
      expect(opens(events, {}).filter((a) => a.kind === "order_drop")).toEqual([]);
    }
  });
});
