import type { DomainModule } from "../app/module.js";
import { seedDemoMentions } from "./demo.js";
import { pollFeed, sweepFeeds } from "./feeds.js";
import { contributeFigures } from "./figures.js";
import { hoursStore } from "./hours.js";
import { listeningRoutes } from "./routes.js";
import { createListeningService, FEED_QUEUE } from "./service.js";

export const listeningModule: DomainModule = {
  name: "listening",
  setup(ctx) {
    const listening = createListeningService(ctx);
    ctx.services.listening = listening;
    ctx.jobs.register<{ sourceId: string }>(FEED_QUEUE, (p) => pollFeed(ctx, listening, p.sourceId), {
      concurrency: 8,
      maxAttempts: 3,
      leaseMs: 2 * 60_000,
    });
    // Every 30 seconds, and when a worker starts: queues a poll for each feed that is due.
    ctx.jobs.every("listening.sweep", "*/30 * * * * *", () => sweepFeeds(ctx), { runOnStart: true });
    // Each ingest adds a row of hourly counts; folding them keeps the chart's and the counts' reads short.
    ctx.jobs.every("listening.fold-hours", "* * * * *", () => hoursStore.compact(ctx.db));
    // Home page figures count voices: reposts and copies are linked to their original, not counted.
    contributeFigures(ctx, listening);
  },
  routes: listeningRoutes,
  async stop(ctx) {
    await ctx.services.listening.classifyPool.close();
  },
  async demo(ctx, workspaceId) {
    await seedDemoMentions(ctx, workspaceId);
  },
};
