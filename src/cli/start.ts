import type { Command } from "commander";
import { createContext } from "../app/create.js";
import { modules } from "../app/modules.js";
import { type Role, run } from "../app/run.js";
import { loadConfig } from "../config/config.js";
import { warmCurves } from "../detection/warm-curves.js";
import { describeError, fail } from "./common.js";

interface StartFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  demo?: boolean;
  role?: Role;
}

async function startServer(flags: StartFlags, role: Role) {
  let stopping = false;
  try {
    const config = loadConfig(flags);
    // FIREBREAK_SQLITE_THREAD=0 keeps the embedded store on the event loop (to compare, or to debug).
    const ctx = await createContext(config, { sqliteThread: process.env["FIREBREAK_SQLITE_THREAD"] !== "0" });
    const first = await ctx.services.accounts.bootstrap();
    if (flags.demo) {
      const ws = await ctx.services.accounts.firstWorkspace();
      if (ws) for (const m of modules) await m.demo?.(ctx, ws.id);
    }
    const running = await run(ctx, modules, role);
    // Off with FIREBREAK_WARM_CURVES=0: then a young workspace's first alarms build them on the event loop.
    if (process.env["FIREBREAK_WARM_CURVES"] !== "0") void warmCurves(ctx.log);
    if (role !== "worker") ctx.services.listening.classifyPool.warm();
    const where = config.databaseUrl ? "PostgreSQL" : `${config.dataDir}`;
    process.stdout.write(
      `Firebreak ${role === "all" ? "" : `(${role}) `}is running at ${role === "worker" ? running.url : config.publicUrl} — store: ${where}\n`,
    );
    if (first) {
      process.stdout.write(
        `\nA new workspace "${first.workspaceSlug}" and an admin were created. Log in once with this link\n` +
          `(it works for 24 hours, then run \`firebreak user link\`):\n\n  ${first.link}\n\n`,
      );
    }
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      ctx.log.info({ signal }, "shutting down");
      await running.stop();
      process.exit(0);
    };
    process.on("SIGINT", () => void shutdown("SIGINT"));
    process.on("SIGTERM", () => void shutdown("SIGTERM"));
  } catch (err) {
    const message = describeError(err);
    if (/EADDRINUSE/.test(message))
      fail(`port ${flags.port ?? process.env["PORT"] ?? 3000} is taken; use --port`);
    fail(message);
  }
}

export function registerStart(program: Command) {
  program
    .command("start")
    .description("run the API, the dashboard and every worker in one process")
    .option("--port <port>", "port to listen on (PORT)", undefined)
    .option("--host <host>", "address to listen on (HOST)", undefined)
    .option("--data-dir <dir>", "embedded store folder (default ./data or FIREBREAK_DATA_DIR)")
    .option("--demo", "fill a demo shop so you can see a live example")
    .action((flags: StartFlags) => startServer(flags, "all"));

  program
    .command("serve")
    .description("run one role of a scaled-out deployment (use with DATABASE_URL)")
    .requiredOption("--role <role>", "api, worker or all")
    .option("--port <port>", "port to listen on (PORT)")
    .option("--host <host>", "address to listen on (HOST)")
    .option("--data-dir <dir>", "embedded store folder")
    .action((flags: StartFlags) => {
      if (!flags.role || !["api", "worker", "all"].includes(flags.role))
        fail("--role must be api, worker or all");
      return startServer(flags, flags.role);
    });
}
