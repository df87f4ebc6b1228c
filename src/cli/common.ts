import type { Command } from "commander";
import { ZodError } from "zod";
import type { AppContext } from "../app/context.js";
import { type CreateOptions, createContext, createLogger } from "../app/create.js";
import { type Config, loadConfig } from "../config/config.js";
import { ServiceError } from "../core/errors.js";
import { connectTimeoutMs, describeStoreFault, isStoreUnavailable } from "../db/faults.js";

export interface StoreFlags {
  dataDir?: string;
}

/** Every command that touches the store takes --data-dir and honours FIREBREAK_DATA_DIR and DATABASE_URL. */
export const withStoreOptions = (cmd: Command) =>
  cmd.option("--data-dir <dir>", "embedded store folder (default ./data or FIREBREAK_DATA_DIR)");

/** One line on stderr and a non-zero exit: what went wrong and, where we know, what to do. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`firebreak: ${message}\n`);
  process.exit(code);
}

export function describeError(err: unknown): string {
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    return `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`;
  }
  if (err instanceof ServiceError) return err.message;
  if (err instanceof Error) {
    if (isStoreUnavailable(err))
      return describeStoreFault(err, process.env["DATABASE_URL"], connectTimeoutMs());
    return err.message;
  }
  return String(err);
}

/** Runs a command's body with a store-backed context, closes it, and turns errors into one line. */
export async function withContext<T>(
  flags: StoreFlags,
  body: (ctx: AppContext) => Promise<T>,
  options: CreateOptions & { quietLogs?: boolean } = {},
): Promise<T> {
  let config: Config;
  try {
    config = loadConfig({ dataDir: flags.dataDir });
  } catch (err) {
    fail(describeError(err));
  }
  if (options.quietLogs !== false) config.logLevel = process.env["LOG_LEVEL"] ?? "warn";
  let ctx: AppContext | undefined;
  try {
    ctx = await createContext(config, { logger: createLogger(config, 2), ...options });
    const result = await body(ctx);
    await ctx.store.close();
    return result;
  } catch (err) {
    await ctx?.store.close().catch(() => undefined);
    return fail(describeError(err));
  }
}
