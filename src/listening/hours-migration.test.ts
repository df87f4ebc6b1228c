import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeBefore } from "../testing/migration.js";
import { freshStore, type TestStore } from "../testing/store.js";
import { hoursStore } from "./hours.js";
import { listeningStore } from "./store.js";

let t: TestStore;
beforeAll(async () => {
  t = await freshStore();
});
afterAll(async () => t.drop());

describe("migration 0150: hourly counts of the mentions already stored", () => {
  it("fills one row per workspace and hour that adds up to what a scan counts", async () => {
    const { at, db, now, apply } = await storeBefore(t, "0150_mention_hours", ["ws-a", "ws-b"]);
    expect(at).toBeGreaterThan(0);
    const sentiments = ["negative", "neutral", "positive"];
    const rows = Array.from({ length: 90 }, (_, i) => ({
      id: `m${i}`,
      workspace_id: i % 3 === 0 ? "ws-b" : "ws-a",
      source: "s",
      external_id: `e${i}`,
      text: `text ${i}`,
      rating: i % 4 === 0 ? 1 + (i % 5) : null,
      created_at: new Date(Date.UTC(2026, 10, 1) + i * 23 * 60_000).toISOString(),
      received_at: now,
      language: "en",
      sentiment: sentiments[i % 3],
      score: 0,
      complaint: 0,
      topics: "[]",
      duplicate_of: i % 5 === 0 && i > 0 ? "m1" : null,
    }));
    await db.insertInto("mentions").values(rows).execute();

    await apply();

    for (const ws of ["ws-a", "ws-b"]) {
      const hours = await hoursStore.read(t.store.db, ws, "hour");
      const perHour = await t.store.db
        .selectFrom("mention_hours")
        .select(["hour", (eb) => eb.fn.countAll<number>().as("n")])
        .where("workspace_id", "=", ws)
        .groupBy("hour")
        .execute();
      expect(perHour.every((r) => Number(r.n) === 1)).toBe(true);
      const scan = await listeningStore.stats(t.store.db, ws, {}, "hour");
      expect(
        hours.map((h) => ({
          t: `${h.hour}:00:00.000Z`,
          mentions: h.mentions,
          negative: h.negative,
          copies: h.copies,
        })),
      ).toEqual(scan);
      const daily = await listeningStore.dailySentiment(
        t.store.db,
        ws,
        "2026-10-01T00:00:00.000Z",
        "2026-12-01T00:00:00.000Z",
      );
      expect(hours.reduce((n, h) => n + h.rating_sum, 0)).toBeCloseTo(
        daily.reduce((n, d) => n + d.rating_sum, 0),
      );
      expect(hours.reduce((n, h) => n + h.rated, 0)).toBe(daily.reduce((n, d) => n + d.rated, 0));
    }
  });
});
