import { describe, expect, it } from "vitest";
import { DetectionEngine } from "./detectors/engine.js";
import { backgroundMentions, burstMentions, mergeByTime } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";

const START = Date.parse("2024-03-04T00:00:00Z");
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIX = { negativeShare: 0.3, topicShare: { delivery: 0.15, customer_service: 0.2 } };

/** Twitter from the start; the shop connects its reviews on day 10, as busy as Twitter. */
function traffic(perDay: number, seed: number): MentionEvent[] {
  const twitter = backgroundMentions(
    { start: START, days: 24, perDay, seed, dailySigma: 0.15 },
    { ...MIX, sources: ["twitter"] },
  );
  const reviews = backgroundMentions(
    { start: START + 10 * DAY, days: 14, perDay, seed: seed + 100, dailySigma: 0.15 },
    { ...MIX, sources: ["reviews"] },
  ).map((e) => ({ ...e, id: `r${e.id}` }));
  return mergeByTime(twitter, reviews);
}

function opened(events: MentionEvent[]): Alert[] {
  const engine = new DetectionEngine();
  const out: Alert[] = [];
  for (const e of events) out.push(...engine.push(e));
  return out.filter((a) => a.phase === "open" && a.kind !== "crisis_signal");
}

describe("a source connected later", () => {
  it("is a new feed, not a rise from zero", () => {
    const alerts = opened(traffic(300, 1));
    // Born late with the workspace's zeros, the new source's series fired 23 times in 9 days.
    expect(alerts.filter((a) => a.source === "reviews")).toEqual([]);
    expect(alerts.length).toBeLessThanOrEqual(3);
  });

  it("is watched once its own warm-up is over", () => {
    const waveAt = START + 16 * DAY + 14 * HOUR;
    const wave = burstMentions(waveAt, 60, 30, 7, "delivery", "reviews");
    const alerts = opened(mergeByTime(traffic(300, 2), wave)).filter(
      (a) => Date.parse(a.at) >= waveAt && Date.parse(a.at) < waveAt + 2 * HOUR,
    );
    expect(alerts.some((a) => a.source === "reviews")).toBe(true);
    expect(Math.min(...alerts.map((a) => Date.parse(a.at) - waveAt))).toBeLessThan(30 * 60_000);
  });
});
