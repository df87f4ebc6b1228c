import { sql } from "kysely";
import client from "prom-client";
import type { AppContext } from "../app/context.js";

/**
 * What an operator needs to see the product work, read from the store at each scrape: every worker's
 * jobs, deliveries and checks are counted whichever process did them, and no domain had to be edited to
 * report. Windows are short (an hour, five minutes) so a scrape reads only recent, indexed rows.
 */

const MAIL_QUEUE = "mail.send";
const DETECT_PREFIX = "detection";
const HOUR_MS = 3_600_000;
const RECENT_MS = 5 * 60_000;
/** A monitor this late for its turn means the scheduler is behind or stopped. */
const OVERDUE_MS = 30_000;

const OUTCOME: Record<string, string> = {
  done: "sent",
  failed: "failed",
  queued: "pending",
  running: "pending",
};

type Db = AppContext["db"];
type Collect = (this: client.Gauge<string>) => Promise<void>;

function gauge(
  registry: client.Registry,
  name: string,
  help: string,
  labelNames: string[],
  collect: Collect,
) {
  return new client.Gauge({ name, help, labelNames, registers: [registry], collect });
}

const iso = (ms: number) => new Date(ms).toISOString();
const seconds = (iso: string | null | undefined, now: number) =>
  iso ? Math.max(0, (now - Date.parse(iso)) / 1000) : 0;

async function jobsByQueue(db: Db) {
  return db
    .selectFrom("jobs")
    .select([
      "queue",
      "status",
      (e) => e.fn.countAll<number>().as("n"),
      (e) => e.fn.min("run_at").as("oldest"),
    ])
    .where("status", "in", ["queued", "running", "failed", "done"])
    .groupBy(["queue", "status"])
    .execute();
}

function jobMetrics(registry: client.Registry, db: Db, now: () => number) {
  gauge(
    registry,
    "firebreak_jobs_oldest_queued_age_seconds",
    "Age of the oldest job due and still waiting, by queue (0 when none waits)",
    ["queue"],
    async function () {
      const t = now();
      const rows = await db
        .selectFrom("jobs")
        .select(["queue", (e) => e.fn.min("run_at").as("oldest")])
        .where("status", "=", "queued")
        .where("run_at", "<=", iso(t))
        .groupBy("queue")
        .execute();
      this.reset();
      for (const r of rows) this.set({ queue: r.queue }, seconds(r.oldest as string | null, t));
    },
  );
  gauge(
    registry,
    "firebreak_mail_messages",
    "E-mail messages in the store by outcome (sent, failed after every retry, pending)",
    ["outcome"],
    async function () {
      const rows = (await jobsByQueue(db)).filter((r) => r.queue === MAIL_QUEUE);
      this.reset();
      for (const o of ["sent", "failed", "pending"]) this.set({ outcome: o }, 0);
      for (const r of rows) this.inc({ outcome: OUTCOME[r.status] ?? r.status }, Number(r.n));
    },
  );
  gauge(
    registry,
    "firebreak_detection_rounds",
    "Detection rounds in the store by outcome (done, failed after every retry, pending)",
    ["outcome"],
    async function () {
      const rows = (await jobsByQueue(db)).filter((r) => r.queue.startsWith(DETECT_PREFIX));
      this.reset();
      for (const o of ["done", "failed", "pending"]) this.set({ outcome: o }, 0);
      for (const r of rows)
        this.inc(
          { outcome: r.status === "done" || r.status === "failed" ? r.status : "pending" },
          Number(r.n),
        );
    },
  );
}

function deliveryMetrics(registry: client.Registry, db: Db, now: () => number) {
  gauge(
    registry,
    "firebreak_webhook_deliveries_last_hour",
    "Webhook delivery attempts in the last hour by channel (endpoint, alert channel, …) and outcome",
    ["channel", "outcome"],
    async function () {
      const rows = await db
        .selectFrom("webhook_deliveries")
        .select(["channel", "ok", (e) => e.fn.countAll<number>().as("n")])
        .where("created_at", ">=", iso(now() - HOUR_MS))
        .groupBy(["channel", "ok"])
        .execute();
      this.reset();
      for (const r of rows)
        this.set({ channel: r.channel, outcome: Number(r.ok) ? "delivered" : "failed" }, Number(r.n));
    },
  );
  gauge(
    registry,
    "firebreak_alerts",
    "Alerts by detector kind and status",
    ["kind", "status"],
    async function () {
      const rows = await db
        .selectFrom("alerts")
        .select(["kind", "status", (e) => e.fn.countAll<number>().as("n")])
        .groupBy(["kind", "status"])
        .execute();
      this.reset();
      for (const r of rows) this.set({ kind: r.kind, status: String(r.status) }, Number(r.n));
    },
  );
}

function monitorMetrics(registry: client.Registry, db: Db, now: () => number) {
  gauge(
    registry,
    "firebreak_monitor_checks_last_5m",
    "Monitor checks in the last five minutes by outcome",
    ["outcome"],
    async function () {
      const rows = await db
        .selectFrom("monitor_checks")
        .select(["ok", (e) => e.fn.countAll<number>().as("n")])
        .where("at", ">=", iso(now() - RECENT_MS))
        .groupBy("ok")
        .execute();
      this.reset();
      this.set({ outcome: "up" }, 0);
      this.set({ outcome: "down" }, 0);
      for (const r of rows) this.set({ outcome: Number(r.ok) ? "up" : "down" }, Number(r.n));
    },
  );
  gauge(
    registry,
    "firebreak_monitor_check_lateness_seconds",
    "How late checks ran after their due time in the last five minutes (max and mean)",
    ["stat"],
    async function () {
      const r = await db
        .selectFrom("monitor_checks")
        .select([(e) => e.fn.max("lateness_ms").as("max"), sql<number | null>`avg(lateness_ms)`.as("mean")])
        .where("at", ">=", iso(now() - RECENT_MS))
        .executeTakeFirst();
      this.set({ stat: "max" }, Number(r?.max ?? 0) / 1000);
      this.set({ stat: "mean" }, Number(r?.mean ?? 0) / 1000);
    },
  );
  gauge(
    registry,
    "firebreak_monitors_overdue",
    "Enabled monitors whose next check is more than 30 s overdue",
    [],
    async function () {
      const r = await db
        .selectFrom("monitors")
        .select((e) => e.fn.countAll<number>().as("n"))
        .where("enabled", "=", 1)
        .where("next_run_at", "<", iso(now() - OVERDUE_MS))
        .executeTakeFirst();
      this.set(Number(r?.n ?? 0));
    },
  );
}

/** Mentions are counted as this process ingests them: counting the table by source would read it all. */
function ingestMetrics(registry: client.Registry, ctx: AppContext) {
  const ingested = new client.Counter({
    name: "firebreak_mentions_ingested_total",
    help: "New mentions stored by this process, by source",
    labelNames: ["source"],
    registers: [registry],
  });
  return ctx.bus.subscribe<{ mentions?: { source?: string }[] }>("mention.created", (e) => {
    for (const m of e.data.mentions ?? []) ingested.inc({ source: m.source ?? "unknown" });
  });
}

export function installAppMetrics(registry: client.Registry, ctx: AppContext): () => void {
  const now = () => ctx.clock.now().getTime();
  jobMetrics(registry, ctx.db, now);
  deliveryMetrics(registry, ctx.db, now);
  monitorMetrics(registry, ctx.db, now);
  return ingestMetrics(registry, ctx);
}
