import { CompiledQuery, type DatabaseConnection, type Dialect, type Driver, type QueryResult } from "kysely";
import { cleanText } from "../core/text.js";
import type { DialectName } from "./database.js";

/**
 * What every query goes through on its way to either engine, whether built by Kysely or written as raw
 * SQL (the mentions insert): string parameters are cleaned (src/core/text.ts) so both stores keep the
 * same text, and SQLite transactions take the write lock when they begin.
 *
 * SQLite: a deferred transaction that reads first and writes later cannot wait for the lock when another
 * process (the CLI beside the server) wrote in between: it fails at once with "database is locked",
 * whatever busy_timeout says. BEGIN IMMEDIATE waits for the lock up front (busy_timeout), and a
 * statement or BEGIN that still finds the store busy is retried with backoff before it gives up.
 */
const BUSY_RETRIES = 8;
const BUSY_BASE_MS = 50;

const isBusy = (err: unknown) => {
  const code = (err as { code?: string } | null)?.code ?? "";
  return code.startsWith("SQLITE_BUSY") || code === "SQLITE_LOCKED";
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `fn` while SQLite answers busy, with jittered exponential backoff (about 25 s in all). */
export async function retryBusy<T>(fn: () => Promise<T>, retries = BUSY_RETRIES): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isBusy(err) || attempt >= retries) throw err;
      await sleep(BUSY_BASE_MS * 2 ** attempt * (0.5 + Math.random()));
    }
  }
}

function cleanParameters(q: CompiledQuery): CompiledQuery {
  let changed: unknown[] | undefined;
  const params = q.parameters;
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (typeof p !== "string") continue;
    const clean = cleanText(p);
    if (clean === p) continue;
    changed ??= [...params];
    changed[i] = clean;
  }
  return changed ? { ...q, parameters: changed } : q;
}

const PATCHED = Symbol("firebreak.patched");
type Patched = DatabaseConnection & { [PATCHED]?: { inTransaction: boolean } };

function patch(conn: Patched, dialect: DialectName): Patched {
  if (conn[PATCHED]) return conn;
  const state = { inTransaction: false };
  conn[PATCHED] = state;
  const execute = conn.executeQuery.bind(conn);
  const stream = conn.streamQuery.bind(conn);
  conn.executeQuery = <R>(q: CompiledQuery): Promise<QueryResult<R>> => {
    const clean = cleanParameters(q);
    // Inside a transaction a retried statement could not succeed (the snapshot is gone): only the
    // transaction as a whole can be retried, by its caller.
    if (dialect !== "sqlite" || state.inTransaction) return execute<R>(clean);
    return retryBusy(() => execute<R>(clean));
  };
  conn.streamQuery = <R>(q: CompiledQuery, chunkSize?: number) => stream<R>(cleanParameters(q), chunkSize);
  return conn;
}

function wrapDriver(inner: Driver, dialect: DialectName): Driver {
  const stateOf = (c: DatabaseConnection) => (c as Patched)[PATCHED];
  return {
    init: () => inner.init(),
    destroy: () => inner.destroy(),
    acquireConnection: async () => patch((await inner.acquireConnection()) as Patched, dialect),
    releaseConnection: (c) => inner.releaseConnection(c),
    async beginTransaction(c, settings) {
      if (dialect === "sqlite") {
        await retryBusy(() => c.executeQuery(CompiledQuery.raw("begin immediate")));
      } else {
        await inner.beginTransaction(c, settings);
      }
      const s = stateOf(c);
      if (s) s.inTransaction = true;
    },
    async commitTransaction(c) {
      try {
        await inner.commitTransaction(c);
      } finally {
        const s = stateOf(c);
        if (s) s.inTransaction = false;
      }
    },
    async rollbackTransaction(c) {
      try {
        await inner.rollbackTransaction(c);
      } finally {
        const s = stateOf(c);
        if (s) s.inTransaction = false;
      }
    },
    ...(inner.savepoint ? { savepoint: inner.savepoint.bind(inner) } : {}),
    ...(inner.rollbackToSavepoint ? { rollbackToSavepoint: inner.rollbackToSavepoint.bind(inner) } : {}),
    ...(inner.releaseSavepoint ? { releaseSavepoint: inner.releaseSavepoint.bind(inner) } : {}),
  };
}

export function guardedDialect(inner: Dialect, dialect: DialectName): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createDriver: () => wrapDriver(inner.createDriver(), dialect),
  };
}
