import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Config } from "../config/config.js";
import type { Clock } from "../core/clock.js";
import type { Store } from "../db/database.js";
import type { JobRunner } from "../jobs/runner.js";
import type { EventBus } from "./bus.js";
import type { Database } from "./database.js";
import type { Services } from "./services.js";

/** What every domain's service is built from. Passed explicitly; there are no module-level singletons. */
export interface AppContext {
  config: Config;
  store: Store<Database>;
  db: Kysely<Database>;
  log: Logger;
  jobs: JobRunner<Database>;
  bus: EventBus;
  /** "Now" for services and background work; tests move it instead of sleeping. */
  clock: Clock;
  services: Services;
}
