import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { createHarness, type Harness } from "../testing/harness.js";
import {
  aggregate,
  DAILY_RETENTION_D,
  HOURLY_RETENTION_D,
  mergeAggregates,
  percentile,
  purgeOld,
  RAW_RETENTION_H,
  rollupDay,
  rollupHour,
} from "./rollup.js";
import { monitoringStore } from "./store.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const HOUR = 3600_000;

describe("downsampling", () => {
  it("percentiles and merges", () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([], 50)).toBeNull();
    const a = aggregate([
      { ok: 1, latency_ms: 10 },
      { ok: 0, latency_ms: null },
      { ok: 1, latency_ms: 30 },
    ]);
    expect(a).toEqual({ count: 3, up_count: 2, latency_p50: 10, latency_p95: 30, latency_max: 30 });
    const m = mergeAggregates([
      a,
      { count: 1, up_count: 1, latency_p50: 100, latency_p95: 100, latency_max: 120 },
    ]);
    expect(m).toMatchObject({ count: 4, up_count: 3, latency_max: 120 });
  });

  it("rolls raw one-minute checks into hours and days, then drops the raw ones after their retention", async () => {
    const m = await h.ctx.services.monitoring.create(systemActor(h.workspaceId), {
      type: "tcp",
      name: "db port",
      host: "127.0.0.1",
      port: 5432,
      interval_s: 60,
    });
    // Two days of one-minute checks ending at the last full hour; every 10th fails; latency 1..60 ms.
    const end = Math.floor(Date.now() / HOUR) * HOUR;
    const start = end - 49 * HOUR;
    const checks = [];
    for (let t = start, i = 0; t < end; t += 60_000, i++) {
      checks.push({
        monitorId: m.id,
        workspaceId: h.workspaceId,
        at: new Date(t).toISOString(),
        ok: i % 10 !== 0,
        latencyMs: (i % 60) + 1,
        latenessMs: 5,
        error: null,
      });
    }
    await monitoringStore.insertChecks(h.ctx.db, checks);

    const lastHour = end - HOUR;
    expect(await rollupHour(h.ctx.db, lastHour)).toBe(1);
    await rollupHour(h.ctx.db, lastHour); // idempotent
    const hours = await monitoringStore.rollups(
      h.ctx.db,
      m.id,
      "h",
      new Date(start).toISOString(),
      new Date(end).toISOString(),
    );
    expect(hours).toHaveLength(1);
    expect(hours[0]).toMatchObject({
      count: 60,
      up_count: 54,
      latency_p50: 30,
      latency_p95: 57,
      latency_max: 60,
    });

    // Yesterday: the raw checks of it are still kept, so the day's percentiles are exact.
    const day = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 86_400_000;
    // Rolled up as the job does, early the next day: after 23:00 UTC "now" would be past the raw
    // checks' retention for yesterday's start, and the day would be merged from hours instead.
    await rollupDay(h.ctx.db, day, day + 86_400_000 + HOUR);
    const [d] = await monitoringStore.rollups(
      h.ctx.db,
      m.id,
      "d",
      new Date(day).toISOString(),
      new Date(day + 1).toISOString(),
    );
    expect(d).toMatchObject({ count: 1440, up_count: 1296, latency_p50: 30, latency_max: 60 });

    const uptime = await h.ctx.services.monitoring.uptimeDaily(h.workspaceId, m.id, 90);
    expect(uptime.days).toHaveLength(90);
    expect(uptime.days.at(-2)).toMatchObject({ checks: 1440, uptime: 0.9 });
    expect(uptime.days[0]?.uptime).toBeNull();

    await purgeOld(h.ctx.db, h.clock.now().getTime());
    const left = await h.ctx.db
      .selectFrom("monitor_checks")
      .select((e) => e.fn.countAll<number>().as("n"))
      .where("monitor_id", "=", m.id)
      .executeTakeFirstOrThrow();
    // 49 h of checks, of which at most the last 48 h stay.
    expect(Number(left.n)).toBeLessThanOrEqual(48 * 60);
    expect(Number(left.n)).toBeGreaterThan(46 * 60);
  });

  it("a year of one-minute checks is a few hundred rollup rows, not half a million checks", () => {
    // Rows one monitor checked every minute holds after a year, with the retention the purge applies.
    const raw = RAW_RETENTION_H * 60;
    const hourly = HOURLY_RETENTION_D * 24;
    const daily = Math.min(365, DAILY_RETENTION_D);
    expect(DAILY_RETENTION_D).toBeGreaterThanOrEqual(365);
    expect(raw + hourly + daily).toBeLessThan(5000);
    expect((raw + hourly + daily) / (365 * 24 * 60)).toBeLessThan(0.01);
  });
});
