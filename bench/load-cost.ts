/**
 * `tsx bench/load-cost.ts`: what bench:load's work costs the server in CPU time, which a shared machine
 * does not move the way it moves wall-clock rates. A real `firebreak start` process (SQLite in a
 * temporary folder, or PostgreSQL when DATABASE_URL is set):
 *
 * - ingest: 8 clients post BENCH_BATCHES batches of 1,000 mentions (bench:load's bodies), then the bench
 *   waits until the server is idle again (the jobs the batches queued, detection and case rules, ran):
 *   CPU milliseconds per 1,000 mentions, the server's main thread and each other thread (the SQLite
 *   writer is the busiest of them);
 * - dashboard: BENCH_CALLS calls of each of bench:load's dashboard paths, one at a time: CPU
 *   milliseconds per call, less what the idle server uses in the same time.
 *
 * Per-thread figures come from /proc/PID/task/TID/stat (Linux). BENCH_ROUNDS (default 1) repeats both in
 * the same server. Prints JSON; with BENCH_NODE_OPTIONS="--require …/bench/load-gc.cjs" and BENCH_GC_FILE,
 * the server's garbage collections by kind over its whole run too.
 */
import { readFileSync } from "node:fs";
import { Pool } from "undici";
import { runCli, startServerProcess } from "../src/testing/process.js";
import { freshStore } from "../src/testing/store.js";
import { batch } from "./load-bodies.js";
import { type ThreadTimes, threadsSince, threadTimes, totalTime } from "./load-threads.js";

const BATCHES = Number(process.env["BENCH_BATCHES"] ?? 40);
const CALLS = Number(process.env["BENCH_CALLS"] ?? 50);
const ROUNDS = Number(process.env["BENCH_ROUNDS"] ?? 1);
const CLIENTS = 8;
const PATHS = ["/api/v1/mentions?limit=50", "/api/v1/overview", "/api/v1/alerts", "/api/v1/mentions/stats"];

/** Waits until the server used under 3 % of a core over a second: its queued jobs have run. */
async function idle(pid: number, limitS = 120) {
  const until = performance.now() + limitS * 1000;
  let last = totalTime(threadTimes(pid));
  while (performance.now() < until) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = totalTime(threadTimes(pid));
    if (now - last < 0.03) return;
    last = now;
  }
  throw new Error("the server did not come to rest");
}

/** CPU milliseconds per unit between a snapshot and now: the main thread, the rest, the busiest others. */
function cost(pid: number, before: ThreadTimes, units: number) {
  const t = threadsSince(pid, before);
  const per = (s: number) => Math.round(((s * 1000) / units) * 100) / 100;
  return {
    total_ms: per(t.all),
    main_ms: per(t.main),
    other_threads_ms: per(t.others),
    busiest_other_ms: t.busiest.map((b) => ({ tid: b.tid, ms: per(b.s) })),
  };
}

/** The server's collections when it ran with bench/load-gc.cjs preloaded and BENCH_GC_FILE set. */
function gcFigures(): unknown {
  const file = process.env["BENCH_GC_FILE"];
  if (!file) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

async function main() {
  const store = await freshStore();
  await store.store.close();
  const server = await startServerProcess({
    ...store.env,
    LOG_LEVEL: "error",
    ...(process.env["BENCH_NODE_OPTIONS"] ? { NODE_OPTIONS: process.env["BENCH_NODE_OPTIONS"] } : {}),
  });
  const rounds = [];
  // A failed run must not leave its server behind (it would run on, costing CPU, after the bench ends).
  try {
    const pid = server.child.pid ?? 0;
    const token = (
      await runCli(["token", "create", "--name", "bench", "--role", "admin"], store.env)
    ).stdout.trim();
    const auth = { authorization: `Bearer ${token}` };
    const api = new Pool(server.url, { connections: CLIENTS });
    const post = async (n: number) => {
      let next = 0;
      let accepted = 0;
      const client = async () => {
        while (next++ < n) {
          const res = await api.request({
            method: "POST",
            path: "/api/v1/mentions",
            headers: { ...auth, "content-type": "application/json" },
            body: batch(),
          });
          const body = (await res.body.json()) as { accepted: number };
          if (res.statusCode !== 202) throw new Error(`ingest answered ${res.statusCode}`);
          accepted += body.accepted;
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, client));
      return accepted;
    };
    const get = async (path: string) => {
      const res = await api.request({ method: "GET", path, headers: auth });
      await res.body.dump();
      if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}`);
    };

    // Warm-up: every path compiled, a first batch's jobs run, a detection baseline started.
    await post(CLIENTS);
    for (const p of PATHS) await get(p);
    await idle(pid);

    for (let r = 0; r < ROUNDS; r++) {
      // BENCH_PROFILE=1 with a preload that starts and writes a profile on SIGUSR2 (see BENCH_NODE_OPTIONS).
      const profile = process.env["BENCH_PROFILE"] === "1";
      if (profile) process.kill(pid, "SIGUSR2");
      const t0 = threadTimes(pid);
      const w0 = performance.now();
      const accepted = await post(BATCHES);
      const postedS = (performance.now() - w0) / 1000;
      await idle(pid);
      const ingest = cost(pid, t0, accepted / 1000);
      if (profile) process.kill(pid, "SIGUSR2");

      // The idle server's own use (the job runner's wakes, timers) over as long as the calls take.
      const d0 = threadTimes(pid);
      const c0 = performance.now();
      for (let i = 0; i < CALLS; i++) for (const p of PATHS) await get(p);
      const callsS = (performance.now() - c0) / 1000;
      const dashboard = cost(pid, d0, CALLS * PATHS.length);
      const i0 = threadTimes(pid);
      await new Promise((r) => setTimeout(r, callsS * 1000));
      const idleS = totalTime(threadTimes(pid)) - totalTime(i0);
      const idleMs = Math.round(((idleS * 1000) / (CALLS * PATHS.length)) * 100) / 100;
      rounds.push({
        mentions: accepted,
        posted_s: Math.round(postedS * 10) / 10,
        ingest_cpu_per_1000: ingest,
        dashboard_calls: CALLS * PATHS.length,
        dashboard_cpu_per_call: { ...dashboard, idle_server_ms_same_time: idleMs },
      });
      await idle(pid);
    }
    await api.close();
  } finally {
    await server.stop();
    await store.drop();
  }
  process.stdout.write(
    `${JSON.stringify({ store: process.env["DATABASE_URL"] ? "postgres" : "sqlite", rounds, gc: gcFigures() }, null, 2)}\n`,
  );
}

await main();
