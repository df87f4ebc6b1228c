import type { AppContext } from "../app/context.js";
import type { ListeningService } from "./service.js";

const DAY_MS = 86_400_000;
/** How old a home-page count may be when another process stored the mentions that change it. */
const TTL_MS = 5_000;

type Counts = { n: number; negative: number };

/**
 * The home page's mention figures count every original of a workspace (three scans per call, one of
 * them twice). Under a rush a polling dashboard made those scans the longest stretches the event loop
 * was held (up to 0.8 s on SQLite, whose calls are synchronous). Counts are kept for a few seconds and
 * dropped as soon as this process stores or corrects a mention of the workspace, so what one sees after
 * one's own import is exact; other processes' writes show within TTL_MS.
 */
export function contributeFigures(ctx: AppContext, listening: ListeningService) {
  const cache = new Map<string, { at: number; value: Promise<Counts> }>();
  const drop = (e: { workspaceId: string }) => {
    for (const key of cache.keys()) if (key.startsWith(`${e.workspaceId}|`)) cache.delete(key);
  };
  ctx.bus.subscribe("mention.created", drop);
  ctx.bus.subscribe("mention.updated", drop);

  const counts = (ws: string, window: "all" | "24h"): Promise<Counts> => {
    const since = new Date(ctx.clock.now().getTime() - DAY_MS).toISOString();
    // The window's start to the minute is part of the key: a moved clock is a different question.
    const key = window === "all" ? `${ws}|all` : `${ws}|24h|${since.slice(0, 16)}`;
    const now = ctx.clock.now().getTime();
    const hit = cache.get(key);
    if (hit && now - hit.at < TTL_MS) return hit.value;
    for (const [k, v] of cache) if (now - v.at >= TTL_MS) cache.delete(k);
    const value = listening.count(ws, window === "all" ? { originals: true } : { originals: true, since });
    cache.set(key, { at: now, value });
    value.catch(() => cache.delete(key));
    return value;
  };

  ctx.services.overview.contribute("mentions", async (ws) => (await counts(ws, "all")).n);
  ctx.services.overview.contribute("mentions_24h", async (ws) => (await counts(ws, "24h")).n);
  ctx.services.overview.contribute("negative_share_24h", async (ws) => {
    const c = await counts(ws, "24h");
    return c.n ? Math.round((c.negative / c.n) * 1000) / 1000 : null;
  });
}
