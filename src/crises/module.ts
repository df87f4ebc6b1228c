import type { DomainModule } from "../app/module.js";
import { systemActor } from "../core/actor.js";
import { crisesRoutes } from "./routes.js";
import { createCrisesService } from "./service.js";
import { watchCrises } from "./watch.js";

export const crisesModule: DomainModule = {
  name: "crises",
  setup(ctx) {
    ctx.services.crises = createCrisesService(ctx);
    ctx.services.overview.contribute("open_crises", (workspaceId) =>
      ctx.services.crises.countOpen(workspaceId),
    );
    // Every minute: the crisis clocks (acknowledge, first word, update cadence) are counted in minutes.
    ctx.jobs.every("crises.watch", "* * * * *", () => watchCrises(ctx));
  },
  routes: crisesRoutes,
  async demo(ctx, workspaceId) {
    const actor = systemActor(workspaceId, "Demo");
    const crisis = await ctx.services.crises.open(actor, {
      title: "Parcels stuck at the carrier's hub",
      type: "delivery_delay",
      severity: "SEV2",
      summary: "The carrier's main hub stopped sorting; about 300 orders are late and complaints are rising.",
      startedAt: new Date(ctx.clock.now().getTime() - 95 * 60_000).toISOString(),
    });
    await ctx.services.crises.update(actor, crisis.id, { status: "acknowledged" });
    await ctx.services.crises.setImpact(actor, crisis.id, {
      orders_affected: 312,
      customers_affected: 290,
      revenue_at_risk: 1_870_000,
    });
    await ctx.services.crises.addNote(
      actor,
      crisis.id,
      "Carrier confirms a sorter failure; ETA for restart 18:00.",
      true,
    );
  },
};
