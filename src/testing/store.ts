import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Database } from "../app/database.js";
import { openStore, type Store } from "../db/database.js";

/** Which store the suite runs on: PostgreSQL when DATABASE_URL is set, else embedded SQLite. */
export const testDialect = (): "sqlite" | "postgres" => (process.env["DATABASE_URL"] ? "postgres" : "sqlite");

export interface TestStore {
  store: Store<Database>;
  /** Where a child process finds the same store. */
  env: Record<string, string>;
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty store for one test: a temporary SQLite file, or a new schema of the PostgreSQL database
 * in DATABASE_URL, so test files never see each other's rows and can run in parallel.
 */
export async function freshStore(options: { thread?: boolean } = {}): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), "firebreak-test-"));
  const url = process.env["DATABASE_URL"];
  if (!url) {
    // In-process tests keep the connection on their own thread: a round trip to a store thread per
    // statement made the suite's many small reads 2.5 times slower. The threads are covered by their own
    // test and by every test that starts a real server (`firebreak start` opens them);
    // FIREBREAK_TEST_SQLITE_THREAD=1 runs the whole suite through them.
    const store = openStore<Database>({
      dataDir,
      thread: options.thread ?? process.env["FIREBREAK_TEST_SQLITE_THREAD"] === "1",
    });
    return {
      store,
      dataDir,
      env: { FIREBREAK_DATA_DIR: dataDir },
      drop: async () => {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const store = openStore<Database>({ databaseUrl: url, dataDir, pgSchema: schema, poolSize: 5 });
  const sep = url.includes("?") ? "&" : "?";
  return {
    store,
    dataDir,
    env: { DATABASE_URL: `${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}` },
    drop: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
