import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MovableClock } from "../core/clock.js";
import { migrate } from "../db/migrate.js";
import { freshStore, type TestStore } from "../testing/store.js";
import { exponentialBackoff, JobRunner, jobsDb } from "./runner.js";
import { jobsStore } from "./store.js";

const log = pino({ level: "silent" });
let t: TestStore;

beforeEach(async () => {
  t = await freshStore();
  await migrate(t.store);
});
afterEach(async () => t.drop());

describe("job runner", () => {
  it("runs a job with its payload and idempotency key", async () => {
    const runner = new JobRunner(t.store, log);
    const seen: unknown[] = [];
    runner.register<{ n: number }>("echo", async (p, job) => {
      seen.push({ n: p.n, key: job.key, attempt: job.attempt });
    });
    await runner.enqueue("echo", { n: 1 }, { key: "k1" });
    expect(await runner.drain()).toBe(1);
    expect(seen).toEqual([{ n: 1, key: "k1", attempt: 1 }]);
  });

  it("enqueuing the same key twice gives one job, even after it ran", async () => {
    const runner = new JobRunner(t.store, log);
    let runs = 0;
    runner.register("once", async () => {
      runs++;
    });
    const a = await runner.enqueue("once", {}, { key: "alert-42" });
    const b = await runner.enqueue("once", {}, { key: "alert-42" });
    expect(a.duplicate).toBe(false);
    expect(b.duplicate).toBe(true);
    await runner.drain();
    await runner.enqueue("once", {}, { key: "alert-42" });
    await runner.drain();
    expect(runs).toBe(1);
  });

  it("retries a failing job with backoff, then gives up after max attempts", async () => {
    const runner = new JobRunner(t.store, log);
    let calls = 0;
    runner.register(
      "flaky",
      async () => {
        calls++;
        throw new Error(`receiver down (${calls})`);
      },
      { maxAttempts: 3, backoffMs: () => 0 },
    );
    await runner.enqueue("flaky", {}, { key: "f" });
    await runner.drain();
    expect(calls).toBe(3);
    const job = await jobsStore.byKey(jobsDb(t.store.db), "flaky", "f");
    expect(job?.status).toBe("failed");
    expect(job?.last_error).toBe("receiver down (3)");
  });

  it("schedules the next attempt later, growing exponentially", async () => {
    const runner = new JobRunner(t.store, log);
    runner.register(
      "later",
      async () => {
        throw new Error("no");
      },
      { backoffMs: (n) => 60_000 * n },
    );
    await runner.enqueue("later", {}, { key: "l" });
    await runner.drain();
    const job = await jobsStore.byKey(jobsDb(t.store.db), "later", "l");
    expect(job?.status).toBe("queued");
    expect(job?.attempts).toBe(1);
    expect(Date.parse(job?.run_at ?? "") - Date.now()).toBeGreaterThan(50_000);
    expect(exponentialBackoff(10)).toBeGreaterThan(exponentialBackoff(2) * 100);
    expect(exponentialBackoff(40)).toBeLessThanOrEqual(3600_000 * 1.25);
  });

  it("a job held by a worker that died is taken over when its lease expires", async () => {
    const clock = new MovableClock();
    const dead = new JobRunner(t.store, log, { clock });
    let claimed = false;
    dead.register(
      "work",
      async () => {
        claimed = true;
        return new Promise(() => undefined);
      },
      { leaseMs: 60_000 },
    );
    await dead.enqueue("work", { id: 7 }, { key: "w7" });
    // The dead worker claims it and never finishes (as if killed mid-job).
    void dead.drain(1);
    await expect.poll(() => claimed).toBe(true);
    expect((await jobsStore.byKey(jobsDb(t.store.db), "work", "w7"))?.status).toBe("running");

    const alive = new JobRunner(t.store, log, { clock });
    const done: number[] = [];
    alive.register<{ id: number }>("work", async (p) => {
      done.push(p.id);
    });
    expect(await alive.drain()).toBe(0);
    clock.advance(60_001);
    await alive.drain();
    expect(done).toEqual([7]);
    expect((await jobsStore.byKey(jobsDb(t.store.db), "work", "w7"))?.status).toBe("done");
  });

  it("survives a restart: queued jobs are rows, run by the next process", async () => {
    const first = new JobRunner(t.store, log);
    first.register("mail", async () => undefined);
    for (let i = 0; i < 5; i++) await first.enqueue("mail", { i }, { key: `m${i}` });
    await first.stop();
    const second = new JobRunner(t.store, log);
    const sent: number[] = [];
    second.register<{ i: number }>("mail", async (p) => {
      sent.push(p.i);
    });
    await second.drain();
    expect(sent.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("two workers on one store never run the same job twice", async () => {
    const runs = new Map<number, number>();
    const make = () => {
      const r = new JobRunner(t.store, log, { pollMs: 10 });
      r.register<{ i: number }>(
        "shared",
        async (p) => {
          runs.set(p.i, (runs.get(p.i) ?? 0) + 1);
          await new Promise((res) => setTimeout(res, 2));
        },
        { concurrency: 8 },
      );
      return r;
    };
    const a = make();
    const b = make();
    for (let i = 0; i < 200; i++) await a.enqueue("shared", { i }, { key: `s${i}` });
    await Promise.all([a.drain(), b.drain()]);
    expect(runs.size).toBe(200);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
  });

  it("every: a periodic job runs once per slot across workers, and each run queues the next slot", async () => {
    const clock = new MovableClock();
    clock.freeze(new Date("2026-03-01T10:00:10Z"));
    const slots: string[] = [];
    const make = () => {
      const r = new JobRunner(t.store, log, { clock });
      r.every("sweep", "*/30 * * * * *", async (slot) => {
        slots.push(slot.toISOString());
      });
      return r;
    };
    const a = make();
    const b = make();
    await Promise.all([a.schedule(), b.schedule()]);
    expect(await Promise.all([a.drain(), b.drain()])).toEqual([0, 0]);
    clock.advance(20_000);
    await Promise.all([a.drain(), b.drain()]);
    expect(slots).toEqual(["2026-03-01T10:00:30.000Z"]);
    clock.advance(30_000);
    await Promise.all([a.drain(), b.drain()]);
    expect(slots).toEqual(["2026-03-01T10:00:30.000Z", "2026-03-01T10:01:00.000Z"]);
    const next = await jobsStore.byKey(jobsDb(t.store.db), "every:sweep", "2026-03-01T10:01:30.000Z");
    expect(next?.status).toBe("queued");
  });

  it("every: the chain survives a failing run and a restart; a slot missed while down runs once", async () => {
    const clock = new MovableClock();
    clock.freeze(new Date("2026-03-01T10:30:00Z"));
    let fail = true;
    const runs: string[] = [];
    const first = new JobRunner(t.store, log, { clock });
    first.every("hourly", "0 * * * *", async (slot) => {
      runs.push(slot.toISOString());
      if (fail) throw new Error("store busy");
    });
    await first.schedule();
    clock.advance(30 * 60_000);
    await first.drain();
    expect(runs).toEqual(["2026-03-01T11:00:00.000Z"]);
    expect(
      (await jobsStore.byKey(jobsDb(t.store.db), "every:hourly", "2026-03-01T12:00:00.000Z"))?.status,
    ).toBe("queued");
    await first.stop();

    // Down three and a half hours: the next process finds one overdue slot, not three.
    fail = false;
    runs.length = 0;
    clock.advance(3.5 * 3600_000);
    const second = new JobRunner(t.store, log, { clock });
    second.every("hourly", "0 * * * *", async (slot) => {
      runs.push(slot.toISOString());
    });
    await second.schedule();
    await second.drain();
    // The failed 11:00 run is retried; of the missed 12:00, 13:00 and 14:00 only the queued 12:00 runs.
    expect(runs).toEqual(["2026-03-01T11:00:00.000Z", "2026-03-01T12:00:00.000Z"]);
    expect(
      (await jobsStore.byKey(jobsDb(t.store.db), "every:hourly", "2026-03-01T15:00:00.000Z"))?.status,
    ).toBe("queued");
  });

  it("every: runOnStart runs once when a worker starts; a bad pattern fails at setup", async () => {
    const runner = new JobRunner(t.store, log);
    let runs = 0;
    runner.every(
      "check",
      "0 * * * *",
      async () => {
        runs++;
      },
      { runOnStart: true },
    );
    await runner.schedule();
    await runner.schedule();
    await runner.drain();
    expect(runs).toBe(1);
    expect(() => runner.every("typo", "every hour", async () => undefined)).toThrow(/five or six/);
  });
});
