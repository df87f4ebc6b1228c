import type { DomainModule } from "../app/module.js";
import { systemActor } from "../core/actor.js";
import { ACTION_REMINDER_QUEUE } from "./actions.js";
import { reviewRoutes } from "./routes.js";
import { createReviewService, DRAFT_QUEUE } from "./service.js";

const CHECK_EVERY_MS = 60 * 60_000;
let timer: NodeJS.Timeout | undefined;

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
        if (c.status === "resolved" || c.status === "closed")
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
        if (c.status !== "resolved") return;
        await ctx.jobs.enqueue(
          DRAFT_QUEUE,
          { workspaceId: e.workspaceId, crisisId: c.id },
          { key: `postmortem:${c.id}:${c.resolved_at}` },
        );
      })().catch((err) => ctx.log.error({ err }, "post-mortem draft not queued"));
    });
  },
  routes: reviewRoutes,
  start(ctx) {
    const tick = () =>
      void ctx.services.review.actions
        .checkOverdue()
        .catch((err) => ctx.log.error({ err }, "action item reminder check failed"));
    tick();
    timer = setInterval(tick, CHECK_EVERY_MS);
    timer.unref();
  },
  stop() {
    if (timer) clearInterval(timer);
    timer = undefined;
  },
};
