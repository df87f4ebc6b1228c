import pino, { type Logger } from "pino";
import type { Config } from "../config/config.js";
import { type Clock, systemClock } from "../core/clock.js";
import { installKeyring, loadKeyring } from "../core/secrets.js";
import { openStore, type Store } from "../db/database.js";
import { migrate } from "../db/migrate.js";
import { JobRunner } from "../jobs/runner.js";
import { REDACT_PATHS } from "../server/redact.js";
import { EventBus } from "./bus.js";
import type { AppContext } from "./context.js";
import type { Database } from "./database.js";
import type { DomainModule } from "./module.js";
import { modules as allModules } from "./modules.js";
import type { Services } from "./services.js";

export interface CreateOptions {
  store?: Store<Database>;
  logger?: Logger;
  modules?: DomainModule[];
  migrate?: boolean;
  jobPollMs?: number;
  clock?: Clock;
  /** The embedded store's connection in a worker thread (the server; see src/db/sqlite-thread). */
  sqliteThread?: boolean;
}

/** The server logs to stdout; commands that print data log to stderr (fd 2) so stdout stays theirs. */
export function createLogger(config: Config, fd: 1 | 2 = 1): Logger {
  return pino(
    { level: config.logLevel, redact: { paths: REDACT_PATHS, censor: "[redacted]" } },
    pino.destination({ fd, sync: fd === 2 }),
  );
}

/** Opens the store, brings its schema up to date and sets up every domain's service. */
export async function createContext(config: Config, options: CreateOptions = {}): Promise<AppContext> {
  const store =
    options.store ??
    openStore<Database>({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      thread: options.sqliteThread ?? false,
    });
  const log = options.logger ?? createLogger(config);
  // Before migrating: a migration seals secrets stored in clear by earlier versions.
  installKeyring(loadKeyring(config.dataDir));
  if (options.migrate !== false) await migrate(store);
  const clock = options.clock ?? systemClock;
  const ctx: AppContext = {
    config,
    store,
    db: store.db,
    log,
    jobs: new JobRunner(store, log, { clock, ...(options.jobPollMs ? { pollMs: options.jobPollMs } : {}) }),
    bus: new EventBus(),
    clock,
    // Filled in by each module's setup, in order.
    services: {} as Services,
  };
  for (const m of options.modules ?? allModules) await m.setup(ctx);
  return ctx;
}
