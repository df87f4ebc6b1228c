import type { DomainModule } from "../app/module.js";
import { systemActor } from "../core/actor.js";
import { planRoutes } from "./routes.js";
import { createPlanService, PLAN_REMINDER_QUEUE } from "./service.js";

export const planModule: DomainModule = {
  name: "plan",
  setup(ctx) {
    ctx.services.plan = createPlanService(ctx);
    ctx.jobs.register<{ workspaceId: string; due: string }>(
      PLAN_REMINDER_QUEUE,
      async ({ workspaceId, due }, job) => {
        ctx.bus.publish(workspaceId, "plan.review_due", { due });
        const admins = (await ctx.services.accounts.listMembers(systemActor(workspaceId))).filter(
          (m) => m.role === "admin",
        );
        const changes = await ctx.services.plan.changesSinceReview(workspaceId);
        const url = `${ctx.config.publicUrl}/plan`;
        // Lessons from past crises change the plan: the review is where their action items are checked.
        const review = (ctx.services as Partial<typeof ctx.services>).review;
        const items = review ? (await review.forPlanReview(systemActor(workspaceId))).items : [];
        const itemLines = items.length
          ? [
              `${items.length} action item(s) from post-mortems are not finished:`,
              items
                .slice(0, 20)
                .map(
                  (i) => `- ${i.title} (${i.owner_name}, due ${i.due_date}${i.overdue ? ", overdue" : ""})`,
                )
                .join("\n"),
            ]
          : [];
        for (const a of admins) {
          await ctx.services.mail.send(
            {
              workspaceId,
              to: a.email,
              subject: `Your crisis plan is due for review (${due})`,
              text: [
                `The crisis plan was due for review on ${due}.`,
                `${changes.items.length} change(s) since the last review.`,
                ...itemLines,
                "Check contacts, suppliers and playbooks, then mark it reviewed:",
                url,
              ].join("\n\n"),
            },
            { key: `${job.key}:${a.id}` },
          );
        }
      },
    );
    ctx.jobs.every("plan.review-check", "0 * * * *", () => ctx.services.plan.checkReviews(), {
      runOnStart: true,
    });
  },
  routes: planRoutes,
};
