import type { DomainModule } from "../app/module.js";
import { pollFeed, sweepFeeds } from "./feeds.js";
import { listeningRoutes } from "./routes.js";
import { createListeningService, FEED_QUEUE } from "./service.js";

const SWEEP_MS = 30_000;
const DAY_MS = 86_400_000;
let sweeper: NodeJS.Timeout | undefined;

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
    // Home page figures count voices: reposts and copies are linked to their original, not counted.
    const since24h = () => new Date(Date.now() - DAY_MS).toISOString();
    ctx.services.overview.contribute(
      "mentions",
      async (ws) => (await listening.count(ws, { originals: true })).n,
    );
    ctx.services.overview.contribute(
      "mentions_24h",
      async (ws) => (await listening.count(ws, { originals: true, since: since24h() })).n,
    );
    ctx.services.overview.contribute("negative_share_24h", async (ws) => {
      const c = await listening.count(ws, { originals: true, since: since24h() });
      return c.n ? Math.round((c.negative / c.n) * 1000) / 1000 : null;
    });
  },
  routes: listeningRoutes,
  async start(ctx) {
    await sweepFeeds(ctx);
    sweeper = setInterval(
      () => void sweepFeeds(ctx).catch((err) => ctx.log.warn({ err }, "feed sweep")),
      SWEEP_MS,
    );
    sweeper.unref();
  },
  stop() {
    if (sweeper) clearInterval(sweeper);
    sweeper = undefined;
  },
};
