import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { guardedDialect } from "./driver.js";
import { connectTimeoutMs } from "./faults.js";
import { openSqliteFile } from "./sqlite-file.js";
import { ThreadedSqliteDialect } from "./sqlite-thread/dialect.js";

export { openSqliteFile };

export type DialectName = "sqlite" | "postgres";

/**
 * The store: a Kysely handle plus what differs between the two engines, kept here and nowhere else. The
 * tables (`DB`) are named where the app is wired (src/app/database.ts): the store itself knows no domain.
 */
export interface Store<DB = unknown> {
  db: Kysely<DB>;
  dialect: DialectName;
  /** The SQLite file, when embedded. */
  file: string | undefined;
  /** Raw handle for the few SQLite-only operations (online backup); none when the store has its thread. */
  sqlite: SQLite.Database | undefined;
  close(): Promise<void>;
}

export interface StoreOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Overrides the file name inside dataDir (tests). */
  fileName?: string;
  /** PostgreSQL schema to use (tests isolate each file in its own schema). */
  pgSchema?: string | undefined;
  poolSize?: number;
  /**
   * SQLite only: run the connection in a worker thread (the server), so statements, commits and
   * checkpoints never hold the event loop. One-shot commands keep it in their own thread.
   */
  thread?: boolean;
}

// int8 (counts, sums) arrive as strings by default; our values fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openStore<DB = unknown>(options: StoreOptions): Store<DB> {
  if (options.databaseUrl) return openPostgres<DB>(options.databaseUrl, options);
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, options.fileName ?? "firebreak.sqlite");
  const sqlite = options.thread ? undefined : openSqliteFile(file);
  const inner = sqlite ? new SqliteDialect({ database: sqlite }) : new ThreadedSqliteDialect(file);
  const db = new Kysely<DB>({ dialect: guardedDialect(inner, "sqlite") });
  return {
    db,
    dialect: "sqlite",
    file,
    sqlite,
    close: async () => {
      await db.destroy();
    },
  };
}

function openPostgres<DB>(url: string, options: StoreOptions): Store<DB> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // A server that accepts and never answers would otherwise hold every caller (and `firebreak start`)
    // without a word; a timeout turns it into an error that names the address.
    connectionTimeoutMillis: connectTimeoutMs(),
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  });
  // An idle connection that PostgreSQL closes (restart, failover) is reported here; without a listener
  // the process would exit. The pool drops it and the next query opens a new one, or fails with 503.
  pool.on("error", () => undefined);
  // The same for a connection in use (a transaction between two statements): its next query fails,
  // the request answers 503 and the pool discards the connection when it is released.
  pool.on("connect", (client) => client.on("error", () => undefined));
  const db = new Kysely<DB>({ dialect: guardedDialect(new PostgresDialect({ pool }), "postgres") });
  return {
    db,
    dialect: "postgres",
    file: undefined,
    sqlite: undefined,
    close: async () => {
      await db.destroy();
    },
  };
}
