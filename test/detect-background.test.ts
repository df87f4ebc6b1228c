import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  backgroundOption,
  backgroundStream,
  type Condition,
  conditionFor,
  usualRate,
} from "../bench/detect-background.js";
import type { Row } from "../bench/detect-data.js";
import { type Rand, rhythm, seededRandom } from "../src/detection/detectors/synthetic.js";

/*
 * bench:detect's `--background`: each condition must really change the traffic the waves are laid on,
 * and the default must stay the Poisson background every earlier table was measured on.
 */

const START = Date.parse("2025-01-06T00:00:00Z"); // a Monday, as the bench's
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ROWS: Row[] = Array.from({ length: 7 }, (_, i) => ({
  text: `r${i}`,
  language: "en",
  label: "neutral",
  group: null,
}));
const shop = (perDay: number, days: number) => ({
  perDay,
  days,
  background: (rand: Rand) => ROWS[Math.floor(rand() * ROWS.length)] as Row,
});
const times = (c: Condition, perDay: number, days: number, seed = 3) =>
  backgroundStream(shop(perDay, days), seededRandom(seed), c, START).map((x) => x.t);

/**
 * Index of dispersion of 5-minute counts around their own hour's mean, pooled over hours: what the
 * arrivals add inside the hour, with the rhythm's and the day's level taken out (1 for Poisson).
 */
function withinHourDispersion(ts: number[]): number {
  const buckets = new Map<number, number[]>();
  for (const t of ts) {
    const h = Math.floor(t / HOUR);
    const b = buckets.get(h) ?? Array.from({ length: 12 }, () => 0);
    const i = Math.floor((t % HOUR) / (5 * 60_000));
    b[i] = (b[i] as number) + 1;
    buckets.set(h, b);
  }
  let squares = 0;
  let expected = 0;
  for (const b of buckets.values()) {
    const mean = b.reduce((s, x) => s + x, 0) / b.length;
    squares += b.reduce((s, x) => s + (x - mean) ** 2, 0);
    expected += (b.length - 1) * mean;
  }
  return squares / expected;
}

/** Share of the posts on the given weekdays (0 = Sunday) written from 21:00 UTC to midnight. */
function lateShare(ts: number[], weekdays: number[]): number {
  const on = ts.filter((t) => weekdays.includes(new Date(t).getUTCDay()));
  return on.filter((t) => new Date(t).getUTCHours() >= 21).length / on.length;
}

const between = (ts: number[], from: number, to: number) =>
  ts.filter((t) => t >= START + from * DAY && t < START + to * DAY).length;

describe("bench:detect --background", () => {
  it("is poisson unless asked, and refuses a condition it does not know", () => {
    expect(backgroundOption(["node", "bench/detect.ts", "--seeds", "3"])).toBe("poisson");
    expect(backgroundOption(["node", "bench/detect.ts", "--background", "gamma"])).toBe("gamma");
    expect(() => backgroundOption(["node", "bench/detect.ts", "--background", "hawkes"])).toThrow();
  });

  it("draws poisson's background as the bench always did, and leaves its generator where it did", () => {
    // Digest of the bench's own backgroundStream before the option existed (commit 2bf1747), same draw.
    const rand = seededRandom(7 * 7919 + 3000);
    const bg = backgroundStream(shop(3000, 3), rand, "poisson", START);
    const digest = createHash("sha1")
      .update(bg.map((x) => `${x.t} ${x.row.text}`).join("\n"))
      .digest("hex");
    expect(bg.length).toBe(6226);
    expect(digest).toBe("d4c3bcba755fe5c6dc79fa2000e5347d6b624868");
    // The wave starts are drawn next from the same generator.
    expect(rand()).toBe(0.2602900245692581);
  });

  it("mixes the rate within the hour under gamma, and not under poisson", () => {
    const poisson = withinHourDispersion(times("poisson", 3000, 7));
    const gamma = withinHourDispersion(times("gamma", 3000, 7));
    expect(poisson).toBeGreaterThan(0.9);
    expect(poisson).toBeLessThan(1.15);
    expect(gamma).toBeGreaterThan(1.5);
  });

  it("moves the weekend's hours later under weekend, and leaves the other days", () => {
    const poisson = times("poisson", 3000, 14);
    const weekend = times("weekend", 3000, 14);
    // null-arrival.ts's weekend is the rhythm's weekday index 4–5: Thursday and Friday on the calendar.
    // The evening peak (20:00) moves to 22:00 there: about twice the share after 21:00.
    expect(lateShare(weekend, [4, 5]) / lateShare(poisson, [4, 5])).toBeGreaterThan(1.6);
    expect(lateShare(weekend, [1, 2, 3]) / lateShare(poisson, [1, 2, 3])).toBeCloseTo(1, 1);
  });

  it("grows the shop by 2.5 % a day under grow, and keeps its size under poisson", () => {
    const ratio = (ts: number[]) => between(ts, 14, 21) / between(ts, 0, 7);
    expect(ratio(times("grow", 3000, 21))).toBeGreaterThan(1.3);
    expect(ratio(times("poisson", 3000, 21))).toBeGreaterThan(0.85);
    expect(ratio(times("poisson", 3000, 21))).toBeLessThan(1.15);
  });

  it("gives each seed of mixed another condition, the three that are not Poisson first", () => {
    const seeds = [1, 2, 3, 4].map((s) => conditionFor("mixed", s));
    expect(new Set(seeds).size).toBe(4);
    expect(seeds.slice(0, 3).sort()).toEqual(["gamma", "grow", "weekend"]);
    expect(conditionFor("gamma", 2)).toBe("gamma");
  });

  it("scales the slow crisis's ramp by the condition's usual rate, poisson's the bench's rhythm", () => {
    const t = START + 16 * DAY + 20 * HOUR;
    expect(usualRate("poisson", t, START)).toBe(rhythm(t));
    expect(usualRate("gamma", t, START)).toBe(rhythm(t));
    expect(usualRate("grow", t, START)).toBeCloseTo(rhythm(t) * 1.025 ** 2, 12);
  });
});
