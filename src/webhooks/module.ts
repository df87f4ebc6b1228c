import type { DomainModule } from "../app/module.js";
import { webhooksRoutes } from "./routes.js";
import { createWebhooksService } from "./service.js";

export const webhooksModule: DomainModule = {
  name: "webhooks",
  setup(ctx) {
    ctx.services.webhooks = createWebhooksService(ctx);
  },
  routes: webhooksRoutes,
};
