/**
 * The measuring side of `bench:load`, in its own thread: the load generators (8 ingesters building
 * 1,000-mention bodies, 50 status-page visitors) keep the bench's main event loop busy, and a probe
 * sharing that loop would time the bench's own queue, not the server's answer.
 */
import { parentPort, workerData } from "node:worker_threads";
import { Pool } from "undici";

export interface ProbeSetup {
  url: string;
  auth: Record<string, string>;
  /** Calls that start in the first `warmupS` seconds are also left out of `afterWarmup`. */
  warmupS: number;
}

export interface ProbeResult {
  health: number[];
  byPath: Record<string, number[]>;
  /** The same samples without the calls started in the first `warmupS` seconds (as ingest counts). */
  afterWarmup: { health: number[]; dashboard: number[] };
  /** The slowest dashboard calls: path, seconds since the probe started, milliseconds. */
  slowest: { path: string; at_s: number; ms: number }[];
  /** How late this thread's own 10 ms timer fired, at its 99th percentile: the probe's own noise. */
  probeLagP99: number;
}

const PATHS = ["/api/v1/mentions?limit=50", "/api/v1/overview", "/api/v1/alerts", "/api/v1/mentions/stats"];
const { url, auth, warmupS } = workerData as ProbeSetup;
const pool = new Pool(url, { connections: 2 });
let stop = false;
parentPort?.once("message", () => {
  stop = true;
});

async function timed(path: string, headers: Record<string, string> = {}) {
  const t0 = performance.now();
  const res = await pool.request({ method: "GET", path, headers });
  await res.body.dump();
  return performance.now() - t0;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const health: number[] = [];
const byPath: Record<string, number[]> = {};
const lags: number[] = [];
const calls: { path: string; at_s: number; ms: number }[] = [];
const started = performance.now();
const warm: { health: number[]; dashboard: number[] } = { health: [], dashboard: [] };
const warmedUp = (at: number) => at - started >= warmupS * 1000;

async function probe() {
  while (!stop) {
    const at = performance.now();
    const ms = await timed("/healthz");
    health.push(ms);
    if (warmedUp(at)) warm.health.push(ms);
    await sleep(100);
  }
}

async function poll() {
  for (let i = 0; !stop; i++) {
    const path = PATHS[i % PATHS.length] ?? "/healthz";
    const at = performance.now();
    const ms = await timed(path, auth);
    byPath[path] = [...(byPath[path] ?? []), ms];
    calls.push({ path, at_s: Math.round((at - started) / 100) / 10, ms: Math.round(ms) });
    if (warmedUp(at)) warm.dashboard.push(ms);
    await sleep(250);
  }
}

async function lag() {
  while (!stop) {
    const t0 = performance.now();
    await sleep(10);
    lags.push(performance.now() - t0 - 10);
  }
}

await Promise.all([probe(), poll(), lag()]);
await pool.close();
lags.sort((a, b) => a - b);
const result: ProbeResult = {
  health,
  byPath,
  afterWarmup: warm,
  slowest: calls.sort((a, b) => b.ms - a.ms).slice(0, 3),
  probeLagP99: Math.round(lags[Math.floor(lags.length * 0.99)] ?? 0),
};
parentPort?.postMessage(result);
