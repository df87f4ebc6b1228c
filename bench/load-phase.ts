/**
 * One phase of `bench:load`: 8 ingesters posting batches of 1,000 mentions for a given time (with other
 * clients beside them or not), counted after a warm-up, with the cores each side used meanwhile.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Pool } from "undici";
import { batch } from "./load-bodies.js";
import { threadsSince, threadTimes } from "./load-threads.js";

export const INGESTERS = 8;

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
export function pin(serverPid: number): { server: string; clients: string } | { unpinned: string } {
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

export interface Server {
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
export const WARMUP_S = 5;

export interface Phase {
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
export async function rush(
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
