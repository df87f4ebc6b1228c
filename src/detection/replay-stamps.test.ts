import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dailyTest } from "./detectors/daily.js";
import { backgroundMentions, burstMentions, mergeByTime } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";
import { replayFile, replayLines } from "./replay.js";
import { Spreader, StampSurvey } from "./replay-stamps.js";

const START = Date.parse("2024-03-04T00:00:00Z");
const DAY = 86_400_000;
const HOUR = 3_600_000;
const dir = mkdtempSync(join(tmpdir(), "firebreak-stamps-"));

async function collect(it: AsyncIterable<Alert>): Promise<Alert[]> {
  const out: Alert[] = [];
  for await (const a of it) out.push(a);
  return out;
}

const line = (e: MentionEvent, createdAt: string) =>
  JSON.stringify({
    id: e.id,
    text: "synthetic",
    created_at: createdAt,
    source: e.source,
    sentiment: e.sentiment,
    topics: e.topics,
  });
const asDate = (e: MentionEvent) => line(e, e.at.slice(0, 10));
const asHour = (e: MentionEvent) => line(e, `${e.at.slice(0, 13)}:00:00Z`);
const asIs = (e: MentionEvent) => line(e, e.at);

function reviews(days: number, seed: number): MentionEvent[] {
  return backgroundMentions(
    { start: START, days, perDay: 120, seed, dailySigma: 0.15 },
    { negativeShare: 0.25, topicShare: { product_quality: 0.2, delivery: 0.1 }, sources: ["reviews"] },
  );
}

function writeLines(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

function survey(lines: string[]): StampSurvey {
  const s = new StampSurvey();
  for (const l of lines) s.note(l);
  return s;
}

describe("stamps coarser than a minute", () => {
  it("tells day, hour and finer stamps apart, per source", () => {
    const events = reviews(3, 1);
    expect(survey(events.map(asDate)).resolution("reviews")).toBe("day");
    // The same time of day in another zone is still a day's stamp.
    const zoned = events.map((e) => line(e, `${e.at.slice(0, 10)}T00:00:00+02:00`));
    expect(survey(zoned).resolution("reviews")).toBe("day");
    // Local midnight across a change of daylight saving time is still a day's stamp.
    const dst = events.map((e, i) => line(e, `${e.at.slice(0, 10)}T00:00:00+0${i % 2 ? 1 : 2}:00`));
    expect(survey(dst).resolution("reviews")).toBe("day");
    expect(survey(events.map(asHour)).resolution("reviews")).toBe("hour");
    expect(survey(events.map(asIs)).resolution("reviews")).toBeNull();
    const minutes = events.map((e) => line(e, `${e.at.slice(0, 16)}:00Z`));
    expect(survey(minutes).resolution("reviews")).toBeNull();
  });

  it("spreads a stamp's rows evenly over its unit, in file order", () => {
    const spreader = new Spreader();
    const spread = { unitMs: DAY, rows: 4 };
    const times = [0, 1, 2, 3].map(() => spreader.timeFor("reviews", START, spread));
    expect(times.map((t) => (t - START) / HOUR)).toEqual([3, 9, 15, 21]);
    // With finely stamped sources beside it, a day's rows follow their rhythm: here afternoons only.
    const tweets = reviews(6, 4).map((e, i) => ({
      ...e,
      source: "twitter",
      at: new Date(START + (i % 6) * DAY + 12 * HOUR + (i % 360) * 60_000).toISOString(),
    }));
    const s2 = survey([...tweets.map(asIs), ...reviews(2, 5).map(asDate)]);
    const afternoon = new Spreader(s2.rhythm());
    const spread10 = { unitMs: DAY, rows: 10 };
    const hours = [...Array(10)].map(() => (afternoon.timeFor("reviews", START, spread10) - START) / HOUR);
    expect(hours.filter((h) => h >= 12 && h < 18).length).toBeGreaterThanOrEqual(8);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
    // A bare date among timed rows is spread on its own; the timed rows keep their time.
    const mixed = [
      line(reviews(1, 2)[0] as MentionEvent, "2024-03-04"),
      line(reviews(1, 3)[0] as MentionEvent, "2024-03-04T10:17:31Z"),
    ];
    const s = survey(mixed);
    expect(s.spreadOf(mixed[0] as string, "reviews", START)).toEqual({ unitMs: DAY, rows: 1 });
    expect(s.spreadOf(mixed[1] as string, "reviews", START + 10 * HOUR)).toBeNull();
  });

  it("raises no more than the days' budget on ordinary reviews stamped to the day, which read as written fired every day", async () => {
    const lines = reviews(40, 11).map(asDate);
    const file = writeLines("days.jsonl", lines);
    const notes: string[] = [];
    const alerts = await collect(
      replayFile(file, { onCoarse: (c) => notes.push(...c.map((x) => `${x.source}:${x.resolution}`)) }),
    );
    expect(notes).toEqual(["reviews:day"]);
    // Only the day tests speak (detectors/daily.ts), within their sixth of the budget (about 0.8
    // alarms expected in these 33 tested days); the minute tests, spread or not, no longer see reviews.
    expect(alerts.length).toBeLessThanOrEqual(2);
    for (const a of alerts) expect(a.windowMinutes).toBe(24 * 60);
    // Without the first reading (a stream handed over line by line) each day lands on one instant: the
    // engine itself sees that every stamp is a midnight and tests the source as days.
    expect((await collect(replayLines(lines))).length).toBeLessThanOrEqual(2);
    dailyTest.on = false;
    try {
      expect((await collect(replayLines(lines))).length).toBeGreaterThan(20);
    } finally {
      dailyTest.on = true;
    }
  });

  it("still finds a day of complaints in reviews stamped to the day", async () => {
    const base = reviews(40, 12);
    const day = START + 30 * DAY;
    const wave = burstMentions(day + 8 * HOUR, 600, 90, 13, "delivery", "reviews");
    const file = writeLines("days-wave.jsonl", mergeByTime(base, wave).map(asDate));
    const alerts = await collect(replayFile(file));
    expect(alerts.length).toBeGreaterThan(0);
    const first = Date.parse((alerts[0] as Alert).at);
    expect(first).toBeGreaterThanOrEqual(day);
    expect(first).toBeLessThan(day + DAY);
  });

  it("keeps a finely stamped source's times beside a day-stamped one", async () => {
    const tweets = backgroundMentions(
      { start: START, days: 12, perDay: 300, seed: 14, dailySigma: 0.15 },
      { negativeShare: 0.3, topicShare: { delivery: 0.15 }, sources: ["twitter"] },
    );
    const waveAt = START + 9 * DAY + 15 * HOUR;
    const wave = burstMentions(waveAt, 60, 30, 15, "delivery", "twitter");
    const fine = mergeByTime(tweets, wave).map((e) => ({ t: Date.parse(e.at), l: asIs(e) }));
    const coarse = reviews(12, 16).map((e) => ({ t: Date.parse(e.at.slice(0, 10)), l: asDate(e) }));
    const merged = [...fine, ...coarse].sort((a, b) => a.t - b.t).map((x) => x.l);
    const alerts = await collect(replayFile(writeLines("mixed.jsonl", merged)));
    expect(alerts.length).toBeGreaterThan(0);
    for (const a of alerts) {
      expect(Date.parse(a.at)).toBeGreaterThanOrEqual(waveAt);
      expect(Date.parse(a.at)).toBeLessThan(waveAt + 2 * HOUR);
    }
  });
});
