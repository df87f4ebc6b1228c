import { afterEach, describe, expect, it } from "vitest";
import { DetectionEngine } from "./detectors/engine.js";
import { foldIntoVolume } from "./detectors/in-step.js";
import { binomialUpperScore } from "./detectors/stats.js";
import { backgroundMentions, burstMentions, mergeByTime } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";

const DAY = 86_400_000;
const START = Date.parse("2025-01-06T00:00:00Z");
const SALE = START + 28 * DAY;
const MIX = { negativeShare: 0.3, topicShare: { delivery: 0.4, customer_service: 0.3 } };

/** Four weeks of a shop's ordinary traffic, then `saleTimes` that volume for a day, the same mix. */
function saleDay(seed: number, saleTimes: number, extra: MentionEvent[] = []): MentionEvent[] {
  const before = backgroundMentions({ start: START, days: 28, perDay: 300, seed, dailySigma: 0.15 }, MIX);
  const sale = backgroundMentions({ start: SALE, days: 1, perDay: 300 * saleTimes, seed: seed + 1000 }, MIX);
  return mergeByTime(before, sale, extra);
}

function opens(events: MentionEvent[], fold: boolean): Alert[] {
  foldIntoVolume.on = fold;
  const engine = new DetectionEngine({});
  const out: Alert[] = [];
  for (const e of events) for (const a of engine.push(e)) if (a.phase === "open") out.push(a);
  return out;
}

const onSaleDay = (a: Alert) => Date.parse(a.at) >= SALE && Date.parse(a.at) < SALE + DAY;

afterEach(() => {
  foldIntoVolume.on = false;
});

describe("the binomial tail", () => {
  it("is −log10 P(X ≥ x) for X ~ Binomial(n, p)", () => {
    // P(X ≥ 8 | 10, ½) = (45 + 10 + 1) / 1024.
    expect(binomialUpperScore(8, 10, 0.5)).toBeCloseTo(-Math.log10(56 / 1024), 6);
    // P(X ≥ 3 | 3, 0.2) = 0.008.
    expect(binomialUpperScore(3, 3, 0.2)).toBeCloseTo(-Math.log10(0.008), 6);
    expect(binomialUpperScore(2, 10, 0.5)).toBe(0);
  });
});

describe("a sale day: all traffic five times the usual, the same mix", () => {
  it("raises the all-mentions alert and folds the negatives' and topics' rises into it", () => {
    let folded = 0;
    let unfolded = 0;
    for (const seed of [11, 12, 13]) {
      const events = saleDay(seed, 5);
      const on = opens(events, true).filter(onSaleDay);
      const off = opens(events, false).filter(onSaleDay);
      // The shop still hears that its traffic rose.
      expect(on.some((a) => a.kind === "volume_spike")).toBe(true);
      folded += on.filter((a) => a.kind !== "volume_spike").length;
      unfolded += off.filter((a) => a.kind !== "volume_spike").length;
    }
    expect(unfolded).toBeGreaterThanOrEqual(6);
    expect(folded).toBeLessThanOrEqual(unfolded / 3);
  });
});

describe("a complaint wave on an ordinary day", () => {
  it("is found at the same moment with the fold and without it", () => {
    for (const seed of [21, 22]) {
      const wave = burstMentions(START + 22 * DAY + 14 * 3_600_000, 60, 30, seed, "delivery");
      const events = mergeByTime(
        backgroundMentions({ start: START, days: 24, perDay: 300, seed, dailySigma: 0.15 }, MIX),
        wave,
      );
      const on = opens(events, true).map((a) => `${a.at} ${a.kind} ${a.topic ?? ""}`);
      const off = opens(events, false).map((a) => `${a.at} ${a.kind} ${a.topic ?? ""}`);
      expect(on).toEqual(off);
      expect(on.some((l) => l.startsWith(new Date(START + 22 * DAY).toISOString().slice(0, 11)))).toBe(true);
    }
  });
});
