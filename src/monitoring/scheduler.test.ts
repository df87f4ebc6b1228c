import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { systemActor } from "../core/actor.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { MonitorScheduler } from "./scheduler.js";
import { nextSlotMs, slotOffsetMs } from "./slots.js";
import { json, startTarget, type Target } from "./testing.js";

let h: Harness;
let t: Target;
beforeAll(async () => {
  h = await createHarness();
  t = await startTarget();
  t.route("/ok", (_q, res) => json(res, 200, { ok: true }));
  // Never answers within the check's timeout.
  t.route("/hang", (_q, res) => setTimeout(() => json(res, 200, {}), 20_000));
});
afterAll(async () => {
  await h.close();
  await t.close();
});

describe("slots", () => {
  it("spreads monitors over the interval and keeps each on its offset", () => {
    const offsets = Array.from({ length: 1000 }, (_, i) => slotOffsetMs(`m${i}`, 30_000));
    const perSecond = new Array(30).fill(0);
    for (const o of offsets) perSecond[Math.floor(o / 1000)]++;
    expect(Math.max(...perSecond)).toBeLessThan(60);
    expect(Math.min(...perSecond)).toBeGreaterThan(15);
    const n = nextSlotMs("m1", 30_000, 1_000_000);
    expect(n).toBeGreaterThan(1_000_000);
    expect(n - 1_000_000).toBeLessThanOrEqual(30_000);
    expect(nextSlotMs("m1", 30_000, n)).toBe(n + 30_000);
  });
});

describe("scheduler", () => {
  it("two schedulers on one store never run the same slot twice, and a hanging target delays no one", async () => {
    const actor = systemActor(h.workspaceId);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const m = await h.ctx.services.monitoring.create(actor, {
        type: "http",
        name: `m${i}`,
        url: `${t.url}/${i % 10 === 0 ? "hang" : "ok"}`,
        interval_s: 5,
        retries: 0,
        // Short for the hanging ones: the steps below wait for every check to end before moving on.
        timeout_ms: i % 10 === 0 ? 200 : 1000,
      });
      ids.push(m.id);
    }
    const record = (b: Parameters<typeof h.ctx.services.monitoring.record>[0]) =>
      h.ctx.services.monitoring.record(b);
    // The clock stands still and moves in quarter-second steps once both schedulers have started
    // everything due and every check has finished (a hanging one after its real 200 ms timeout):
    // 11.5 s of schedule pass in the time the checks take, and no step can make a check late by more.
    h.clock.freeze();
    const opts = { tickMs: 20, lookaheadMs: 0, flushMs: 50, concurrency: 20 };
    const a = new MonitorScheduler(h.ctx, record, opts);
    const b = new MonitorScheduler(h.ctx, record, opts);
    a.start();
    b.start();
    const due = () =>
      h.ctx.db
        .selectFrom("monitors")
        .select((e) => e.fn.countAll<number>().as("n"))
        .where("next_run_at", "<=", h.clock.now().toISOString())
        .executeTakeFirstOrThrow();
    for (let step = 0; step < 46; step++) {
      await vi.waitFor(
        async () => {
          expect(Number((await due()).n)).toBe(0);
          // Everything claimed has started (or was counted missed) and finished.
          const [x, y] = [a.stats, b.stats];
          expect(x.claimed + y.claimed - x.started - y.started - x.missed - y.missed).toBe(0);
          expect(x.inFlight + y.inFlight + x.waiting + y.waiting).toBe(0);
        },
        { timeout: 5000, interval: 10 },
      );
      h.clock.advance(250);
    }
    await Promise.all([a.stop(), b.stop()]);

    const checks = await h.ctx.db
      .selectFrom("monitor_checks")
      .select(["monitor_id", "at", "lateness_ms"])
      .execute();
    const slots = new Map<string, number>();
    for (const c of checks) {
      const scheduled = Date.parse(c.at) - c.lateness_ms;
      // A slot is (monitor, scheduled time); two checks of one slot would share it exactly.
      const k = `${c.monitor_id}:${scheduled}`;
      slots.set(k, (slots.get(k) ?? 0) + 1);
    }
    expect([...slots.values()].filter((n) => n > 1)).toEqual([]);
    // And no two checks of a monitor closer together than most of an interval (the first one is off-slot).
    for (const id of ids) {
      const times = checks
        .filter((c) => c.monitor_id === id)
        .map((c) => Date.parse(c.at) - c.lateness_ms)
        .sort((x, y) => x - y);
      for (let i = 2; i < times.length; i++)
        expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThan(4000);
    }
    // Every monitor ran: its first check plus about two slots.
    for (const id of ids) expect(checks.filter((c) => c.monitor_id === id).length).toBeGreaterThanOrEqual(2);
    // Both claimed from the same rows; between them they ran exactly what was stored.
    expect(a.stats.started + b.stats.started).toBe(checks.length);
    expect(a.stats.missed + b.stats.missed).toBe(0);
    // Hanging targets hold 4 of 40 pool slots until they time out; nobody else waits for them.
    // (The first check of each monitor is due when it was created, before the schedulers started.)
    const first = new Map<string, string>();
    for (const c of checks)
      if (!first.has(c.monitor_id) || c.at < (first.get(c.monitor_id) ?? "")) first.set(c.monitor_id, c.at);
    const late = checks.filter((c) => c.lateness_ms > 500 && first.get(c.monitor_id) !== c.at);
    expect(late).toEqual([]);
    const hung = await h.ctx.db
      .selectFrom("monitors")
      .select(["state", "last_error"])
      .where("id", "=", ids[0] as string)
      .executeTakeFirstOrThrow();
    expect(hung).toEqual({ state: "down", last_error: "timed out" });
  });
});
