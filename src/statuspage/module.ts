import type { DomainModule } from "../app/module.js";
import { systemActor } from "../core/actor.js";
import { STATUS_LIST } from "./ops/notify.js";
import { refreshRoute } from "./refresh.js";
import { statusRoutes } from "./routes.js";
import { createStatusPageService } from "./service.js";
import { statusV2Routes } from "./v2-routes.js";

export const statusPageModule: DomainModule = {
  name: "statuspage",
  setup(ctx) {
    ctx.services.statuspage = createStatusPageService(ctx);
    // A notice queued before someone unsubscribed (or before an admin removed them) is not sent to them.
    ctx.services.mail?.onOptOut(STATUS_LIST, async (id) => {
      const sub = await ctx.db
        .selectFrom("status_subscribers")
        .select(["confirmed_at", "unsubscribed_at"])
        .where("id", "=", id)
        .executeTakeFirst();
      return !sub || Boolean(sub.unsubscribed_at) || !sub.confirmed_at;
    });
  },
  routes: (app, ctx) => {
    statusRoutes(app, ctx);
    statusV2Routes(app, ctx);
    refreshRoute(app);
  },
  async demo(ctx, workspaceId) {
    const actor = systemActor(workspaceId, "Demo");
    const day = 86_400_000;
    // The shop's own rows: the payments component if it still has one, else the first component.
    const rows = (await ctx.services.statuspage.components.list(workspaceId)).filter((c) => !c.group);
    const payments = rows.find((c) => c.id === "payments") ?? rows[0];
    if (!payments) return;
    await ctx.services.statuspage.scheduleMaintenance(actor, {
      title: { en: "Payment provider maintenance", pl: "Prace serwisowe operatora płatności" },
      body: {
        en: "Card payments may be slow for up to 20 minutes. PayPal and bank transfer keep working.",
        pl: "Płatności kartą mogą działać wolniej do 20 minut. PayPal i przelew działają normalnie.",
      },
      components: [payments.id],
      starts_at: new Date(ctx.clock.now().getTime() + 2 * day).toISOString(),
      ends_at: new Date(ctx.clock.now().getTime() + 2 * day + 3_600_000).toISOString(),
    });
  },
};
