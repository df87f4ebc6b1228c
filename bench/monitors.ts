/**
 * Runs 5,000 HTTP monitors at a 30-second interval against loopback targets (a separate process: most
 * fast, some slow, some failing) for a few minutes, through the real scheduler, checkers and store
 * writes. SQLite by default; PostgreSQL when DATABASE_URL is set. Prints JSON: checks/s, lateness of
 * checks against their slots (p50/p99/max), missed slots (from the scheduler and re-counted from the
 * stored checks), and this process's CPU and RSS.
 *
 * BENCH_MONITORS (5000), BENCH_INTERVAL_S (30), BENCH_DURATION_S (180), BENCH_SLOW_SHARE (0.05),
 * BENCH_FAIL_SHARE (0.05), SLOW_MS (1500), BENCH_CONCURRENCY (500).
 */
import { fork } from "node:child_process";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { request } from "undici";
import { systemActor } from "../src/core/actor.js";
import { histogramPercentile, MonitorScheduler } from "../src/monitoring/scheduler.js";
import { nextSlotMs, slotOffsetMs } from "../src/monitoring/slots.js";
import { createHarness } from "../src/testing/harness.js";

const MONITORS = Number(process.env["BENCH_MONITORS"] ?? 5000);
const INTERVAL_S = Number(process.env["BENCH_INTERVAL_S"] ?? 30);
const DURATION_S = Number(process.env["BENCH_DURATION_S"] ?? 180);
const SLOW_SHARE = Number(process.env["BENCH_SLOW_SHARE"] ?? 0.05);
const FAIL_SHARE = Number(process.env["BENCH_FAIL_SHARE"] ?? 0.05);
const CONCURRENCY = Number(process.env["BENCH_CONCURRENCY"] ?? 500);
const log = (m: string) => process.stderr.write(`${m}\n`);

const child = fork(fileURLToPath(new URL("./monitor-targets.ts", import.meta.url)), {
  execArgv: ["--import", "tsx"],
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const ports = await new Promise<{ ok: number[]; slow: number; fail: number }>((resolve) =>
  child.once("message", (m) => resolve((m as { ports: { ok: number[]; slow: number; fail: number } }).ports)),
);

/**
 * Baseline, same run, same targets: bare HTTP requests (undici, the same agent settings) with no
 * scheduler, checker or store. A check's CPU cost is reported as a ratio against one such request.
 */
async function baselineCpuMsPerRequest(n: number): Promise<number> {
  const cpu0 = process.cpuUsage();
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const res = await request(`http://127.0.0.1:${ports.ok[i % ports.ok.length]}/health?b=${i}`);
      await res.body.text();
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
  const c = process.cpuUsage(cpu0);
  return (c.user + c.system) / 1000 / n;
}
const BASELINE_REQUESTS = 5000;
const baselineMs = await baselineCpuMsPerRequest(BASELINE_REQUESTS);
log(`baseline: ${baselineMs.toFixed(3)} ms CPU per bare HTTP request`);

const h = await createHarness();
const ctx = h.ctx;
const actor = systemActor(h.workspaceId);
log(`creating ${MONITORS} monitors on ${ctx.store.dialect}…`);
const kinds = { ok: 0, slow: 0, fail: 0 };
const createdAt = Date.now();
for (let i = 0; i < MONITORS; i++) {
  const r = (i * 7919) % 1000;
  const kind = r < SLOW_SHARE * 1000 ? "slow" : r < (SLOW_SHARE + FAIL_SHARE) * 1000 ? "fail" : "ok";
  kinds[kind]++;
  const port =
    kind === "slow" ? ports.slow : kind === "fail" ? ports.fail : (ports.ok[i % ports.ok.length] as number);
  await ctx.services.monitoring.create(actor, {
    type: "http",
    name: `bench ${i}`,
    url: `http://127.0.0.1:${port}/health?m=${i}`,
    interval_s: INTERVAL_S,
    keyword: "ok",
  });
}
log(`created in ${((Date.now() - createdAt) / 1000).toFixed(1)} s`);

// Steady state: every monitor on its spread slot (a fresh monitor's first check is immediate instead).
// One statement per 500 monitors, so setting the slots takes well under the 3 s lead on either store.
const start = Date.now() + 3000;
const rows = await ctx.db.selectFrom("monitors").select(["id"]).execute();
for (let i = 0; i < rows.length; i += 500) {
  const values = sql.join(
    rows
      .slice(i, i + 500)
      .map((r) => sql`(${r.id}, ${new Date(nextSlotMs(r.id, INTERVAL_S * 1000, start)).toISOString()})`),
  );
  await sql`update monitors set next_run_at = v.column2 from (values ${values}) as v
    where monitors.id = v.column1`.execute(ctx.db);
}
if (Date.now() > start) log(`warning: setting the slots overran the start by ${Date.now() - start} ms`);

const scheduler = new MonitorScheduler(ctx, (b) => ctx.services.monitoring.record(b), {
  concurrency: CONCURRENCY,
});
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
let rssMax = 0;
const sampler = setInterval(() => {
  rssMax = Math.max(rssMax, process.memoryUsage().rss);
}, 500);
ctx.jobs.start();
const cpu0 = process.cpuUsage();
const t0 = Date.now();
scheduler.start();
log(`running for ${DURATION_S} s…`);
// Lateness per 15-second window too: a stall of the store shows as one bad window, not as a smear.
let windowBase = new Uint32Array(scheduler.stats.lateness.length);
const windows: number[] = [];
const progress = setInterval(() => {
  const s = scheduler.stats;
  const win = s.lateness.map((n, i) => n - (windowBase[i] ?? 0));
  windowBase = s.lateness.slice();
  const p99w = histogramPercentile(win, 99);
  windows.push(p99w);
  log(
    `${Math.round((Date.now() - t0) / 1000)} s: ${s.completed} checks, ${s.inFlight} in flight, ${s.waiting} waiting, missed ${s.missed}, p99 lateness ${histogramPercentile(s.lateness, 99)} ms (window ${p99w} ms), slowest claim ${s.claimMsMax} ms, slowest write ${s.flushMsMax} ms`,
  );
}, 15_000);
await new Promise((r) => setTimeout(r, DURATION_S * 1000));
const t1 = Date.now();
clearInterval(progress);
await scheduler.stop();
const cpu = process.cpuUsage(cpu0);
clearInterval(sampler);
loop.disable();
await ctx.jobs.stop();

// Re-count from the store: every slot of every monitor from the start until one interval before the
// end (later slots may have been handed back at stop) must have exactly one check.
const intervalMs = INTERVAL_S * 1000;
const checks = await ctx.db
  .selectFrom("monitor_checks")
  .select(["monitor_id", "at", "lateness_ms"])
  .execute();
const seen = new Map<string, number>();
for (const c of checks) {
  const scheduled = Date.parse(c.at) - c.lateness_ms;
  const key = `${c.monitor_id}:${Math.round((scheduled - slotOffsetMs(c.monitor_id, intervalMs)) / intervalMs)}`;
  seen.set(key, (seen.get(key) ?? 0) + 1);
}
let expected = 0;
let missing = 0;
let duplicates = 0;
for (const [, n] of seen) if (n > 1) duplicates += n - 1;
for (const r of rows) {
  const offset = slotOffsetMs(r.id, intervalMs);
  for (let s = nextSlotMs(r.id, intervalMs, start - 1); s < t1 - intervalMs; s += intervalMs) {
    expected++;
    if (!seen.has(`${r.id}:${Math.round((s - offset) / intervalMs)}`)) missing++;
  }
}
const seconds = (t1 - t0) / 1000;
const s = scheduler.stats;
const result = {
  store: ctx.store.dialect,
  monitors: MONITORS,
  targets: kinds,
  interval_s: INTERVAL_S,
  duration_s: Math.round(seconds),
  checks: s.completed,
  checks_per_s: Math.round((s.completed / seconds) * 10) / 10,
  failed_checks: s.failed,
  lateness_ms: {
    p50: histogramPercentile(s.lateness, 50),
    p99: histogramPercentile(s.lateness, 99),
    max: histogramPercentile(s.lateness, 100),
  },
  lateness_p99_ms_per_15s_window: windows,
  slowest_claim_ms: s.claimMsMax,
  slowest_batch_write_ms: s.flushMsMax,
  missed_checks: s.missed + missing,
  missed_by_scheduler: s.missed,
  slots_expected: expected,
  slots_without_check: missing,
  duplicate_checks: duplicates,
  event_loop_delay_p99_ms: Math.round(loop.percentile(99) / 1e6),
  cpu_percent_of_one_core: Math.round(((cpu.user + cpu.system) / 1000 / (t1 - t0)) * 1000) / 10,
  rss_max_mb: Math.round(rssMax / 1048576),
  /** CPU per check (scheduling, the check, its retries and the store write) against one bare request. */
  cpu_ms_per_check: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, s.completed)) * 1000) / 1000,
  baseline_cpu_ms_per_bare_request: Math.round(baselineMs * 1000) / 1000,
  cpu_per_check_vs_bare_request:
    Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, s.completed) / baselineMs) * 100) / 100,
  /** Checks done against the slots that fell inside the run (1.0: every scheduled check ran). */
  checks_vs_schedule: Math.round((s.completed / ((MONITORS * seconds) / INTERVAL_S)) * 1000) / 1000,
  goal: { p99_lateness_under_ms: 2000, missed: 0 },
};
console.log(
  JSON.stringify(
    { ...result, goal_met: result.lateness_ms.p99 < 2000 && result.missed_checks === 0 && duplicates === 0 },
    null,
    2,
  ),
);
child.send("stop");
await h.close();
process.exit(0);
