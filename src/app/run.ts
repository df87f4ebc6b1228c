import { buildServer } from "../server/app.js";
import type { App } from "../server/types.js";
import type { AppContext } from "./context.js";
import type { DomainModule } from "./module.js";

export type Role = "api" | "worker" | "all";

export interface Running {
  app: App;
  url: string;
  stop(): Promise<void>;
}

/** Runs the HTTP API, the workers, or both, until stop() is called. */
export async function run(ctx: AppContext, modules: DomainModule[], role: Role): Promise<Running> {
  // A worker serves only health checks and metrics, so an orchestrator can watch it like any service.
  const app: App =
    role === "worker" ? await buildServer(ctx, [], { dashboard: false }) : await buildServer(ctx, modules);
  const url = await app.listen({ port: ctx.config.port, host: ctx.config.host });
  if (role !== "api") {
    ctx.jobs.start();
    for (const m of modules) await m.start?.(ctx);
  }
  return {
    app,
    url,
    async stop() {
      // Stop taking requests first, then let workers finish, then close the store.
      await app.close();
      if (role !== "api") {
        for (const m of [...modules].reverse()) await m.stop?.(ctx);
        await ctx.jobs.stop();
      }
      await ctx.store.close();
    },
  };
}
