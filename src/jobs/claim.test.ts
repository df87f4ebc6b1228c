import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from "kysely";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../app/database.js";
import { MovableClock } from "../core/clock.js";
import type { Store } from "../db/database.js";
import { migrate } from "../db/migrate.js";
import { freshStore, type TestStore } from "../testing/store.js";
import { JobRunner, jobsDb } from "./runner.js";
import { jobsStore } from "./store.js";

const log = pino({ level: "silent" });
let t: TestStore;

beforeEach(async () => {
  t = await freshStore();
  await migrate(t.store);
});
afterEach(async () => t.drop());

/** The store as the runner sees it, counting the statements that change rows (updates). */
function countingUpdates(store: Store<Database>) {
  const seen = { updates: 0 };
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs) {
      if (args.node.kind === "UpdateQueryNode") seen.updates++;
      return args.node;
    },
    transformResult: async (args: PluginTransformResultArgs) => args.result,
  };
  return { store: { ...store, db: store.db.withPlugin(plugin) }, seen };
}

describe("claiming jobs", () => {
  it("a wake over many queues claims in one write when jobs are due and writes nothing when none is", async () => {
    const { store, seen } = countingUpdates(t.store);
    const runner = new JobRunner(store, log);
    const ran: string[] = [];
    for (let i = 0; i < 30; i++)
      runner.register(`q${i}`, async () => {
        ran.push(`q${i}`);
      });
    expect(await runner.drain(1)).toBe(0);
    expect(seen.updates).toBe(0);

    await runner.enqueue("q3", {}, { key: "a" });
    await runner.enqueue("q17", {}, { key: "b" });
    seen.updates = 0;
    expect(await runner.drain(1)).toBe(2);
    // One claim for both queues, one statement marking both done.
    expect(seen.updates).toBe(2);
    expect(ran.sort()).toEqual(["q17", "q3"]);
  });

  it("one claim takes at most each queue's free room, oldest first, with each queue's lease", async () => {
    const clock = new MovableClock();
    clock.freeze(new Date("2026-03-01T10:00:00.000Z"));
    const runner = new JobRunner(t.store, log, { clock });
    runner.register("small", async () => undefined, { concurrency: 2, leaseMs: 1000 });
    runner.register("large", async () => undefined, { concurrency: 5, leaseMs: 60_000 });
    for (let i = 0; i < 4; i++) {
      await runner.enqueue("small", { i }, { key: `s${i}`, runAt: new Date(clock.now().getTime() - 10 + i) });
      await runner.enqueue("large", { i }, { key: `l${i}` });
    }
    // A job not yet due stays queued.
    await runner.enqueue("large", {}, { key: "later", runAt: new Date(clock.now().getTime() + 5000) });
    const claimed = await jobsStore.claim(jobsDb(t.store.db), t.store.dialect, {
      slots: [
        { queue: "small", limit: 2, leaseUntil: "2026-03-01T10:00:01.000Z" },
        { queue: "large", limit: 5, leaseUntil: "2026-03-01T10:01:00.000Z" },
      ],
      worker: "w1",
      now: clock.now().toISOString(),
    });
    const small = claimed.filter((j) => j.queue === "small");
    const large = claimed.filter((j) => j.queue === "large");
    expect(small.map((j) => j.key).sort()).toEqual(["s0", "s1"]);
    expect(large.map((j) => j.key).sort()).toEqual(["l0", "l1", "l2", "l3"]);
    expect(new Set(small.map((j) => j.locked_until))).toEqual(new Set(["2026-03-01T10:00:01.000Z"]));
    expect(new Set(large.map((j) => j.locked_until))).toEqual(new Set(["2026-03-01T10:01:00.000Z"]));
    expect(claimed.every((j) => j.status === "running" && j.locked_by === "w1" && j.attempts === 1)).toBe(
      true,
    );
    expect((await jobsStore.byKey(jobsDb(t.store.db), "large", "later"))?.status).toBe("queued");
  });

  it("a full queue does not hold back the others, and its jobs are claimed once it has room", async () => {
    const runner = new JobRunner(t.store, log);
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const done: string[] = [];
    runner.register("slow", () => held, { concurrency: 1 });
    runner.register("fast", async (p: { i: number }) => {
      done.push(`fast${p.i}`);
    });
    await runner.enqueue("slow", {}, { key: "s1" });
    await runner.enqueue("slow", {}, { key: "s2" });
    for (let i = 0; i < 3; i++) await runner.enqueue("fast", { i }, { key: `f${i}` });
    const draining = runner.drain();
    await expect.poll(() => done.length).toBe(3);
    expect((await jobsStore.byKey(jobsDb(t.store.db), "slow", "s2"))?.status).toBe("queued");
    release();
    await draining;
    await runner.drain();
    expect((await jobsStore.byKey(jobsDb(t.store.db), "slow", "s2"))?.status).toBe("done");
  });

  it("dueQueues names the queues with a job due or held past its lease, and no other", async () => {
    const db = jobsDb(t.store.db);
    const now = "2026-03-01T10:00:00.000Z";
    const row = (queue: string, key: string, extra: Partial<Parameters<typeof jobsStore.insert>[1]>) =>
      jobsStore.insert(db, {
        id: `${queue}-${key}`,
        queue,
        key,
        payload: "{}",
        status: "queued",
        attempts: 0,
        max_attempts: 5,
        run_at: now,
        locked_by: null,
        locked_until: null,
        last_error: null,
        created_at: now,
        finished_at: null,
        ...extra,
      });
    await row("due", "1", {});
    await row("future", "1", { run_at: "2026-03-01T10:00:05.000Z" });
    await row("held", "1", { status: "running", locked_by: "w", locked_until: "2026-03-01T10:01:00.000Z" });
    await row("expired", "1", {
      status: "running",
      locked_by: "w",
      locked_until: "2026-03-01T09:59:00.000Z",
    });
    await row("finished", "1", { status: "done", finished_at: now });
    await row("other", "1", {});
    const queues = ["due", "future", "held", "expired", "finished", "missing"];
    expect((await jobsStore.dueQueues(db, queues, now)).sort()).toEqual(["due", "expired"]);
  });
  it("a running worker marks a finished job done without being asked; stop marks the last ones", async () => {
    const runner = new JobRunner(t.store, log, { pollMs: 60_000 });
    let ran = 0;
    runner.register("tick", async () => {
      ran++;
    });
    runner.start();
    await runner.enqueue("tick", {}, { key: "t1" });
    // Generous timeouts: the suite's other files load the machine.
    await expect
      .poll(async () => (await jobsStore.byKey(jobsDb(t.store.db), "tick", "t1"))?.status, {
        timeout: 15_000,
      })
      .toBe("done");
    await runner.enqueue("tick", {}, { key: "t2" });
    await expect.poll(() => ran, { timeout: 15_000 }).toBe(2);
    await runner.stop();
    expect((await jobsStore.byKey(jobsDb(t.store.db), "tick", "t2"))?.status).toBe("done");
  });

  it("a job whose worker died before marking it done runs again once its lease ends", async () => {
    const clock = new MovableClock();
    const dead = new JobRunner(t.store, log, { clock });
    dead.register("work", async () => undefined, { leaseMs: 60_000 });
    await dead.enqueue("work", {}, { key: "w1" });
    // Claimed as a wake does; its handler finishes, but the worker dies before its next wake writes
    // the completion.
    await jobsStore.claim(jobsDb(t.store.db), t.store.dialect, {
      slots: [
        { queue: "work", limit: 1, leaseUntil: new Date(clock.now().getTime() + 60_000).toISOString() },
      ],
      worker: dead.worker,
      now: clock.now().toISOString(),
    });
    expect((await jobsStore.byKey(jobsDb(t.store.db), "work", "w1"))?.status).toBe("running");

    const alive = new JobRunner(t.store, log, { clock });
    let second = 0;
    alive.register("work", async () => {
      second++;
    });
    expect(await alive.drain()).toBe(0);
    clock.advance(60_001);
    expect(await alive.drain()).toBe(1);
    expect(second).toBe(1);
    expect((await jobsStore.byKey(jobsDb(t.store.db), "work", "w1"))?.status).toBe("done");
  });
});
