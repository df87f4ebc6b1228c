import { describe, expect, it } from "vitest";
import { DetectionEngine } from "./detectors/engine.js";
import { backgroundMentions } from "./detectors/synthetic.js";
import type { MentionEvent, SeriesPoint } from "./detectors/types.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse("2026-01-05T00:00:00Z");

/**
 * An English shop of 3,000 mentions a day and its German customers, 60 a day, who write twelve hours
 * later in the day than everyone else (the shop's rhythm, moved by half a day): the scope's hour shape
 * fits the English series and is wrong for the German one, whose own hour correction learns slowly.
 */
function twoRhythms(): MentionEvent[] {
  const mix = { negativeShare: 0.2, topicShare: {}, sources: ["x"] };
  const english = backgroundMentions(
    { start: START, days: 21, perDay: 3000, seed: 3, dailySigma: 0.05 },
    mix,
  );
  const german = backgroundMentions(
    { start: START - 12 * HOUR, days: 21.5, perDay: 60, seed: 4, dailySigma: 0.05 },
    mix,
  )
    .map((m) => ({ ...m, id: `de-${m.id}`, at: new Date(Date.parse(m.at) + 12 * HOUR).toISOString() }))
    .filter((m) => Date.parse(m.at) >= START);
  return [
    ...english.map((m) => ({ ...m, language: "en" })),
    ...german.map((m) => ({ ...m, language: "de" })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

describe("a series' level against its scope's shape", () => {
  it("expects what a series with its own day sees, over the days after its warm-up", () => {
    const points: SeriesPoint[] = [];
    const e = new DetectionEngine({}, { onPoint: (p) => points.push(p) });
    for (const m of twoRhythms()) e.push(m);
    const ratio = (series: string) => {
      let o = 0;
      let x = 0;
      for (const p of points)
        if (p.series === series && Date.parse(p.start) >= START + 10 * DAY) {
          o += p.observed;
          x += p.expected;
        }
      return o / x;
    };
    // An average of count ÷ factor divided the German night's counts by the scope's small night factor
    // and expected the German series at 1.4 times what came (observed ÷ expected 0.70). Its own hours
    // are still expected too flat (its hour correction learns slowly): this is the day's total.
    expect(ratio("volume|lang:de")).toBeGreaterThan(0.85);
    expect(ratio("volume|lang:de")).toBeLessThan(1.2);
    expect(ratio("volume|lang:en")).toBeGreaterThan(0.95);
    expect(ratio("volume|lang:en")).toBeLessThan(1.05);
  }, 120_000);
});
