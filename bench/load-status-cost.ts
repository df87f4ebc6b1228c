/**
 * `tsx bench/load-status-cost.ts`: what one status-page visitor costs the server, in CPU time. A real
 * `firebreak start` process (SQLite in a temporary folder) with bench:load's settings, and its 50
 * visitors (one loopback address each, gzip and Accept-Language as browsers send) asking again the moment
 * they are answered, with nothing else running. After BENCH_WARMUP_S (default 3) it counts answers and
 * the server's CPU for BENCH_SECONDS (default 10): CPU µs per answer, its main thread and other threads
 * apart. BENCH_ROUNDS (default 3) repeats the measured stretch in the same server. With taskset the server
 * runs on CPU 0 and this process on CPU 1, as in bench:load. BENCH_REVALIDATE=1: the visitors send the
 * page's ETag back (If-None-Match), as a browser reloading within its cache does. Prints JSON.
 */
import { Pool } from "undici";
import { startServerProcess } from "../src/testing/process.js";
import { freshStore } from "../src/testing/store.js";
import { pin } from "./load-phase.js";
import { threadsSince, threadTimes } from "./load-threads.js";

const SECONDS = Number(process.env["BENCH_SECONDS"] ?? 10);
const WARMUP_S = Number(process.env["BENCH_WARMUP_S"] ?? 3);
const ROUNDS = Number(process.env["BENCH_ROUNDS"] ?? 3);
const VISITORS = 50;
const REVALIDATE = process.env["BENCH_REVALIDATE"] === "1";

async function main() {
  const store = await freshStore();
  await store.store.close();
  const server = await startServerProcess({
    ...store.env,
    FIREBREAK_PUBLIC_RATE_LIMIT: "1200",
    // The bucket is counted but never full: a 429 is a cheaper answer than the page, and would be measured.
    FIREBREAK_STATUS_RATE_LIMIT: process.env["FIREBREAK_STATUS_RATE_LIMIT"] ?? "1000000000",
    LOG_LEVEL: "error",
    ...(process.env["BENCH_NODE_OPTIONS"] ? { NODE_OPTIONS: process.env["BENCH_NODE_OPTIONS"] } : {}),
  });
  const rounds = [];
  const codes: Record<string, number> = {};
  let pinned = false;
  try {
    const pid = server.child.pid ?? 0;
    // The same pinning as bench:load (load-phase.ts).
    pinned = "server" in pin(pid);
    const pools = Array.from(
      { length: VISITORS },
      (_, i) => new Pool(server.url, { connections: 1, localAddress: `127.0.0.${10 + i}` }),
    );
    const browser: Record<string, string> = {
      "accept-encoding": "gzip, deflate, br",
      "accept-language": "en-GB,en;q=0.9",
    };
    let answers = 0;
    let stop = false;
    const visitor = async (pool: Pool) => {
      let etag: string | undefined;
      while (!stop) {
        const headers = REVALIDATE && etag ? { ...browser, "if-none-match": etag } : browser;
        const res = await pool.request({ method: "GET", path: "/status", headers });
        await res.body.dump();
        if (typeof res.headers["etag"] === "string") etag = res.headers["etag"];
        codes[res.statusCode] = (codes[res.statusCode] ?? 0) + 1;
        answers++;
      }
    };
    const running = Promise.all(pools.map(visitor));
    await new Promise((r) => setTimeout(r, WARMUP_S * 1000));
    const profile = process.env["BENCH_PROFILE"] === "1";
    for (let r = 0; r < ROUNDS; r++) {
      if (profile && r === 0) process.kill(pid, "SIGUSR2");
      const t0 = threadTimes(pid);
      const a0 = answers;
      const w0 = performance.now();
      await new Promise((res) => setTimeout(res, SECONDS * 1000));
      const t = threadsSince(pid, t0);
      const n = answers - a0;
      const wall = (performance.now() - w0) / 1000;
      if (profile && r === 0) process.kill(pid, "SIGUSR2");
      const us = (s: number) => Math.round((s * 1e6) / n);
      rounds.push({
        answers: n,
        per_s: Math.round(n / wall),
        cpu_us_per_answer: us(t.all),
        main_us_per_answer: us(t.main),
        other_threads_us_per_answer: us(t.others),
        server_cores: Math.round((t.all / wall) * 100) / 100,
      });
    }
    stop = true;
    await running;
    await Promise.all(pools.map((p) => p.close()));
  } finally {
    await server.stop();
    await store.drop();
  }
  process.stdout.write(`${JSON.stringify({ pinned, revalidate: REVALIDATE, codes, rounds }, null, 2)}\n`);
}

await main();
