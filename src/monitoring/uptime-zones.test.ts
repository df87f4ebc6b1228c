import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { rollupDay, rollupHour } from "./rollup.js";
import { monitoringStore } from "./store.js";

/**
 * Uptime bars in the shop's own days: for a Warsaw shop "today" starts at its midnight (23:00 UTC in
 * winter), and the day the clocks go back has 25 hours of checks.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => h.close());

const MIN = 60_000;
const HOUR = 60 * MIN;

async function monitor(name: string) {
  const m = await h.ctx.services.monitoring.create(systemActor(h.workspaceId), {
    type: "tcp",
    name,
    host: "127.0.0.1",
    port: 5432,
    interval_s: 600,
  });
  return m.id as string;
}

/** One check every ten minutes in [from, to), failing where `fails` says; the hours and days rolled up as the job does. */
async function checks(id: string, from: string, to: string, fails: (t: number) => boolean = () => false) {
  const rows = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += 10 * MIN)
    rows.push({
      monitorId: id,
      workspaceId: h.workspaceId,
      at: new Date(t).toISOString(),
      ok: !fails(t),
      latencyMs: 20,
      latenessMs: 0,
      error: null,
    });
  await monitoringStore.insertChecks(h.ctx.db, rows);
}
async function rollUp(from: string, to: string, now: string) {
  for (let t = Date.parse(from); t < Date.parse(to); t += HOUR) await rollupHour(h.ctx.db, t);
  for (let t = Date.parse(from); t + 24 * HOUR <= Date.parse(to); t += 24 * HOUR)
    await rollupDay(h.ctx.db, t, Date.parse(now));
}
const byDay = (days: { day: string; checks: number; up: number }[]) =>
  Object.fromEntries(days.map((d) => [d.day, { checks: d.checks, up: d.up }]));

describe("uptime per day of the shop's zone", () => {
  it("Warsaw's today begins at its midnight, not UTC's; the default stays UTC's days", async () => {
    // 00:30 on 6 December in Warsaw, still 5 December in UTC.
    const now = "2026-12-05T23:30:00Z";
    h.clock.freeze(new Date(now));
    const id = await monitor("shop");
    // Failing for the last hour of Warsaw's 5 December (22:00-23:00 UTC), fine after its midnight.
    const down = (t: number) =>
      t >= Date.parse("2026-12-05T22:00:00Z") && t < Date.parse("2026-12-05T23:00:00Z");
    await checks(id, "2026-12-04T00:00:00Z", now, down);
    await rollUp("2026-12-04T00:00:00Z", "2026-12-05T23:00:00Z", now);

    const warsaw = await h.ctx.services.monitoring.uptimeDaily(h.workspaceId, id, 90, "Europe/Warsaw");
    expect(warsaw.days).toHaveLength(90);
    expect(warsaw.days.at(-1)).toMatchObject({ day: "2026-12-06", checks: 3, up: 3, uptime: 1 });
    // 5 December in Warsaw: 23:00 UTC on the 4th to 23:00 UTC on the 5th, six failures at its end.
    expect(warsaw.days.at(-2)).toMatchObject({ day: "2026-12-05", checks: 144, up: 138 });
    // 4 December in Warsaw: the checks from 00:00 UTC (01:00 local) to its end.
    expect(warsaw.days.at(-3)).toMatchObject({ day: "2026-12-04", checks: 138, up: 138 });
    expect(warsaw.days[0]?.day).toBe("2026-09-08");

    const utc = await h.ctx.services.monitoring.uptimeDaily(h.workspaceId, id, 90);
    expect(utc.days.at(-1)).toMatchObject({ day: "2026-12-05", checks: 141, up: 135 });
    expect(utc.days.at(-2)).toMatchObject({ day: "2026-12-04", checks: 144, up: 144 });
    // Every check counted once, whichever days they are drawn in.
    const sum = (ds: { checks: number }[]) => ds.reduce((s, d) => s + d.checks, 0);
    expect(sum(warsaw.days)).toBe(sum(utc.days));
  });

  it("the day the clocks go back has 25 hours; old days come from UTC's daily rollups", async () => {
    const now = "2026-10-26T12:00:00Z";
    h.clock.freeze(new Date(now));
    const id = await monitor("checkout");
    await checks(id, "2026-10-24T00:00:00Z", "2026-10-26T12:00:00Z");
    await rollUp("2026-10-24T00:00:00Z", "2026-10-26T12:00:00Z", now);
    // Sixty days back the hours are gone: only UTC's daily rollup of that day is left.
    await monitoringStore.upsertRollups(h.ctx.db, [
      {
        monitor_id: id,
        workspace_id: h.workspaceId,
        bucket: "d",
        start: "2026-08-27T00:00:00.000Z",
        count: 100,
        up_count: 50,
        latency_p50: null,
        latency_p95: null,
        latency_max: null,
      },
    ]);

    const days = byDay(
      (await h.ctx.services.monitoring.uptimeDaily(h.workspaceId, id, 90, "Europe/Warsaw")).days,
    );
    expect(days["2026-10-25"]).toEqual({ checks: 150, up: 150 });
    expect(days["2026-10-24"]).toEqual({ checks: 132, up: 132 }); // 00:00 UTC is 02:00 in Warsaw (CEST)
    expect(days["2026-08-27"]).toEqual({ checks: 100, up: 50 });
    expect(days["2026-08-26"]).toEqual({ checks: 0, up: 0 });
  });

  it("the API takes a zone, keeps UTC's days by default, and refuses an unknown zone", async () => {
    h.clock.freeze(new Date("2026-12-05T23:30:00Z"));
    const id = await monitor("api");
    const get = (q: string) =>
      h.app.inject({ method: "GET", url: `/api/v1/monitors/${id}/uptime${q}`, headers: h.auth("viewer") });
    expect((await get("?days=2")).json().days.map((d: { day: string }) => d.day)).toEqual([
      "2026-12-04",
      "2026-12-05",
    ]);
    expect(
      (await get("?days=2&time_zone=Europe/Warsaw")).json().days.map((d: { day: string }) => d.day),
    ).toEqual(["2026-12-05", "2026-12-06"]);
    expect((await get("?time_zone=Mars/Olympus")).statusCode).toBe(400);
  });
});
