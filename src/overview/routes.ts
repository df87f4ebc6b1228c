import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { type App, actorOf } from "../server/types.js";

const overviewOut = z.object({
  mentions: z.number(),
  open_alerts: z.number(),
  open_crises: z.number(),
  mentions_24h: z.number(),
  negative_share_24h: z.number().nullable(),
});

export function overviewRoutes(app: App, ctx: AppContext) {
  app.get(
    "/api/v1/overview",
    {
      config: { access: "viewer" },
      schema: { tags: ["overview"], summary: "Figures for the home page", response: { 200: overviewOut } },
    },
    async (req) => {
      const f = await ctx.services.overview.figures(actorOf(req).workspaceId);
      return {
        mentions: f.mentions ?? 0,
        open_alerts: f.open_alerts ?? 0,
        open_crises: f.open_crises ?? 0,
        mentions_24h: f.mentions_24h ?? 0,
        negative_share_24h: f.negative_share_24h,
      };
    },
  );
}
