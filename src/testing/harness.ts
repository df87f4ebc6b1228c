import pino from "pino";
import type { AppContext } from "../app/context.js";
import { createContext } from "../app/create.js";
import type { DomainModule } from "../app/module.js";
import { modules as allModules } from "../app/modules.js";
import { loadConfig } from "../config/config.js";
import type { Role } from "../core/actor.js";
import { MovableClock } from "../core/clock.js";
import type { Pacer } from "../core/pace.js";
import { buildServer } from "../server/app.js";
import type { App } from "../server/types.js";
import { freshStore, type TestStore } from "./store.js";

/**
 * Test receivers listen on loopback, which the outbound guard refuses by default. A test that proves the
 * refusal sets FIREBREAK_ALLOW_TARGETS to "" before creating its harness.
 */
export const LOOPBACK_TARGETS = "127.0.0.0/8,::1";
process.env["FIREBREAK_ALLOW_TARGETS"] ??= LOOPBACK_TARGETS;

export interface Harness {
  ctx: AppContext;
  app: App;
  test: TestStore;
  /** The app's clock: it follows the wall clock until the test moves (`advance`) or stops (`freeze`) it. */
  clock: MovableClock;
  workspaceId: string;
  /** API tokens of each role in the harness's workspace. */
  tokens: Record<Role, string>;
  /** `Authorization` header for a role. */
  auth(role?: Role): { authorization: string };
  close(): Promise<void>;
}

export interface HarnessOptions {
  modules?: DomainModule[];
  /** Listen on a real port (for browser tests, webhooks, load). */
  listen?: boolean;
  dashboard?: boolean;
  env?: Record<string, string>;
  /** The pacer of the status page's answers (the process's one unless given). */
  pace?: Pacer;
  /** SQLite: the server's store threads (a writer and a reader), as `firebreak start` runs it. */
  sqliteThread?: boolean;
}

/** A full application on a fresh store, with a workspace and a token per role. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const test = await freshStore(options.sqliteThread ? { thread: true } : {});
  const config = loadConfig({ dataDir: test.dataDir, port: 0 }, { ...process.env, ...options.env });
  config.logLevel = process.env["TEST_LOG_LEVEL"] ?? "silent";
  const modules = options.modules ?? allModules;
  const clock = new MovableClock();
  const ctx = await createContext(config, {
    store: test.store,
    logger: pino({ level: config.logLevel }),
    modules,
    jobPollMs: 50,
    clock,
  });
  const ws = await ctx.services.accounts.createWorkspace({ name: "Test shop", slug: "test-shop" });
  const tokens = {} as Record<Role, string>;
  for (const role of ["admin", "responder", "viewer"] as const) {
    tokens[role] = (
      await ctx.services.accounts.createToken({ workspaceId: ws.id, name: `${role} token`, role })
    ).token;
  }
  const app = await buildServer(ctx, modules, {
    logger: false,
    dashboard: options.dashboard ?? false,
    ...(options.pace ? { pace: options.pace } : {}),
  });
  if (options.listen) {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const addr = app.server.address();
    if (addr && typeof addr === "object") config.publicUrl = `http://127.0.0.1:${addr.port}`;
  } else {
    await app.ready();
  }
  return {
    ctx,
    app,
    test,
    clock,
    workspaceId: ws.id,
    tokens,
    auth: (role = "admin") => ({ authorization: `Bearer ${tokens[role]}` }),
    async close() {
      await app.close();
      await ctx.jobs.stop();
      for (const m of [...modules].reverse()) await m.stop?.(ctx);
      await test.drop();
    },
  };
}
