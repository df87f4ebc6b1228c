import type { AppContext } from "../app/context.js";
import type { ListeningService } from "./service.js";

const DAY_MS = 86_400_000;

/**
 * The home page's mention figures count originals (voices, not copies). They are read from the hourly
 * counts (hours.ts), which cost the same at any size and are exact for every process's writes.
 */
export function contributeFigures(ctx: AppContext, listening: ListeningService) {
  const lastDay = (ws: string) =>
    listening.count(ws, {
      originals: true,
      since: new Date(ctx.clock.now().getTime() - DAY_MS).toISOString(),
    });

  ctx.services.overview.contribute(
    "mentions",
    async (ws) => (await listening.count(ws, { originals: true })).n,
  );
  ctx.services.overview.contribute("mentions_24h", async (ws) => (await lastDay(ws)).n);
  ctx.services.overview.contribute("negative_share_24h", async (ws) => {
    const c = await lastDay(ws);
    return c.n ? Math.round((c.negative / c.n) * 1000) / 1000 : null;
  });
}
