import { describe, expect, it } from "vitest";
import type { Topic } from "../nlp/index.js";
import { newProfile, queueRecent, unseenDay } from "./detectors/baseline.js";
import { DetectionEngine } from "./detectors/engine.js";
import { dayFloor } from "./detectors/level-error.js";
import { burstMentions, mergeByTime, seasonalTimes, seededRandom, weighted } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";

/**
 * A young baseline's first night of a busier day (tenth pass): the weekday profile is not trusted yet and
 * the day's level learns three hours late, so all mentions run at 2–3× expected until the day's level has
 * seen the day. Young thresholds pay for that error while the day's level has not seen the day in
 * progress (baseline.ts `unseenDay`), and not once it has: a rise in the afternoon is found as before.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse("2025-01-06T00:00:00Z"); // a Monday: day 3 is the rhythm's quiet Thursday
const SPIKES = new Set(["volume_spike", "negative_spike", "topic_spike"]);
const TOPICS: Topic[] = ["delivery", "customer_service", "price", "product_quality", "returns_refunds"];

/** Workspace-shaped null traffic (as bench/detect-null.ts), `busier` times as busy from day 4 on. */
function stream(perDay: number, busier: number, seed: number): MentionEvent[] {
  const rand = seededRandom(seed);
  const draw = (start: number, days: number, rate: number, s: number) =>
    seasonalTimes({ start, days, perDay: rate, seed: s, dailySigma: 0 });
  const times = [...draw(START, 4, perDay, seed + 1), ...draw(START + 4 * DAY, 3, perDay * busier, seed + 2)];
  const pick = <T>(xs: readonly T[], weights: readonly number[]): T => weighted(rand, xs, weights);
  return times.map((t, i) => {
    const u = rand();
    return {
      type: "mention",
      id: `n${i}`,
      at: new Date(t).toISOString(),
      sentiment: u < 0.25 ? "negative" : u < 0.35 ? "positive" : "neutral",
      topics: rand() < 0.4 ? [pick(TOPICS, [0.35, 0.25, 0.2, 0.12, 0.08])] : [],
      source: pick(["twitter", "facebook", "reviews"], [0.6, 0.3, 0.1]),
      language: pick(["en", "de", "pl", "fr"], [0.85, 0.08, 0.05, 0.02]),
    };
  });
}

function openings(events: MentionEvent[]): Alert[] {
  const engine = new DetectionEngine();
  const opened: Alert[] = [];
  for (const m of events)
    for (const a of engine.push(m)) if (a.phase === "open" && SPIKES.has(a.kind)) opened.push(a);
  return opened;
}

describe("a young baseline's first night of a busier day", () => {
  it("says how much of the day's level has not seen the day in progress", () => {
    const bucket = 5 * 60_000;
    const day2 = START + 2 * DAY;
    // Usual traffic of 10 a bucket from day 0 to `hours` into day 2, learned three hours late.
    const profileAt = (hours: number) => {
      const p = newProfile();
      for (let t = START; t < day2 + hours * HOUR; t += bucket)
        queueRecent(p, { start: t, observed: 10, expected: 10 }, bucket);
      return p;
    };
    // The day before has been seen by its evening; the next day is wholly unseen until its first
    // buckets are learned, three hours late; by 10:00 it is still more unseen than seen, by 20:00 seen.
    expect(unseenDay(profileAt(0), day2 - bucket)).toBeLessThan(0.2);
    expect(unseenDay(profileAt(2), day2 + 2 * HOUR)).toBe(1);
    const morning = unseenDay(profileAt(10), day2 + 10 * HOUR);
    expect(morning).toBeGreaterThan(0.4);
    expect(unseenDay(profileAt(20), day2 + 20 * HOUR)).toBeLessThan(Math.min(0.25, morning));
  });

  it("is read as a rise by fewer series at 3,000 and 20,000 a day", () => {
    // 1.6× from day 4 on top of the rhythm's quiet Thursday → busy Friday: about 2.5× expected all night.
    // Before: 2 openings at 3,000 a day, 36 at 20,000 (every kind of series in turn); now 1 and 13.
    for (const [perDay, most] of [
      [3000, 1],
      [20_000, 18],
    ] as const) {
      const now = openings(stream(perDay, 1.6, 1));
      dayFloor.on = false;
      const before = openings(stream(perDay, 1.6, 1));
      dayFloor.on = true;
      expect(now.length).toBeLessThanOrEqual(most);
      expect(before.length).toBeGreaterThan(most);
    }
  });

  it("still finds a wave in the afternoon of a young baseline's day", () => {
    const waveAt = START + 5 * DAY + 14 * HOUR;
    const wave = burstMentions(waveAt, 60, 40, 7, "delivery", "twitter");
    const opened = openings(mergeByTime(stream(300, 1, 2), wave));
    const first = opened.find((a) => Date.parse(a.at) >= waveAt);
    expect(first).toBeDefined();
    expect(Date.parse(first?.at ?? "") - waveAt).toBeLessThan(40 * 60_000);
    expect(opened.filter((a) => Date.parse(a.at) < waveAt)).toEqual([]);
  });
});
