import type { DomainModule } from "../app/module.js";
import { systemActor } from "../core/actor.js";
import { webhooksRoutes } from "./routes.js";
import { createWebhooksService } from "./service.js";

export const webhooksModule: DomainModule = {
  name: "webhooks",
  setup(ctx) {
    ctx.services.webhooks = createWebhooksService(ctx);
  },
  routes: webhooksRoutes,
  /**
   * The demo shop tells its team chat when a monitor goes down or comes back (an example address: a
   * delivery there fails and shows in the log, as a wrong address would). A second run adds nothing.
   */
  async demo(ctx, workspaceId) {
    const actor = systemActor(workspaceId, "Demo");
    const url = "https://chat.shop.example/hooks/firebreak";
    if ((await ctx.services.webhooks.listEndpoints(actor)).some((e) => e.url === url)) return;
    await ctx.services.webhooks.createEndpoint(actor, {
      url,
      events: ["monitor.down", "monitor.up"],
      description: "Team chat: monitors",
    });
  },
};
