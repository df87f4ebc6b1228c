import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrate } from "../db/migrate.js";
import { freshStore, type TestStore } from "../testing/store.js";
import { exponentialBackoff, JobRunner } from "./runner.js";
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
    const job = await jobsStore.byKey(t.store.db, "flaky", "f");
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
    const job = await jobsStore.byKey(t.store.db, "later", "l");
    expect(job?.status).toBe("queued");
    expect(job?.attempts).toBe(1);
    expect(Date.parse(job?.run_at ?? "") - Date.now()).toBeGreaterThan(50_000);
    expect(exponentialBackoff(10)).toBeGreaterThan(exponentialBackoff(2) * 100);
    expect(exponentialBackoff(40)).toBeLessThanOrEqual(3600_000 * 1.25);
  });

  it("a job held by a worker that died is taken over when its lease expires", async () => {
    const dead = new JobRunner(t.store, log);
    dead.register("work", async () => new Promise(() => undefined), { leaseMs: 200 });
    await dead.enqueue("work", { id: 7 }, { key: "w7" });
    // The dead worker claims it and never finishes (as if killed mid-job).
    void dead.drain(1);
    await new Promise((r) => setTimeout(r, 50));
    expect((await jobsStore.byKey(t.store.db, "work", "w7"))?.status).toBe("running");

    const alive = new JobRunner(t.store, log);
    const done: number[] = [];
    alive.register<{ id: number }>("work", async (p) => {
      done.push(p.id);
    });
    expect(await alive.drain()).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    await alive.drain();
    expect(done).toEqual([7]);
    expect((await jobsStore.byKey(t.store.db, "work", "w7"))?.status).toBe("done");
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
      const r = new JobRunner(t.store, log, 10);
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
});
