import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from "node:worker_threads";
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import { startThread } from "../../core/thread.js";
import { isBackground } from "../background.js";
import type { QueryReply, QueryRequest, QuickAnswers, ReadyReply, ThreadOpen } from "./protocol.js";

type Pending = { resolve: (r: QueryResult<unknown>) => void; reject: (e: Error) => void };

/** An error from the thread, with SQLite's code kept (busy and constraint handling read it). */
function rebuild(e: { message: string; code: string | undefined }): Error {
  return Object.assign(new Error(e.message), e.code ? { code: e.code } : {});
}

/**
 * How long the event loop may wait, in milliseconds, for the writer's answer before leaving it to
 * arrive as a message (FIREBREAK_SQLITE_QUICK_MS; 0, the default, never waits). A transaction holds the
 * writer until its last statement is answered, and an answer sent as a message waits for the event
 * loop's next turn: in a rush a turn is tens of milliseconds, so a batch's statements held the writer
 * 60-200 ms, most of it waiting for turns, and every other write queued behind that. Waiting up to 2 ms
 * takes most answers at once (held 4-9 ms) and lifted ingest under the rush from 0.62-0.66 to
 * 0.72-0.77 of its solo rate, but the dashboard's p99 rose from 0.2-0.9 s to 1.1-1.6 s in the same runs
 * (docs/security.md, fourth pass): off until that is understood.
 */
export const quickMs = (env: NodeJS.ProcessEnv = process.env) =>
  Math.max(0, Number(env["FIREBREAK_SQLITE_QUICK_MS"] ?? 0) || 0);

interface Quick {
  port: MessagePort;
  signal: Int32Array;
  ms: number;
}

/** One thread and its connection, as a message channel: statements are answered in the order sent. */
class Channel {
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private failure: Error | undefined;

  constructor(
    private readonly worker: Worker,
    private readonly quick?: Quick,
  ) {
    (quick?.port ?? worker).on("message", (m: QueryReply) => this.answer(m));
    const fail = (err: Error) => {
      this.failure = err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on("error", (err) => fail(new Error(`the SQLite thread failed: ${err.message}`)));
    worker.on("exit", (code) => fail(new Error(`the SQLite thread stopped (exit code ${code})`)));
  }

  private answer(m: QueryReply) {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if ("error" in m) p.reject(rebuild(m.error));
    else if ("rows" in m) p.resolve({ rows: m.rows });
    else
      p.resolve({
        numAffectedRows: BigInt(m.changes),
        insertId: BigInt(m.lastInsertRowid),
        rows: [],
      });
  }

  send<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.seq;
    const answered = new Promise<QueryResult<R>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as Pending["resolve"], reject });
    });
    const counted = this.quick ? Atomics.load(this.quick.signal, 0) : 0;
    const msg: QueryRequest = { id, sql: q.sql, parameters: q.parameters };
    this.worker.postMessage(msg);
    if (this.quick && this.quick.ms > 0) this.takeQuickly(id, counted, this.quick);
    return answered;
  }

  close() {
    this.quick?.port.close();
  }

  /** Waits up to `quick.ms` for the answer to `id` and takes it without a turn of the event loop. */
  private takeQuickly(id: number, counted: number, quick: Quick) {
    const until = performance.now() + quick.ms;
    let seen = counted;
    while (this.pending.has(id)) {
      const left = until - performance.now();
      if (left <= 0 || Atomics.wait(quick.signal, 0, seen, left) === "timed-out") return;
      seen = Atomics.load(quick.signal, 0);
      for (let m = receiveMessageOnPort(quick.port); m; m = receiveMessageOnPort(quick.port))
        this.answer(m.message as QueryReply);
    }
  }
}

/** A plain read: a SELECT built by Kysely, or raw SQL that starts with one. */
const isRead = (q: CompiledQuery) =>
  SelectQueryNode.is(q.query) || (q.query.kind === "RawNode" && /^\s*select\b/i.test(q.sql));

/**
 * Three threads, each with its own connection: the writer runs transactions and writes, the reader runs
 * reads made outside any transaction, and the background reader runs those of jobs (see
 * background.ts). In WAL a reader sees the last commit and never waits for a writer, so a dashboard's
 * read runs beside a batch's insert instead of queueing behind it; and a thread answers in turn, so
 * a rush's case rules reading 500 mentions at a time (80–200 ms each) no longer go before it.
 */
interface Threads {
  writer: Channel;
  reader: Channel;
  background: Channel;
}

/**
 * What a caller holds between acquiring and releasing "the connection". Reads made outside a
 * transaction go to the reader without waiting; the first write or `begin` takes the writer's lock
 * (Kysely's single-connection mutex) and keeps it until release, so a transaction's statements stay
 * together and see their own writes.
 */
class Session implements DatabaseConnection {
  private holding = false;

  constructor(
    private readonly threads: Threads,
    private readonly mutex: Mutex,
  ) {}

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.holding && isRead(q))
      return (isBackground() ? this.threads.background : this.threads.reader).send<R>(q);
    if (!this.holding) {
      await this.mutex.lock();
      this.holding = true;
    }
    return this.threads.writer.send<R>(q);
  }

  release(): void {
    if (!this.holding) return;
    this.holding = false;
    this.mutex.unlock();
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered; the store reads in pages instead.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("the threaded SQLite store does not stream; read in pages");
  }
}

/** The same queue as Kysely's SQLite driver: one connection, taken by one caller at a time. */
class Mutex {
  private held: Promise<void> | undefined;
  private release: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.held) await this.held;
    this.held = new Promise((r) => {
      this.release = r;
    });
  }

  unlock(): void {
    const r = this.release;
    this.held = undefined;
    this.release = undefined;
    r?.();
  }
}

/**
 * The background reader also checkpoints (worker.ts), so the writer's commits only append to the WAL.
 * The writer still checkpoints itself past 40,000 pages (160 MB): a backstop should jobs' reads keep the
 * background thread busy for long.
 */
const CHECKPOINT_EVERY_MS = 1000;
const WRITER_BACKSTOP_PAGES = 40_000;

class ThreadDriver implements Driver {
  private workers: Worker[] = [];
  private threads: Threads | undefined;
  private readonly mutex = new Mutex();

  constructor(private readonly file: string) {}

  private async open(options: Omit<ThreadOpen, "file"> = {}): Promise<Worker> {
    const open: ThreadOpen = { file: this.file, ...options };
    const worker = startThread(import.meta.url, "worker", open);
    const ready = await new Promise<ReadyReply>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    if (!ready.ready) throw rebuild(ready.error);
    this.workers.push(worker);
    return worker;
  }

  async init(): Promise<void> {
    // The writer first: it sets WAL on a new file before the reader opens it.
    const writerThread = await this.open({ walAutocheckpoint: WRITER_BACKSTOP_PAGES });
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    writerThread.postMessage({ quick: { port: port2, signal } } satisfies QuickAnswers, [port2]);
    const writer = new Channel(writerThread, { port: port1, signal, ms: quickMs() });
    const [reader, background] = await Promise.all([
      this.open(),
      this.open({ checkpointEveryMs: CHECKPOINT_EVERY_MS }),
    ]);
    this.threads = { writer, reader: new Channel(reader), background: new Channel(background) };
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    if (!this.threads) throw new Error("the SQLite threads are not open");
    return new Session(this.threads, this.mutex);
  }

  async releaseConnection(c: DatabaseConnection): Promise<void> {
    (c as Session).release();
  }

  async beginTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw("begin"));
  }

  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw("rollback"));
  }

  async destroy(): Promise<void> {
    this.threads?.writer.close();
    const workers = this.workers;
    this.workers = [];
    this.threads = undefined;
    await Promise.all(
      workers.map((w) => {
        const gone = new Promise<void>((r) => w.once("exit", () => r()));
        w.postMessage("close");
        return gone;
      }),
    );
  }
}

/**
 * Kysely's SQLite dialect with the connections in a worker thread (see worker.ts): same SQL, same
 * adapter, but the event loop only waits for answers instead of running the statements itself.
 */
export class ThreadedSqliteDialect implements Dialect {
  constructor(private readonly file: string) {}

  createDriver(): Driver {
    return new ThreadDriver(this.file);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
