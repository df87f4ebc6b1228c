import { availableParallelism } from "node:os";
import { resolve } from "node:path";

/** Everything the process is configured by, resolved once from flags and environment. */
export interface Config {
  dataDir: string;
  /** Set when the store is PostgreSQL. */
  databaseUrl: string | undefined;
  port: number;
  host: string;
  /** The address people reach the dashboard at; used in links we print or send. */
  publicUrl: string;
  logLevel: string;
  smtp: SmtpConfig | undefined;
  /** Address outgoing e-mail is sent from. */
  mailFrom: string;
  /** Requests per minute per address on routes without credentials; 0 turns the limit off. */
  publicRateLimit: number;
  /**
   * Threads that classify ingest batches off the event loop (FIREBREAK_CLASSIFY_THREADS; 0: inline).
   * Default: 1 on up to two cores, one fewer than the cores above.
   */
  classifyThreads?: number;
}

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  pass: string | undefined;
}

export interface ConfigFlags {
  dataDir?: string | undefined;
  port?: string | number | undefined;
  host?: string | undefined;
}

export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(flags.port ?? env["PORT"] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`port must be a number from 0 to 65535, got "${flags.port ?? env["PORT"]}"`);
  }
  const host = flags.host ?? env["HOST"] ?? "127.0.0.1";
  const databaseUrl = env["DATABASE_URL"]?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error("DATABASE_URL must start with postgres:// (unset it to use the embedded store)");
  }
  const displayHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    dataDir: resolve(flags.dataDir ?? env["FIREBREAK_DATA_DIR"] ?? "./data"),
    databaseUrl,
    port,
    host,
    publicUrl: (env["FIREBREAK_PUBLIC_URL"] ?? `http://${displayHost}:${port}`).replace(/\/$/, ""),
    logLevel: env["LOG_LEVEL"] ?? "info",
    smtp: env["SMTP_HOST"]
      ? {
          host: env["SMTP_HOST"],
          port: Number(env["SMTP_PORT"] ?? 587),
          secure: env["SMTP_SECURE"] === "true",
          user: env["SMTP_USER"] || undefined,
          pass: env["SMTP_PASS"] || undefined,
        }
      : undefined,
    mailFrom: env["MAIL_FROM"] ?? "Firebreak <firebreak@localhost>",
    publicRateLimit: Number(env["FIREBREAK_PUBLIC_RATE_LIMIT"] ?? 1200),
    classifyThreads: classifyThreads(env["FIREBREAK_CLASSIFY_THREADS"]),
  };
}

function classifyThreads(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return Math.max(1, availableParallelism() - 1);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new Error(`FIREBREAK_CLASSIFY_THREADS must be a whole number from 0 to 64, got "${raw}"`);
  return n;
}
