import type { DomainModule } from "../app/module.js";
import { alertsDemo } from "./demo.js";
import { alertsRoutes } from "./routes.js";
import { createAlertsService } from "./service.js";

export const alertsModule: DomainModule = {
  name: "alerts",
  setup(ctx) {
    ctx.services.alerts = createAlertsService(ctx);
    ctx.services.overview.contribute("open_alerts", (workspaceId) =>
      ctx.services.alerts.countUnresolved(workspaceId),
    );
  },
  routes: alertsRoutes,
  demo: alertsDemo,
};
