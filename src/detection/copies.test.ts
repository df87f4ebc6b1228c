import { describe, expect, it } from "vitest";
import { parseDetectionConfig } from "./detectors/config.js";
import { copyKey, countsInRates, forgetQuiet } from "./detectors/copies.js";
import { DetectionEngine } from "./detectors/engine.js";
import { backgroundMentions, burstMentions, mergeByTime, seededRandom } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";

const DAY = 86_400_000;
const START = Date.UTC(2024, 2, 4);
const DAYS = 10;

/**
 * A 300-a-day shop's ordinary traffic, each post its own text, where 3 % of posts are repeated verbatim
 * under new ids: most once within two minutes (a re-import), a fifth twenty times 5–30 s apart (a bot).
 */
function withCopies(seed: number): MentionEvent[] {
  const posts = backgroundMentions(
    { start: START, days: DAYS, perDay: 300, seed, dailySigma: 0.15 },
    { negativeShare: 0.25, topicShare: { delivery: 0.3, customer_service: 0.2 }, sources: ["x", "y"] },
  ).map((m, i) => ({ ...m, text: `Post ${i} about an order from the shop` }));
  const rand = seededRandom(seed * 101);
  const copies: MentionEvent[] = [];
  for (const p of posts) {
    if (rand() >= 0.03) continue;
    const bot = rand() < 0.2;
    let t = Date.parse(p.at);
    for (let c = 0; c < (bot ? 20 : 1); c++) {
      t += bot ? 5_000 + Math.floor(rand() * 25_000) : Math.floor(rand() * 120_000);
      copies.push({ ...p, id: `${p.id}-copy${c}`, at: new Date(t).toISOString() });
    }
  }
  return mergeByTime(posts, copies);
}

function opened(events: MentionEvent[], maxPerHour?: number): Alert[] {
  const e = new DetectionEngine(maxPerHour === undefined ? {} : { perText: { maxPerHour } });
  const out: Alert[] = [];
  for (const m of events) out.push(...e.push(m));
  out.push(...e.advance(START + DAYS * DAY));
  return out.filter((a) => a.phase === "open" && a.kind.endsWith("_spike"));
}

describe("one text is one piece of evidence", () => {
  it("keys a text by its words, without links, handles or a retweet's mark, and not a short phrase", () => {
    const a = copyKey("Great sale at the shop today, everything half price https://t.co/x1");
    expect(a).toBeDefined();
    expect(copyKey("RT @fan: great sale at the  shop today, everything half price https://t.co/y2")).toBe(a);
    expect(copyKey("Great sale at the shop tomorrow, everything half price")).not.toBe(a);
    expect(copyKey("where is my order??")).toBeUndefined();
    expect(copyKey(undefined)).toBeUndefined();
  });

  it("counts a text again once its hour has been forgotten, and not before, across a restore", () => {
    const cfg = parseDetectionConfig({});
    const text = "my parcel never arrived and nobody answers";
    const m = (min: number): MentionEvent => ({
      type: "mention",
      id: `m${min}`,
      at: new Date(START + min * 60_000).toISOString(),
      sentiment: "negative",
      topics: [],
      text,
    });
    const state: Parameters<typeof countsInRates>[0] = {};
    const counted = (min: number) => countsInRates(state, cfg, m(min), START + min * 60_000);
    expect(counted(0)).toBe(true);
    expect(counted(30)).toBe(false);
    forgetQuiet(state, START + 45 * 60_000);
    expect(counted(50)).toBe(false);
    forgetQuiet(state, START + 61 * 60_000);
    expect(Object.keys(state.texts ?? {})).toEqual([]);
    expect(counted(61)).toBe(true);
    // A restored state (plain JSON, no index) reads the same hour.
    const restored = JSON.parse(JSON.stringify(state)) as typeof state;
    expect(countsInRates(restored, cfg, m(90), START + 90 * 60_000)).toBe(false);
    expect(countsInRates(restored, cfg, m(122), START + 122 * 60_000)).toBe(true);
  });

  it("keeps a shop whose posts are re-imported and repeated by bots within its budget", () => {
    // Budget: 1 false alarm a week, 10 days from the warm-up's end; the engine that counts every copy
    // read them as waves dozens of times a week.
    const stream = withCopies(3);
    const now = opened(stream);
    const old = opened(stream, 0);
    expect(now.length).toBeLessThanOrEqual(2);
    expect(old.length).toBeGreaterThan(20);
  });

  it("still finds a wave of distinct complaints, and one of the same short complaint", () => {
    const waveAt = START + 8 * DAY + 15 * 3_600_000;
    const wave = burstMentions(waveAt, 60, 30, 13, "delivery", "x");
    const distinct = wave.map((m, i) => ({ ...m, text: `Order ${i} never arrived and nobody answers` }));
    const same = wave.map((m) => ({ ...m, text: "where is my order??" }));
    const background = withCopies(5);
    for (const w of [distinct, same]) {
      const found = opened(mergeByTime(background, w)).filter((a) => Date.parse(a.at) >= waveAt);
      expect(found[0]).toBeDefined();
      expect(Date.parse(found[0]?.at ?? "") - waveAt).toBeLessThan(45 * 60_000);
    }
  });
});
