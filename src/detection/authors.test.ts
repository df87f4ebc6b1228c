import { describe, expect, it } from "vitest";
import { countsForAuthor } from "./detectors/authors.js";
import { DetectionEngine } from "./detectors/engine.js";
import { backgroundMentions, burstMentions, mergeByTime } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";

const DAY = 86_400_000;
const START = Date.UTC(2024, 2, 4);

/** Two weeks of a 300-a-day shop, each mention from its own author, then a burst at 14:00 on day 15. */
function stream(burstAuthor: (i: number) => string): MentionEvent[] {
  const background = backgroundMentions(
    { start: START, days: 15, perDay: 300, seed: 7 },
    { negativeShare: 0.2, topicShare: { delivery: 0.4 }, sources: ["x"] },
  ).map((m, i) => ({ ...m, author: `@bg${i}` }));
  const burst = burstMentions(START + 14 * DAY + 14 * 3_600_000, 20, 12, 11, "fraud", "x").map((m, i) => ({
    ...m,
    author: burstAuthor(i),
  }));
  return mergeByTime(background, burst);
}

function rateAlerts(events: MentionEvent[], maxPerHour?: number): Alert[] {
  const e = new DetectionEngine(maxPerHour === undefined ? {} : { perAuthor: { maxPerHour } });
  const out: Alert[] = [];
  for (const m of events) out.push(...e.push(m));
  out.push(...e.advance(START + 15 * DAY));
  return out.filter((a) => a.phase === "open" && a.at >= new Date(START + 14 * DAY).toISOString());
}

describe("one author is not a wave", () => {
  it("counts at most maxPerHour of an author's mentions in any hour, and again once the hour has passed", () => {
    const counts = {};
    const t0 = START;
    expect([0, 1, 2, 3].map((m) => countsForAuthor(counts, "@ann", t0 + m * 60_000, 2))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(countsForAuthor(counts, "@ANN", t0 + 30 * 60_000, 2)).toBe(false);
    expect(countsForAuthor(counts, "@ann", t0 + 60 * 60_000 + 1, 2)).toBe(true);
    expect(countsForAuthor(counts, "@bob", t0, 2)).toBe(true);
    expect(countsForAuthor(counts, undefined, t0, 2)).toBe(true);
    expect(countsForAuthor(counts, "@ann", t0, 0)).toBe(true);
  });

  it("raises no spike for one customer's thread of twelve complaints, and one for twelve customers", () => {
    const oneThread = rateAlerts(stream(() => "@angry"));
    expect(oneThread.filter((a) => a.kind.endsWith("_spike"))).toEqual([]);
    const twelve = rateAlerts(stream((i) => `@customer${i}`));
    expect(twelve.some((a) => a.kind === "topic_spike" && a.topic === "fraud")).toBe(true);
    // Without the cap the thread reads as a wave: what the cap is for.
    const uncapped = rateAlerts(
      stream(() => "@angry"),
      0,
    );
    expect(uncapped.some((a) => a.kind === "topic_spike" && a.topic === "fraud")).toBe(true);
  });

  it("keeps what it has counted across a save and restore of the engine's state", () => {
    const e = new DetectionEngine();
    const m = (id: string, minute: number): MentionEvent => ({
      type: "mention",
      id,
      at: new Date(START + minute * 60_000).toISOString(),
      sentiment: "negative",
      topics: [],
      author: "@ann",
    });
    e.push(m("a", 0));
    e.push(m("b", 1));
    const restored = DetectionEngine.fromJSON(e.toJSON());
    expect(restored.toJSON().authors).toEqual({ "@ann": [START, START + 60_000] });
    restored.push(m("c", 2));
    expect(restored.toJSON().authors?.["@ann"]).toHaveLength(2);
  });
});
