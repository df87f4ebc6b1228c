import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { deliveryWave, ingestAll, waveItems } from "../testing/wave-traffic.js";
import { ENGINE_STATE_VERSION } from "./detectors/engine.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;

let h: Harness;
let burstAt: number;
beforeAll(async () => {
  h = await createHarness();
  // The same moment on every run (the clock keeps moving from there): the baseline is by hour of the
  // week, so a wall-clock start put the wave in a different hour each run and the figures with it.
  h.clock.advance(Date.parse("2026-11-18T15:20:00Z") - h.clock.now().getTime());
  // Sixteen days of quiet traffic up to now, and a wave of delivery complaints three days ago.
  const now = h.clock.now().getTime();
  const start = Math.floor((now - 16 * DAY) / HOUR) * HOUR;
  burstAt = start + 13 * DAY + 2 * HOUR;
  const events = deliveryWave({
    start,
    days: 16,
    perDay: 80,
    seed: 3,
    wave: { at: burstAt, minutes: 45, count: 40, seed: 5 },
  }).filter((e) => Date.parse(e.at) < now);
  await ingestAll(h, waveItems(events));
}, 120_000);
afterAll(async () => h.close());

const preview = (payload: unknown, role: "admin" | "viewer" = "admin") =>
  h.app.inject({
    method: "POST",
    url: "/api/v1/detection/preview",
    headers: h.auth(role),
    payload: payload as never,
  });

describe("detection preview", () => {
  it("replays the stored mentions and lists the alerts the last days would have raised, explained", async () => {
    const res = await preview({ settings: { falseAlarmsPerWeek: 1 }, days: 7 });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.mentions).toBeGreaterThan(400);
    expect(body.false_alarms_per_week).toBe(1);
    const wave = body.alerts.find(
      (a: { at: string; kind: string }) =>
        Date.parse(a.at) >= burstAt && Date.parse(a.at) <= burstAt + HOUR && a.kind !== "volume_spike",
    );
    expect(wave).toBeDefined();
    expect(wave.title).toMatch(/: \d+ (negative )?in the last \d+ minutes \(usually \d+–\d+/);
    expect(wave.observed).toBeGreaterThan(wave.expected_high);
    // The run that fired may begin at a background complaint shortly before the wave: near it, not hours off.
    expect(Date.parse(wave.since)).toBeGreaterThanOrEqual(burstAt - 30 * 60_000);
    expect(Date.parse(wave.since)).toBeLessThanOrEqual(Date.parse(wave.at));
    expect(wave.mention_id).toMatch(/.+/);
    // Newest first, all inside the window.
    const times = body.alerts.map((a: { at: string }) => Date.parse(a.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const t of times) expect(t).toBeGreaterThanOrEqual(Date.parse(body.from));
  });

  it("a stricter setting raises no more alerts than a looser one, and leaves the saved settings alone", async () => {
    const strict = (await preview({ settings: { falseAlarmsPerWeek: 0.05 }, days: 14 })).json();
    const loose = (await preview({ settings: { falseAlarmsPerWeek: 50 }, days: 14 })).json();
    expect(strict.alerts.length).toBeLessThanOrEqual(loose.alerts.length);
    expect(loose.alerts.length).toBeGreaterThan(0);
    const saved = await h.app.inject({
      method: "GET",
      url: "/api/v1/detection/settings",
      headers: h.auth("viewer"),
    });
    expect(saved.json().falseAlarmsPerWeek).toBe(1);
  });

  it("refuses bad settings naming the field, and callers below admin", async () => {
    const bad = await preview({ settings: { falseAlarmsPerWeek: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: "invalid", field: "falseAlarmsPerWeek" });
    const days = await preview({ days: 90 });
    expect(days.statusCode).toBe(400);
    expect(days.json().error.field).toBe("days");
    expect((await preview({}, "viewer")).statusCode).toBe(403);
  });
});

describe("an engine of an older version", () => {
  it("is rebuilt from the stored mentions instead of starting cold", async () => {
    const cursor = `${new Date(h.clock.now().getTime() - 60_000).toISOString()}|zzz`;
    const old = { engine: { version: 3, bucketMs: 300_000 }, seen: [] };
    await h.ctx.db.deleteFrom("detector_states").where("workspace_id", "=", h.workspaceId).execute();
    await h.ctx.db
      .insertInto("detector_states")
      .values({
        workspace_id: h.workspaceId,
        state: JSON.stringify(old),
        mention_cursor: cursor,
        shop_cursor: null,
        config: "{}",
        updated_at: new Date(0).toISOString(),
      })
      .execute();
    await h.ctx.services.detection.process(h.workspaceId, { catchUp: true });
    const row = await h.ctx.db
      .selectFrom("detector_states")
      .selectAll()
      .where("workspace_id", "=", h.workspaceId)
      .executeTakeFirstOrThrow();
    const engine = JSON.parse(row.state).engine;
    expect(engine.version).toBe(ENGINE_STATE_VERSION);
    expect(ENGINE_STATE_VERSION).toBe(4);
    // Fourteen days learned: the all-mentions level is near the 80 a day the store holds.
    const perDay = (engine.series.volume.level * 86_400_000) / engine.bucketMs;
    expect(perDay).toBeGreaterThan(40);
    expect(perDay).toBeLessThan(160);
  });
});
