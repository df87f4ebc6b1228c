import type { DomainModule } from "../app/module.js";
import { backoff } from "../core/backoff.js";
import { detectionRoutes } from "./routes.js";
import { createDetectionService, DETECT_QUEUE } from "./service.js";

// Per context: tests run several apps in one process.
const offIngest = new WeakMap<object, () => void>();

export const detectionModule: DomainModule = {
  name: "detection",
  setup(ctx) {
    const detection = createDetectionService(ctx, (workspaceId, round, trx) =>
      ctx.services.alerts.record(workspaceId, round, trx),
    );
    ctx.services.detection = detection;
    // A round reads the store from the detectors' cursor, so it needs no payload but the workspace; the
    // job commits with the batch, and a round that loses to another worker retries (strict).
    ctx.jobs.register<{ workspaceId: string }>(
      DETECT_QUEUE,
      async (p) => {
        await detection.process(p.workspaceId, { catchUp: true, strict: true });
      },
      // Many at once on purpose: a job waiting for the workspace's next round only awaits it (rounds run
      // one at a time per workspace), and the jobs of a rush then share one round instead of one each.
      { maxAttempts: 20, concurrency: 16, backoffMs: backoff({ first: 500, max: 30_000 }) },
    );
    offIngest.set(
      ctx,
      ctx.services.listening.onIngest(async (trx, workspaceId, mentions) => {
        await ctx.jobs.enqueue(
          DETECT_QUEUE,
          { workspaceId },
          // Mention ids are unique, so the batch's first new mention names the batch for good.
          { key: `detect:${mentions[0]?.id}` },
          trx,
        );
      }),
    );
  },
  routes: detectionRoutes,
  start(ctx) {
    ctx.services.detection.start();
  },
  async stop(ctx) {
    await ctx.services.detection.stop();
    offIngest.get(ctx)?.();
    offIngest.delete(ctx);
  },
};
