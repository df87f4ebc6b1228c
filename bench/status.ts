/**
 * The public status page under a rush. One server (the full app on SQLite, or PostgreSQL when
 * DATABASE_URL is set) with a realistic page: open incidents with updates in several languages, a
 * maintenance window, components. A second process (autocannon on loopback) loads, one after another:
 * `/healthz` (the bare route of the same server: the baseline), `/status`, `/status.json`, and `/status`
 * again while an update is published every second (each one drops the cached page).
 * Goal: each at least 50% of the bare route's rate, p99 under 20 ms.
 *
 * BENCH_SECONDS (10 per scenario), BENCH_CONNECTIONS (10 concurrent visitors, each requesting again as soon
 * as answered). Requests carry a browser's Accept-Encoding, so the page is served gzipped.
 * The per-IP public rate limit is switched off: all the load comes from one address.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { systemActor } from "../src/core/actor.js";
import { createHarness } from "../src/testing/harness.js";

const SECONDS = Number(process.env["BENCH_SECONDS"] ?? 10);
const CONNECTIONS = Number(process.env["BENCH_CONNECTIONS"] ?? 10);
const log = (m: string) => process.stderr.write(`${m}\n`);

const h = await createHarness({ listen: true, env: { FIREBREAK_PUBLIC_RATE_LIMIT: "0" } });
const base = h.ctx.config.publicUrl;
const actor = systemActor(h.workspaceId, "Bench");
const svc = h.ctx.services.statuspage;
for (let i = 0; i < 5; i++) {
  const inc = await svc.openIncident(actor, {
    title: { en: `Incident ${i}: card payments slow`, pl: `Incydent ${i}: płatności kartą działają wolno` },
    body: { en: "We are sorry: card payments are slow. Next update at 14:00 UTC.", pl: "Przepraszamy." },
    impact: i === 0 ? "major" : "minor",
    components: ["payments"],
  });
  for (let u = 0; u < 4; u++)
    await svc.publishUpdate(actor, inc.id, {
      status: "identified",
      body: { en: `Update ${u}: the processor answers again for most payments.`, de: `Update ${u}.` },
    });
}
await svc.scheduleMaintenance(actor, {
  title: { en: "Warehouse upgrade" },
  body: { en: "Labels print after 18:00." },
  components: ["delivery"],
  starts_at: new Date(Date.now() + 86_400_000).toISOString(),
  ends_at: new Date(Date.now() + 90_000_000).toISOString(),
});

const child = fork(fileURLToPath(new URL("./status-load.ts", import.meta.url)), {
  execArgv: ["--import", "tsx"],
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
await new Promise((r) => child.once("message", r));

interface Result {
  url: string;
  requests_per_s: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  non_2xx: number;
  errors: number;
  timeouts: number;
  bytes_per_request: number;
}
const load = (path: string): Promise<Result> =>
  new Promise((resolve) => {
    child.once("message", (m) => resolve(m as Result));
    child.send({ url: `${base}${path}`, seconds: SECONDS, connections: CONNECTIONS });
  });

// Warm up JIT and caches so the first measured scenario is not penalised.
await new Promise<void>((resolve) => {
  child.once("message", () => resolve());
  child.send({ url: `${base}/status`, seconds: 2, connections: 10 });
});

log(`bare route ${SECONDS}s × ${CONNECTIONS} connections…`);
const bare = await load("/healthz");
log("/status…");
const html = await load("/status");
log("/status.json…");
const json = await load("/status.json");
log("/status while an update is published every second…");
let published = 0;
const timer = setInterval(() => {
  void svc.publishUpdate(actor, "x", { status: "monitoring", body: { en: "x" } }).catch(() => undefined);
  void svc
    .setComponent(actor, "checkout", published++ % 2 ? "operational" : "degraded", null)
    .catch(() => undefined);
}, 1000);
const churn = await load("/status");
clearInterval(timer);
child.send("exit");

const row = (r: Result) => ({
  requests_per_s: Math.round(r.requests_per_s),
  p50_ms: r.p50_ms,
  p99_ms: r.p99_ms,
  max_ms: r.max_ms,
  ratio_to_bare: Number((r.requests_per_s / bare.requests_per_s).toFixed(3)),
  non_2xx: r.non_2xx,
  errors: r.errors + r.timeouts,
  bytes_per_request: r.bytes_per_request,
  meets_goal: r.requests_per_s >= 0.5 * bare.requests_per_s && r.p99_ms < 20 && r.non_2xx === 0,
});
const out = {
  bench: "status",
  store: process.env["DATABASE_URL"] ? "postgres" : "sqlite",
  seconds_per_scenario: SECONDS,
  connections: CONNECTIONS,
  goal: { ratio_to_bare: 0.5, p99_ms_below: 20 },
  bare: { path: "/healthz", requests_per_s: Math.round(bare.requests_per_s), p99_ms: bare.p99_ms },
  status_html: row(html),
  status_json: row(json),
  status_html_with_updates_every_1s: { ...row(churn), changes_made: published },
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
await h.close();
process.exit(0);
