import { describe, expect, it } from "vitest";
import { DetectionEngine } from "./detectors/engine.js";
import { backgroundMentions, burstMentions, mergeByTime } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";

const DAY = 86_400_000;
const START = Date.UTC(2024, 2, 4);
const toMinute = (m: MentionEvent): MentionEvent => ({
  ...m,
  at: new Date(Math.floor(Date.parse(m.at) / 60_000) * 60_000).toISOString(),
});

function opened(events: MentionEvent[], end: number): Alert[] {
  const e = new DetectionEngine();
  const out: Alert[] = [];
  for (const m of events) out.push(...e.push(m));
  out.push(...e.advance(end));
  return out.filter((a) => a.phase === "open" && a.kind.endsWith("_spike"));
}

// Many real sources stamp to the minute (the airline tweets do): a busy minute's mentions share one
// instant. Read to the millisecond, that instant looked like a cluster no Poisson rate allows.
describe("mentions stamped to the minute", () => {
  it("raise no false alarm on a busy shop's ordinary traffic", () => {
    const days = 5;
    const background = backgroundMentions(
      { start: START, days, perDay: 20_000, seed: 5, dailySigma: 0.15 },
      { negativeShare: 0.25, topicShare: { delivery: 0.3, customer_service: 0.25 }, sources: ["x", "y"] },
    ).map(toMinute);
    const alarms = opened(background, START + days * DAY).filter(
      (a) => a.at >= new Date(START + DAY).toISOString(),
    );
    expect(alarms).toEqual([]);
  });

  it("find a wave as the same mentions stamped to the second do, at most a minute apart", () => {
    const days = 9;
    const waveAt = START + 8 * DAY + 15 * 3_600_000;
    const stream = mergeByTime(
      backgroundMentions(
        { start: START, days, perDay: 300, seed: 9, dailySigma: 0.15 },
        { negativeShare: 0.25, topicShare: { delivery: 0.3 }, sources: ["x"] },
      ),
      burstMentions(waveAt, 60, 30, 13, "delivery", "x"),
    );
    const firstAfter = (alerts: Alert[]) => alerts.filter((a) => Date.parse(a.at) >= waveAt)[0];
    const fine = firstAfter(opened(stream, START + days * DAY));
    const coarse = firstAfter(opened(stream.map(toMinute), START + days * DAY));
    expect(fine).toBeDefined();
    expect(coarse).toBeDefined();
    expect(Math.abs(Date.parse(coarse?.at ?? "") - Date.parse(fine?.at ?? ""))).toBeLessThanOrEqual(60_000);
  });
});
