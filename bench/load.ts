/**
 * `npm run bench:load`: a rush on a real `firebreak start` process (its own store: SQLite in a temporary
 * folder, or PostgreSQL when DATABASE_URL is set). Phase 1 (5 s of warm-up, then a quarter of
 * BENCH_SECONDS): 8 clients post batches of 1,000 mentions alone, the solo ingest rate. Phase 2
 * (BENCH_SECONDS, default 60): the same 8 clients, plus 50 connections reading /status from 50 loopback
 * addresses (127.0.0.10…59, one rate-limit bucket each, as 50 visitors that ask again the moment they
 * are answered), a dashboard-like client polling the lists with a session token, and a probe on
 * /healthz every 100 ms. Both phases count from the end of their first 5 s (see WARMUP_S). With
 * taskset the server runs on CPU 0 and this process on CPU 1 (see pin()). Prints JSON: ingest rate vs
 * the solo rate (also per CPU-second the server got), p99 of /healthz and of the dashboard calls (all,
 * and after the warm-up; the slowest dashboard calls with when they started),
 * /status answers by code, the cores each side got, the server's resident memory.
 * Goal (issue 19): healthz and dashboard p99 < 250 ms, ingest ≥ 80% of solo, no 429 or error on /status.
 * A third phase, ingest alone again, gives the solo rate on the store the rush left
 * (`ingest_vs_solo_around`: the rush against the mean of both solo phases). BENCH_OTHERS=0 runs the
 * second phase with ingest alone too: how much of the ratio the bigger store makes by itself.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Pool } from "undici";
import { startThread } from "../src/core/thread.js";
import { runCli, startServerProcess } from "../src/testing/process.js";
import { freshStore } from "../src/testing/store.js";
import { batch } from "./load-bodies.js";
import type { ProbeResult, ProbeSetup } from "./load-probe.js";
import { threadsSince, threadTimes } from "./load-threads.js";

const SECONDS = Number(process.env["BENCH_SECONDS"] ?? 60);
const INGESTERS = 8;
const STATUS_CONNECTIONS = 50;

const quantile = (q: number) => (xs: number[]) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0) * 10) / 10;
};
const p99 = quantile(0.99);
const p50 = quantile(0.5);
/** The 1-minute load average: on a shared machine it says how much of the figures is the machine. */
const loadAverage = () => Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : null;
};

/** CPU seconds (user + system) the process has used: with wall time, how much of a core it got. */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/**
 * A load generator sharing CPUs with the server measures itself: 8 ingesters building bodies and 50
 * visitors asking again the moment they are answered took about half the machine, and the server's
 * share moved with theirs. With `taskset` (Linux) and at least two CPUs, the server (every thread it
 * has and starts later) gets CPU 0 and this process (its probe thread too) CPU 1, in both phases alike.
 * BENCH_PIN=0, a single CPU or no taskset: unpinned, and the JSON says so.
 */
function pin(serverPid: number): { server: string; clients: string } | { unpinned: string } {
  if (process.env["BENCH_PIN"] === "0") return { unpinned: "BENCH_PIN=0" };
  if (availableParallelism() < 2) return { unpinned: "one CPU" };
  try {
    execFileSync("taskset", ["-a", "-p", "-c", "0", String(serverPid)], { stdio: "ignore" });
    execFileSync("taskset", ["-a", "-p", "-c", "1", String(process.pid)], { stdio: "ignore" });
    return { server: "0", clients: "1" };
  } catch (e) {
    return { unpinned: `taskset failed or is missing: ${(e as Error).message.split("\n")[0]}` };
  }
}

/**
 * From now until called: the cores the server and this bench (all its threads) got meanwhile, and of the
 * server's, its main thread's (the event loop) and its other threads' (store threads, GC helpers).
 */
function cores(serverPid: number) {
  const server0 = cpuSeconds(serverPid);
  const bench0 = cpuSeconds(process.pid);
  const threads0 = threadTimes(serverPid);
  const t0 = performance.now();
  return () => {
    const wall = (performance.now() - t0) / 1000;
    const r = (n: number) => Math.round((n / wall) * 100) / 100;
    const t = threadsSince(serverPid, threads0);
    return {
      server: r(cpuSeconds(serverPid) - server0),
      clients: r(cpuSeconds(process.pid) - bench0),
      server_main_thread: r(t.main),
      server_other_threads: r(t.others),
    };
  };
}

/** The server's own event-loop delay since the last scrape (prom-client resets it on each one), in ms. */
async function loopLag(pool: Pool, headers: Record<string, string>) {
  const res = await pool.request({ method: "GET", path: "/metrics", headers });
  const text = await res.body.text();
  const read = (name: string) => {
    const m = new RegExp(`^firebreak_nodejs_eventloop_lag_${name}_seconds (\\S+)$`, "m").exec(text);
    return m ? Math.round(Number(m[1]) * 1000) : null;
  };
  const gauge = (name: string) => {
    const m = new RegExp(`^firebreak_${name} (\\S+)$`, "m").exec(text);
    return m ? Number(m[1]) : null;
  };
  const pace = { paced_answers: gauge("status_paced_answers"), answer_s: gauge("status_answer_seconds") };
  return { p99: read("p99"), max: read("max"), pace };
}

async function timed(pool: Pool, path: string, headers: Record<string, string> = {}) {
  const t0 = performance.now();
  const res = await pool.request({ method: "GET", path, headers });
  await res.body.dump();
  return { ms: performance.now() - t0, status: res.statusCode };
}

interface Server {
  url: string;
  pid: number;
  auth: Record<string, string>;
  api: Pool;
}

/**
 * Each phase counts only after its first WARMUP_S seconds. Ingest hands detection and the case rules
 * jobs that run seconds later: a short solo phase was a burst whose detection landed in the rush (the
 * server's profile showed detection at 0-5 % of the solo phase and 15-45 % right after it), so the
 * burst rate was compared with a rush that paid for both. Counting from the same point in both phases
 * compares steady rates; the whole-phase figures are printed beside them.
 */
const WARMUP_S = 5;

interface Phase {
  /** Mentions accepted per second after the warm-up: the figure the ratio uses. */
  steady: number;
  /** Over the whole phase, warm-up included (how earlier passes counted). */
  whole: number;
  /** Accepted per second in each 5-second stretch, to see a backlog build or drain. */
  timeline: number[];
  /** Cores the server and this bench used after the warm-up. */
  cores: ReturnType<ReturnType<typeof cores>>;
}

/** Runs 8 ingesters (and `extra` clients) for `seconds`; answers mentions accepted per second. */
async function rush(
  server: Server,
  seconds: number,
  extra: ((stopped: () => boolean) => Promise<void>)[],
): Promise<Phase> {
  let stop = false;
  const acceptedAt: number[] = [];
  const stopped = () => stop;
  const t0 = performance.now();
  const ingester = async () => {
    while (!stop) {
      const res = await server.api.request({
        method: "POST",
        path: "/api/v1/mentions",
        headers: { ...server.auth, "content-type": "application/json" },
        body: batch(),
      });
      const body = (await res.body.json()) as { accepted?: number };
      if (res.statusCode === 202) acceptedAt.push((performance.now() - t0) / 1000);
      else throw new Error(`ingest answered ${res.statusCode}: ${JSON.stringify(body)}`);
    }
  };
  let used = () => ({ server: 0, clients: 0, server_main_thread: 0, server_other_threads: 0 });
  // BENCH_PROFILE=1: SIGUSR2 to the server after the warm-up and at the end, for a preload (passed in
  // BENCH_NODE_OPTIONS, e.g. bench/load-profile.cjs) that starts a CPU profile on the first and writes it
  // on the second. Without such a preload SIGUSR2 would end the server.
  const profile = process.env["BENCH_PROFILE"] === "1" && extra.length > 0;
  const warm = setTimeout(() => {
    used = cores(server.pid);
    if (profile) process.kill(server.pid, "SIGUSR2");
  }, WARMUP_S * 1000);
  const timer = setTimeout(() => {
    stop = true;
  }, seconds * 1000);
  await Promise.all([...Array.from({ length: INGESTERS }, ingester), ...extra.map((f) => f(stopped))]);
  clearTimeout(timer);
  clearTimeout(warm);
  const steadyCores = used();
  if (profile) process.kill(server.pid, "SIGUSR2");
  const wall = (performance.now() - t0) / 1000;
  const timeline = Array.from({ length: Math.ceil(wall / 5) }, (_, i) =>
    Math.round(
      (acceptedAt.filter((t) => t >= i * 5 && t < i * 5 + 5).length * 1000) / Math.min(5, wall - i * 5),
    ),
  );
  return {
    steady: (acceptedAt.filter((t) => t >= WARMUP_S).length * 1000) / (wall - WARMUP_S),
    whole: (acceptedAt.length * 1000) / wall,
    timeline,
    cores: steadyCores,
  };
}

/** /healthz with nothing else running, so a shared machine's own delay is visible. */
async function idleHealth(api: Pool): Promise<number[]> {
  const idle: number[] = [];
  for (const until = performance.now() + 3000; performance.now() < until; ) {
    idle.push((await timed(api, "/healthz")).ms);
    await new Promise((r) => setTimeout(r, 50));
  }
  return idle;
}

/** The status page's visitors, one loopback address (one rate-limit bucket) each, as browsers ask. */
function visitors(server: Server) {
  const statusCodes: Record<string, number> = {};
  const pools = Array.from(
    { length: STATUS_CONNECTIONS },
    (_, i) => new Pool(server.url, { connections: 1, localAddress: `127.0.0.${10 + i}` }),
  );
  // Every browser and aggregator accepts gzip.
  const browser = { "accept-encoding": "gzip, deflate, br", "accept-language": "en-GB,en;q=0.9" };
  const visitor = (pool: Pool) => async (stopped: () => boolean) => {
    while (!stopped()) {
      const r = await timed(pool, "/status", browser).catch(() => ({ status: 0, ms: 0 }));
      statusCodes[r.status] = (statusCodes[r.status] ?? 0) + 1;
    }
  };
  return {
    clients: pools.map(visitor),
    statusCodes,
    close: () => Promise.all(pools.map((p) => p.close())),
  };
}

/** No probe ran (BENCH_OTHERS=0): no samples. */
const emptyProbe = (): ProbeResult => ({
  health: [],
  byPath: {},
  afterWarmup: { health: [], dashboard: [] },
  slowest: [],
  probeLagP99: 0,
});

/** The health probe and the dashboard poller, in their own thread (see load-probe.ts). */
function startProbe(server: Server) {
  const setup: ProbeSetup = { url: server.url, auth: server.auth, warmupS: WARMUP_S };
  const worker = startThread(import.meta.url, "load-probe", setup);
  const result = new Promise<ProbeResult>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    stop: async () => {
      worker.postMessage("stop");
      return result;
    },
  };
}

async function main() {
  const store = await freshStore();
  await store.store.close();
  const process_ = await startServerProcess({
    ...store.env,
    FIREBREAK_PUBLIC_RATE_LIMIT: "1200",
    LOG_LEVEL: "error",
    // BENCH_NODE_OPTIONS: e.g. `--require ./profile.cjs` to see where the server's event loop is busy.
    ...(process.env["BENCH_NODE_OPTIONS"] ? { NODE_OPTIONS: process.env["BENCH_NODE_OPTIONS"] } : {}),
  });
  const token = (
    await runCli(["token", "create", "--name", "bench", "--role", "admin"], store.env)
  ).stdout.trim();
  const server: Server = {
    url: process_.url,
    pid: process_.child.pid ?? 0,
    auth: { authorization: `Bearer ${token}` },
    api: new Pool(process_.url, { connections: INGESTERS + 4 }),
  };

  const machineCores = availableParallelism();
  const pinned = pin(server.pid);
  const idle = await idleHealth(server.api);
  const loadBefore = loadAverage();
  const solo = await rush(server, WARMUP_S + Math.max(5, SECONDS / 4), []);
  const others = visitors(server);
  await loopLag(server.api, server.auth);
  // BENCH_OTHERS=0: the second phase is ingest alone again, what a bigger store alone does to its rate.
  const alone = process.env["BENCH_OTHERS"] === "0";
  const probe = alone ? null : startProbe(server);
  const loaded = await rush(server, SECONDS, alone ? [] : others.clients);
  const probed = probe ? await probe.stop() : emptyProbe();
  const dashboard = Object.values(probed.byPath).flat();
  const lag = await loopLag(server.api, server.auth);
  // Ingest alone again, on the store the rush left: the rush stored into a store several times bigger
  // than the first solo phase did, and SQLite's insert and commit cost grows with it (docs/security.md,
  // eighth pass), so the rush is also compared with the mean of the solo phases around it.
  const soloAfter = await rush(server, WARMUP_S + Math.max(5, SECONDS / 4), []);
  const rss = rssMb(server.pid);
  const loadAfter = loadAverage();

  await Promise.all([server.api.close(), others.close()]);
  await process_.stop();
  // BENCH_SERVER_LOG=path keeps what the server printed (warnings, slow-query notes) for reading after.
  if (process.env["BENCH_SERVER_LOG"]) writeFileSync(process.env["BENCH_SERVER_LOG"], process_.output());
  await store.drop();
  const round = (n: number) => Math.round(n);
  process.stdout.write(
    `${JSON.stringify(
      {
        store: process.env["DATABASE_URL"] ? "postgres" : "sqlite",
        sqlite_thread: process.env["FIREBREAK_SQLITE_THREAD"] !== "0",
        seconds: SECONDS,
        warmup_s: WARMUP_S,
        ingest_per_s: round(loaded.steady),
        solo_ingest_per_s: round(solo.steady),
        ingest_vs_solo: Math.round((loaded.steady / solo.steady) * 100) / 100,
        ingest_vs_solo_whole_phases: Math.round((loaded.whole / solo.whole) * 100) / 100,
        solo_after_ingest_per_s: round(soloAfter.steady),
        ingest_vs_solo_around:
          Math.round((loaded.steady / ((solo.steady + soloAfter.steady) / 2)) * 100) / 100,
        // A shared machine gives the server a different share in each phase: ingest per CPU-second the
        // server got says how its own time was divided, whatever the machine left it.
        ingest_vs_solo_per_server_cpu:
          Math.round((loaded.steady / loaded.cores.server / (solo.steady / solo.cores.server)) * 100) / 100,
        ingest_timeline_per_s: { solo: solo.timeline, rush: loaded.timeline, solo_after: soloAfter.timeline },
        healthz_idle_p99_ms: p99(idle),
        healthz_p99_ms: p99(probed.health),
        healthz_samples: probed.health.length,
        dashboard_p99_ms: p99(dashboard),
        // The same two without the calls started in the rush's first WARMUP_S seconds, the stretch
        // ingest's rate leaves out too: the dashboard's first call opens its connections in the
        // rush's opening burst (see dashboard_slowest_calls).
        healthz_p99_after_warmup_ms: p99(probed.afterWarmup.health),
        dashboard_p99_after_warmup_ms: p99(probed.afterWarmup.dashboard),
        dashboard_samples: dashboard.length,
        dashboard_p99_by_path_ms: Object.fromEntries(
          Object.entries(probed.byPath).map(([k, v]) => [k, p99(v)]),
        ),
        // About 25 calls a path in 30 s make its p99 its single worst call; the median says whether a
        // path is slow or only had one bad turn.
        dashboard_p50_by_path_ms: Object.fromEntries(
          Object.entries(probed.byPath).map(([k, v]) => [k, p50(v)]),
        ),
        // Where the tail is: a first call that pays for a cold path shows as at_s near 0.
        dashboard_slowest_calls: probed.slowest,
        probe_thread_lag_p99_ms: probed.probeLagP99,
        status_by_code: others.statusCodes,
        event_loop_delay_p99_ms: lag.p99,
        status_pace: lag.pace,
        event_loop_delay_max_ms: lag.max,
        pinned,
        cpu_cores_solo: solo.cores,
        cpu_cores_rush: loaded.cores,
        server_rss_mb: rss,
        load_average: { before: loadBefore, after: loadAfter, cores: machineCores },
        goal: "healthz and dashboard p99 < 250 ms; ingest_vs_solo >= 0.8; status only 200/304",
      },
      null,
      2,
    )}\n`,
  );
}

await main();
