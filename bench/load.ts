/**
 * `npm run bench:load`: a rush on a real `firebreak start` process (its own store: SQLite in a temporary
 * folder, or PostgreSQL when DATABASE_URL is set). Solo blocks: 8 clients post batches of 1,000 mentions
 * alone, the solo ingest rate. Rush blocks (BENCH_SECONDS of rush in all, default 60, counted after each
 * block's warm-up): the same 8 clients, plus 50 connections reading /status from 50 loopback addresses
 * (127.0.0.10…59, one rate-limit bucket each, as 50 visitors that ask again the moment they are
 * answered), a dashboard-like client polling the lists with a session token, and a probe on /healthz
 * every 100 ms. BENCH_BLOCKS (default 4) rush blocks alternate with solo blocks of the same counted
 * length (solo, rush, solo, …, solo; load-blocks.ts); BENCH_BLOCKS=1 is earlier passes' design (a solo
 * quarter, one minute of rush, a solo quarter). Every block counts from the end of its first 5 s (see
 * WARMUP_S). With taskset the server runs on CPU 0 and this process on CPU 1 (see pin()). Prints JSON:
 * ingest rate vs the solo rate (each rush block against the solo blocks around it; also against the first
 * solo block and per CPU-second the server got), p99 of /healthz and of the dashboard calls (all, and after
 * the warm-up; the slowest dashboard calls with when they started), /status answers by code, the cores
 * each side got, the server's resident memory.
 * Goal (issue 19): healthz and dashboard p99 < 250 ms, ingest ≥ 80% of solo, no 429 or error on /status.
 * BENCH_OTHERS=0 runs the rush blocks with ingest alone too: what the growing store alone does.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Pool } from "undici";
import { startThread } from "../src/core/thread.js";
import { runCli, startServerProcess } from "../src/testing/process.js";
import { freshStore } from "../src/testing/store.js";
import { interleaved, mergePhases, mergeProbes, oneOpening } from "./load-blocks.js";
import { INGESTERS, type Phase, pin, rush, type Server, WARMUP_S } from "./load-phase.js";
import type { ProbeResult, ProbeSetup } from "./load-probe.js";

const SECONDS = Number(process.env["BENCH_SECONDS"] ?? 60);
const STATUS_CONNECTIONS = 50;
/** Rush blocks, each between two solo blocks (load-blocks.ts); 1 is the single minute of earlier passes. */
const BLOCKS = Math.max(1, Math.floor(Number(process.env["BENCH_BLOCKS"] ?? 4)));

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

/**
 * Ingest alone before, between and after the rush's blocks: the store grows through the run and
 * SQLite's insert and commit cost grows with it (docs/security.md, eighth pass), so each rush block is
 * compared with the solo blocks around it (load-blocks.ts).
 */
async function blocks(server: Server, clients: ((stopped: () => boolean) => Promise<void>)[]) {
  const soloSeconds = WARMUP_S + Math.max(5, SECONDS / Math.max(4, BLOCKS));
  const rushSeconds = BLOCKS === 1 ? SECONDS : WARMUP_S + SECONDS / BLOCKS;
  const solos: Phase[] = [await rush(server, soloSeconds, [])];
  const rushes: Phase[] = [];
  const probes: ProbeResult[] = [];
  const lags: Awaited<ReturnType<typeof loopLag>>[] = [];
  for (let b = 0; b < BLOCKS; b++) {
    await loopLag(server.api, server.auth);
    const probe = clients.length === 0 ? null : startProbe(server);
    rushes.push(await rush(server, rushSeconds, clients));
    probes.push(probe ? await probe.stop() : emptyProbe());
    lags.push(await loopLag(server.api, server.auth));
    solos.push(await rush(server, soloSeconds, []));
  }
  return { solos, rushes, probes, lags };
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
  // BENCH_OTHERS=0: the rush is ingest alone too, what a bigger store alone does to its rate.
  const alone = process.env["BENCH_OTHERS"] === "0";
  const others = visitors(server);
  const { solos, rushes, probes, lags } = await blocks(server, alone ? [] : others.clients);
  const solo = solos[0] as Phase;
  const soloAfter = solos[solos.length - 1] as Phase;
  const loaded = mergePhases(rushes);
  const probed = mergeProbes(probes);
  const dashboard = Object.values(probed.byPath).flat();
  const opening = oneOpening(probes);
  const lag = {
    p99: Math.max(...lags.map((l) => l.p99 ?? 0)),
    max: Math.max(...lags.map((l) => l.max ?? 0)),
    pace: lags[lags.length - 1]?.pace,
  };
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
        // The figure the goal reads: each rush block against the solo blocks on either side of it.
        blocks: BLOCKS,
        ingest_vs_solo_interleaved: interleaved(solos, rushes),
        // A shared machine gives the server a different share in each phase: ingest per CPU-second the
        // server got says how its own time was divided, whatever the machine left it.
        ingest_vs_solo_per_server_cpu:
          Math.round((loaded.steady / loaded.cores.server / (solo.steady / solo.cores.server)) * 100) / 100,
        ingest_timeline_per_s: { solo: solos.map((p) => p.timeline), rush: rushes.map((p) => p.timeline) },
        healthz_idle_p99_ms: p99(idle),
        // One rush's opening counted, not every block's (load-blocks.ts oneOpening); every call beside it.
        healthz_p99_ms: p99(opening.health),
        healthz_p99_every_call_ms: p99(probed.health),
        healthz_samples: probed.health.length,
        dashboard_p99_ms: p99(opening.dashboard),
        dashboard_p99_every_call_ms: p99(dashboard),
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
        goal: "healthz and dashboard p99 < 250 ms; ingest_vs_solo_interleaved.all >= 0.8; status only 200/304",
      },
      null,
      2,
    )}\n`,
  );
}

await main();
