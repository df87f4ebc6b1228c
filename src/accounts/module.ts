import type { DomainModule } from "../app/module.js";
import { accountsDemo } from "./demo.js";
import { languageRoutes } from "./language.js";
import { accountsRoutes } from "./routes.js";
import { createAccountsService } from "./service.js";
import { teamRoutes } from "./team-routes.js";
import { timeZoneRoutes } from "./time-zone.js";
import { workspaceRoutes } from "./workspace-routes.js";

export const accountsModule: DomainModule = {
  name: "accounts",
  setup(ctx) {
    ctx.services.accounts = createAccountsService(ctx);
  },
  routes(app, ctx) {
    accountsRoutes(app, ctx);
    languageRoutes(app, ctx);
    timeZoneRoutes(app, ctx);
    workspaceRoutes(app, ctx);
    teamRoutes(app, ctx);
  },
  demo: accountsDemo,
};
