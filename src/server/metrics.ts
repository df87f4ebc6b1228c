import client from "prom-client";
import type { AppContext } from "../app/context.js";
import { loopPace, type Pacer } from "../core/pace.js";
import { type JobRunner, PERIODIC_PREFIX } from "../jobs/runner.js";
import { installAppMetrics } from "./app-metrics.js";
import type { App } from "./types.js";

/**
 * prom-client's defaults include gauges named `…_total` (`nodejs_active_handles_total` and kin), which
 * promtool refuses: `_total` is for counters. Each repeats the sum of its per-type gauge beside it.
 */
const MISNAMED_DEFAULTS = ["active_handles_total", "active_requests_total", "active_resources_total"];

/** A registry per server, so two servers in one process (tests) do not collide. */
export function installMetrics(
  app: App,
  jobs?: Pick<JobRunner, "queueStats">,
  ctx?: AppContext,
  pace: Pacer = loopPace,
) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "firebreak_" });
  for (const name of MISNAMED_DEFAULTS) registry.removeSingleMetric(`firebreak_nodejs_${name}`);
  if (ctx) {
    const off = installAppMetrics(registry, ctx);
    app.addHook("onClose", async () => off());
  }
  const duration = new client.Histogram({
    name: "firebreak_http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  if (jobs) installJobMetrics(registry, jobs);
  installPaceMetrics(registry, pace);
  app.addHook("onResponse", (req, reply, done) => {
    duration.observe(
      { method: req.method, route: req.routeOptions.url ?? "unmatched", status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
  app.get("/metrics", { config: { access: "viewer" }, schema: { hide: true } }, async (_req, reply) => {
    reply.header("content-type", registry.contentType);
    return registry.metrics();
  });
  return registry;
}

/** What the status page's pacer does (core/pace.ts): held answers say visitors wait for ingest. */
function installPaceMetrics(registry: client.Registry, pace: Pacer) {
  const gauge = (name: string, help: string, read: () => number) =>
    new client.Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge(
    "firebreak_status_paced_answers",
    "Status answers let out while ingest classified",
    () => pace.state.answered,
  );
  gauge(
    "firebreak_status_pace_held",
    "Status answers waiting while ingest classifies",
    () => pace.state.held,
  );
  gauge(
    "firebreak_status_answer_seconds",
    "What a status answer's own handler takes lately",
    () => pace.state.answerMs / 1000,
  );
}

/** Read from the store at each scrape, so every worker's jobs (periodic ones too) are counted. */
function installJobMetrics(registry: client.Registry, jobs: Pick<JobRunner, "queueStats">) {
  new client.Gauge({
    name: "firebreak_jobs",
    help: "Jobs in the store by queue and status",
    labelNames: ["queue", "status"],
    registers: [registry],
    async collect() {
      const rows = await jobs.queueStats();
      this.reset();
      for (const r of rows) this.set({ queue: r.queue, status: r.status }, Number(r.n));
    },
  });
  new client.Gauge({
    name: "firebreak_periodic_last_run_timestamp_seconds",
    help: "When each periodic job last finished a run",
    labelNames: ["name"],
    registers: [registry],
    async collect() {
      const rows = await jobs.queueStats();
      this.reset();
      for (const r of rows)
        if (r.status === "done" && r.last && r.queue.startsWith(PERIODIC_PREFIX))
          this.set({ name: r.queue.slice(PERIODIC_PREFIX.length) }, Date.parse(r.last) / 1000);
    },
  });
}
