import type { App } from "../server/types.js";
import type { AppContext } from "./context.js";

/**
 * A domain plugs into the application through one of these: `setup` builds its service and registers its
 * job handlers, `routes` adds its HTTP routes, `start`/`stop` run its background work in worker processes.
 */
export interface DomainModule {
  name: string;
  setup(ctx: AppContext): void | Promise<void>;
  routes?(app: App, ctx: AppContext): void | Promise<void>;
  start?(ctx: AppContext): void | Promise<void>;
  stop?(ctx: AppContext): void | Promise<void>;
  /** Fills a demo shop (`firebreak start --demo`) with this domain's example records. */
  demo?(ctx: AppContext, workspaceId: string): Promise<void>;
}
