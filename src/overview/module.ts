import type { DomainModule } from "../app/module.js";
import { overviewRoutes } from "./routes.js";
import { createOverviewService } from "./service.js";

export const overviewModule: DomainModule = {
  name: "overview",
  setup(ctx) {
    ctx.services.overview = createOverviewService();
  },
  routes: overviewRoutes,
};
