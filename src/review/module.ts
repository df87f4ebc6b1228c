import type { DomainModule } from "../app/module.js";
import { systemActor } from "../core/actor.js";
import { ACTION_REMINDER_QUEUE } from "./actions.js";
import { reviewRoutes } from "./routes.js";
import { createReviewService, DRAFT_QUEUE } from "./service.js";

/**
 * A post-mortem learns from what happened to customers: a drill (nothing did) and a declined false alarm
 * (nothing was wrong) get none, and stay out of the figures it feeds.
 */
const deservesPostmortem = (c: { drill: boolean; declined_at: string | null }) => !c.drill && !c.declined_at;

export const reviewModule: DomainModule = {
  name: "review",
  setup(ctx) {
    ctx.services.review = createReviewService(ctx);
    ctx.jobs.register<{ workspaceId: string; crisisId: string }>(
      DRAFT_QUEUE,
      async ({ workspaceId, crisisId }) => {
        const actor = systemActor(workspaceId);
        const c = await ctx.services.crises.get(actor, crisisId);
        // Reopened before the job ran: it is drafted at the next resolution.
        if ((c.status === "resolved" || c.status === "closed") && deservesPostmortem(c))
          await ctx.services.review.draft(actor, crisisId);
      },
    );
    ctx.jobs.register<{ workspaceId: string; actionId: string; due: string }>(
      ACTION_REMINDER_QUEUE,
      async ({ workspaceId, actionId, due }, job) => {
        await ctx.services.review.actions.remind(workspaceId, actionId, due, job.key);
      },
    );
    // The status change happens in whichever process served the request; the draft goes through the
    // durable queue so a crash between the two does not lose it.
    ctx.bus.subscribe<{ id: string; reason: string }>("crisis.changed", (e) => {
      if (e.data.reason !== "updated") return;
      void (async () => {
        const c = await ctx.services.crises.get(systemActor(e.workspaceId), e.data.id);
        if (c.status !== "resolved" || !deservesPostmortem(c)) return;
        await ctx.jobs.enqueue(
          DRAFT_QUEUE,
          { workspaceId: e.workspaceId, crisisId: c.id },
          { key: `postmortem:${c.id}:${c.resolved_at}` },
        );
      })().catch((err) => ctx.log.error({ err }, "post-mortem draft not queued"));
    });
    ctx.jobs.every("review.overdue-actions", "0 * * * *", () => ctx.services.review.actions.checkOverdue(), {
      runOnStart: true,
    });
  },
  routes: reviewRoutes,
  /** A crisis resolved today, with its post-mortem written and two action items (one overdue). */
  async demo(ctx, workspaceId) {
    const actor = systemActor(workspaceId, "Demo");
    const day = (n: number) =>
      new Date(ctx.clock.now().getTime() + n * 86_400_000).toISOString().slice(0, 10);
    const c = await ctx.services.crises.open(actor, {
      title: "Double charges at checkout",
      type: "payment_failure",
      severity: "SEV1",
      summary: "A payment provider update charged about 140 cards twice for four hours; all were refunded.",
      // Resolved within the last hours, so its times read like a real incident handled today.
      startedAt: new Date(ctx.clock.now().getTime() - 4 * 3_600_000).toISOString(),
    });
    for (const status of ["acknowledged", "mitigating", "monitoring", "resolved"] as const)
      await ctx.services.crises.update(actor, c.id, { status });
    await ctx.services.crises.setImpact(actor, c.id, {
      orders_affected: 142,
      customers_affected: 139,
      revenue_at_risk: 1_260_000,
      remedies_given: 139,
      remedies_cost: 278_000,
    });
    await ctx.services.review.update(actor, c.id, {
      causes: ["Provider's retry sent a second capture", "No alert on duplicate captures"],
      contributing_factors: ["The provider's change notice went to a shared inbox nobody read"],
      went_well: ["Refunds done within the day", "Status page updated hourly"],
    });
    await ctx.services.review.actions.create(actor, c.id, {
      title: "Alert when one order is captured twice",
      owner_name: "Technical lead",
      due_date: day(-2),
      plan_part: "playbook",
      plan_ref: "payment_failure",
    });
    await ctx.services.review.actions.create(actor, c.id, {
      title: "Pre-approve refunds for double charges up to the order value",
      owner_name: "Customer care lead",
      due_date: day(10),
      plan_part: "remedy_rule",
      plan_ref: "refund",
    });
  },
};
