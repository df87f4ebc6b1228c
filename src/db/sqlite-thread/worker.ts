/**
 * A SQLite thread: owns one connection to the store and runs each statement it is sent, so a long
 * insert, a commit or a WAL checkpoint takes this thread's time and never the event loop's (health
 * checks, the status page and every other request keep being answered meanwhile).
 */

import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import type SQLite from "better-sqlite3";
import { openSqliteFile } from "../sqlite-file.js";
import type { QueryReply, QueryRequest, QuickAnswers, ReadyReply, ThreadOpen } from "./protocol.js";

const port = parentPort;
if (!port) throw new Error("the SQLite thread must run as a worker thread");

const errorOf = (err: unknown) => ({
  message: err instanceof Error ? err.message : String(err),
  code: (err as { code?: string } | null)?.code,
});

const open = workerData as ThreadOpen;
let db: SQLite.Database;
try {
  db = openSqliteFile(open.file);
  if (open.walAutocheckpoint) db.pragma(`wal_autocheckpoint = ${open.walAutocheckpoint}`);
  port.postMessage({ ready: true } satisfies ReadyReply);
} catch (err) {
  port.postMessage({ ready: false, error: errorOf(err) } satisfies ReadyReply);
  process.exit(1);
}

/** Prepared statements by their SQL, newest use last: the same few hundred statements run again and again. */
const STATEMENTS_KEPT = 256;
const statements = new Map<string, SQLite.Statement>();

function prepare(sql: string): SQLite.Statement {
  const cached = statements.get(sql);
  if (cached) {
    statements.delete(sql);
    statements.set(sql, cached);
    return cached;
  }
  const stmt = db.prepare(sql);
  statements.set(sql, stmt);
  if (statements.size > STATEMENTS_KEPT) {
    const oldest = statements.keys().next().value;
    if (oldest !== undefined) statements.delete(oldest);
  }
  return stmt;
}

function run(q: QueryRequest): QueryReply {
  try {
    const stmt = prepare(q.sql);
    if (stmt.reader) return { id: q.id, rows: stmt.all(q.parameters) };
    const { changes, lastInsertRowid } = stmt.run(q.parameters);
    return { id: q.id, changes, lastInsertRowid };
  } catch (err) {
    return { id: q.id, error: errorOf(err) };
  }
}

/**
 * A passive checkpoint copies what the WAL holds into the database file without stopping writers or
 * readers. Done here, between this thread's reads, the writer's commits only append to the WAL: with
 * the writer checkpointing every 10,000 pages itself, a commit at 300,000 mentions took 21–26 ms, of
 * which the checkpoints (their page copies and fsync) were 12–17 (docs/security.md, ninth pass).
 */
const checkpoints = open.checkpointEveryMs
  ? setInterval(() => {
      try {
        db.pragma("wal_checkpoint(PASSIVE)");
      } catch {
        // Busy or locked: the next turn tries again, and the writer's backstop threshold still holds.
      }
    }, open.checkpointEveryMs)
  : undefined;

let quick: { port: MessagePort; signal: Int32Array } | undefined;

port.on("message", (m: QueryRequest | QuickAnswers | "close") => {
  if (m === "close") {
    clearInterval(checkpoints);
    db.close();
    quick?.port.close();
    port.close();
    return;
  }
  if ("quick" in m) {
    quick = m.quick;
    return;
  }
  const reply = run(m);
  if (!quick) return port.postMessage(reply);
  quick.port.postMessage(reply);
  Atomics.add(quick.signal, 0, 1);
  Atomics.notify(quick.signal, 0);
});
