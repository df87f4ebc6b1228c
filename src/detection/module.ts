import type { DomainModule } from "../app/module.js";
import { detectionRoutes } from "./routes.js";
import { createDetectionService } from "./service.js";

export const detectionModule: DomainModule = {
  name: "detection",
  setup(ctx) {
    ctx.services.detection = createDetectionService(ctx, (workspaceId, round, trx) =>
      ctx.services.alerts.record(workspaceId, round, trx),
    );
  },
  routes: detectionRoutes,
  start(ctx) {
    ctx.services.detection.start();
  },
  async stop(ctx) {
    await ctx.services.detection.stop();
  },
};
