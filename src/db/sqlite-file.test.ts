import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "./database.js";
import { openSqliteFile } from "./sqlite-file.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "firebreak-sqlite-file-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Bytes this process has handed to write calls so far (Linux). */
const written = () => Number(/wchar: (\d+)/.exec(readFileSync("/proc/self/io", "utf8"))?.[1]);

describe("the SQLite connection's settings", () => {
  it.skipIf(!existsSync("/proc/self/io"))(
    "a statement inside a transaction keeps its undo pages in memory, not in a temporary file",
    () => {
      const db = openSqliteFile(join(dir, "journal.sqlite"));
      // A random key, as the copy-finding index's fingerprints: a batch lands on pages all over it.
      db.exec("create table t (id integer primary key, k text not null, body text not null)");
      db.exec("create index t_k on t (k)");
      const insert = (n: number) =>
        db.prepare(`insert into t (k, body) values ${Array(n).fill("(?, ?)").join(", ")}`);
      const rows = (n: number) =>
        Array.from({ length: n }, () => [randomBytes(16).toString("base64url"), "x".repeat(100)]).flat();
      const fill = insert(1000);
      for (let b = 0; b < 100; b++) db.transaction(() => fill.run(rows(1000)))();
      db.pragma("wal_checkpoint(TRUNCATE)");

      let duringStatement = 0;
      const batch = rows(1000);
      db.transaction(() => {
        // An earlier statement in the same transaction, as ingest's lookup before its insert.
        db.prepare("select count(*) from t where k = ?").get("none");
        const before = written();
        fill.run(batch);
        duringStatement = written() - before;
      })();
      // About 4 MB when the statement journal spills to a file (SQLite's default); the commit's WAL
      // writes come after and are not counted.
      expect(duringStatement).toBeLessThan(256 * 1024);
      expect(db.prepare("select count(*) as n from t").get()).toEqual({ n: 101_000 });
      db.close();
    },
  );

  it("the server's store threads use the same settings", async () => {
    const store = openStore({ dataDir: dir, fileName: "threads.sqlite", thread: true });
    try {
      const r = await sql<{ temp_store: number }>`pragma temp_store`.execute(store.db);
      // 2: MEMORY.
      expect(r.rows[0]?.temp_store).toBe(2);
    } finally {
      await store.close();
    }
  });
});
