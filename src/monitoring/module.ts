import type { DomainModule } from "../app/module.js";
import { refusalOfUrl } from "../core/outbound.js";
import { dayStart, hourStart, purgeOld, rollupDay, rollupHour } from "./rollup.js";
import { monitoringRoutes } from "./routes.js";
import { MonitorScheduler } from "./scheduler.js";
import { createMonitoringService } from "./service.js";
import { TRANSITION_QUEUE } from "./transitions.js";

export const ROLLUP_QUEUE = "monitoring.rollup";
const HOUR = 3600_000;
const DAY = 86_400_000;
// Checks of a slot near the end of an hour are written a little later; roll the hour up after that.
const SETTLE_MS = 2 * 60_000;

// Per context, not per process: tests run several applications in one process.
const running = new WeakMap<object, MonitorScheduler>();

type RollupJob = { bucket: "h" | "d" | "purge"; start: string };

export const monitoringModule: DomainModule = {
  name: "monitoring",
  setup(ctx) {
    const service = createMonitoringService(ctx);
    ctx.services.monitoring = service;
    ctx.jobs.register<{ eventId: string }>(TRANSITION_QUEUE, (p) => service.handleTransition(p), {
      maxAttempts: 30,
    });
    ctx.jobs.register<RollupJob>(
      ROLLUP_QUEUE,
      async (p) => {
        if (p.bucket === "h") await rollupHour(ctx.db, Date.parse(p.start));
        else if (p.bucket === "d") await rollupDay(ctx.db, Date.parse(p.start), ctx.clock.now().getTime());
        else await purgeOld(ctx.db, ctx.clock.now().getTime());
      },
      { concurrency: 1 },
    );
    // Rollups are jobs keyed by their hour or day, so each runs once however many workers enqueue it.
    const enqueueRollups = async () => {
      const now = ctx.clock.now().getTime();
      const lastHour = hourStart(now - SETTLE_MS) - HOUR;
      for (let h = lastHour - 2 * HOUR; h <= lastHour; h += HOUR) {
        const start = new Date(h).toISOString();
        await ctx.jobs.enqueue(ROLLUP_QUEUE, { bucket: "h", start }, { key: `h:${start}` });
      }
      const lastDay = dayStart(now - SETTLE_MS) - DAY;
      const day = new Date(lastDay).toISOString();
      await ctx.jobs.enqueue(ROLLUP_QUEUE, { bucket: "d", start: day }, { key: `d:${day}` });
      const hourKey = new Date(hourStart(now)).toISOString();
      await ctx.jobs.enqueue(ROLLUP_QUEUE, { bucket: "purge", start: hourKey }, { key: `purge:${hourKey}` });
    };
    ctx.jobs.every("monitoring.rollups", "* * * * *", enqueueRollups, { runOnStart: true });
  },
  routes: monitoringRoutes,
  start(ctx) {
    if (running.has(ctx)) return;
    const scheduler = new MonitorScheduler(ctx, (batch) => ctx.services.monitoring.record(batch), {
      concurrency: Number(process.env["FIREBREAK_MONITOR_CONCURRENCY"] ?? 500),
    });
    scheduler.start();
    running.set(ctx, scheduler);
  },
  async stop(ctx) {
    const scheduler = running.get(ctx);
    if (!scheduler) return;
    running.delete(ctx);
    await scheduler.stop();
  },
  async demo(ctx, workspaceId) {
    const actor = { workspaceId, role: "admin" as const, userId: null, tokenId: null, label: "demo" };
    // The demo watches this server's own health page. On a laptop that address is loopback, which the
    // outbound guard refuses unless FIREBREAK_ALLOW_TARGETS lets it through: the demo goes on without it.
    const self = `${ctx.config.publicUrl}/healthz`;
    const refused = refusalOfUrl(self);
    if (refused) {
      ctx.log.warn(
        { url: self, refused },
        "demo: the Storefront monitor was skipped (its address is internal)",
      );
    } else {
      await ctx.services.monitoring.create(actor, {
        type: "http",
        name: "Storefront",
        url: self,
        interval_s: 60,
        component: "storefront",
      });
    }
    await ctx.services.monitoring.create(actor, {
      type: "heartbeat",
      name: "Nightly order export",
      interval_s: 86_400,
      grace_s: 3600,
    });
  },
};
