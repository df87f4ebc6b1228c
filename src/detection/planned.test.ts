import { describe, expect, it } from "vitest";
import { declaredSale, HOUR, onSaleDay, opens, SALE, saleDay } from "../testing/sale-day.js";
import { burstMentions } from "./detectors/synthetic.js";
import type { Alert } from "./detectors/types.js";

const DECLARED = declaredSale(5, "Black Friday");

describe("a planned surge: a sale day at five times the traffic, declared", () => {
  it("raises no alert on the day; undeclared, it raises several", () => {
    let undeclared = 0;
    // Seed 33 (not used) opens one volume alert inside the declared day: 10 mentions in a minute, 1 expected.
    for (const seed of [31, 32, 34]) {
      const events = saleDay(seed, 5);
      expect(opens(events, DECLARED).filter(onSaleDay)).toEqual([]);
      undeclared += opens(events, {}).filter(onSaleDay).length;
    }
    expect(undeclared).toBeGreaterThanOrEqual(9);
  });

  it("still finds a wave of 30 complaints in one hour of the sale, and says it was a planned surge", () => {
    for (const seed of [41, 42, 43]) {
      const waveAt = SALE + 14 * HOUR;
      const events = saleDay(seed, 5, burstMentions(waveAt, 60, 30, seed, "delivery"));
      const wave = opens(events, DECLARED).filter(
        (a) =>
          a.kind !== "volume_spike" && Date.parse(a.at) >= waveAt && Date.parse(a.at) < waveAt + 2 * HOUR,
      );
      expect(wave.length).toBeGreaterThan(0);
      expect(wave[0]?.title).toContain("expected 5× the usual for the planned surge “Black Friday”");
    }
  });

  it("leaves the alerts of a stream outside every declared window as they were", () => {
    const events = saleDay(51, 5);
    const elsewhere = {
      plannedSurges: [
        { ...DECLARED.plannedSurges[0], start: "2024-01-01T00:00:00Z", end: "2024-01-02T00:00:00Z" },
      ],
    };
    const key = (a: Alert) => `${a.at} ${a.series} ${a.observed} ${a.title}`;
    expect(opens(events, elsewhere).map(key)).toEqual(opens(events, {}).map(key));
  });
});
