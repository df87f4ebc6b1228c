import type { Worker } from "node:worker_threads";
import { startThread } from "../../core/thread.js";
import type { LearnedModel } from "../../nlp/index.js";
import type { ReadInputs, Reads } from "./classify-read.js";

/** A batch to classify. `model`: the pool's key of the workspace's learned model (null: none). */
export interface ClassifyRequest {
  id: number;
  inputs: ReadInputs;
  shop: string[];
  model: number | null;
  /** The model itself, sent once per thread (and again if the thread let it go: `missing`). */
  learned?: LearnedModel;
}

export type ClassifyReply =
  | { ready: true }
  | { id: number; reads: Reads }
  | { id: number; missing: true }
  | { id: number; error: string };

interface Pending {
  req: ClassifyRequest;
  learned: LearnedModel | null;
  done: (reads: Reads | null) => void;
}

interface Slot {
  worker: Worker | null;
  /** Resolves true once the thread has loaded the classifier (false if it failed first). */
  started: Promise<boolean>;
  ready: boolean;
  pending: Map<number, Pending>;
  /** Keys of the models this slot's thread has been sent. */
  sent: Set<number>;
  /** When a thread that failed may be started again (ms, performance.now()). */
  restartAt: number;
}

/** After a thread fails, batches are read inline for this long before a new thread is started. */
const RESTART_AFTER_MS = 1_000;
/**
 * A thread that holds a batch this long is taken for hung (a thousand mentions take it well under a
 * second): it is ended and the batches it held are read inline, as if it had crashed, so ingest never
 * waits on it for ever.
 */
const BATCH_TIMEOUT_MS = 60_000;

let modelKeys = 0;
/** Each learned model object gets a key of its own: versions ("learned-3") repeat across workspaces. */
const keyOf = new WeakMap<LearnedModel, number>();
const modelKey = (m: LearnedModel) => {
  let k = keyOf.get(m);
  if (k === undefined) {
    k = ++modelKeys;
    keyOf.set(m, k);
  }
  return k;
};

/**
 * Classification of ingest batches in worker threads (FIREBREAK_CLASSIFY_THREADS of them; 0 reads every
 * batch inline). `read` answers null when no thread can read the batch (none configured, one failed or
 * exited mid-batch, or it is restarting): the caller then reads it inline, so a thread's fault never
 * loses a mention. A thread that fails is started again on a later batch.
 */
export class ClassifyPool {
  private readonly slots: Slot[];
  private nextId = 0;
  private closed = false;
  /** Threads run only once asked for (a server's start, `ready`): a command or a test app starts none. */
  private warmed = false;
  /** Batches read inline because their thread failed (tests and logs). */
  fallbacks = 0;
  /** Batches a thread read. */
  answered = 0;
  /** Threads ended for holding a batch past its deadline. */
  timeouts = 0;

  constructor(
    readonly size: number,
    private readonly onFault?: (err: unknown) => void,
    private readonly batchTimeoutMs = BATCH_TIMEOUT_MS,
  ) {
    this.slots = Array.from({ length: Math.max(0, Math.floor(size)) }, () => ({
      worker: null,
      started: Promise.resolve(false),
      ready: false,
      pending: new Map(),
      sent: new Set(),
      restartAt: 0,
    }));
  }

  /** Batches sent to a thread and not yet answered. */
  get pending(): number {
    return this.slots.reduce((n, s) => n + s.pending.size, 0);
  }

  read(inputs: ReadInputs, shop: string[], learned: LearnedModel | null): Promise<Reads | null> {
    const slot = this.pick();
    if (!slot) return Promise.resolve(null);
    const id = ++this.nextId;
    const req: ClassifyRequest = { id, inputs, shop, model: learned ? modelKey(learned) : null };
    return new Promise((done) => {
      if (slot.pending.size === 0) slot.worker?.ref();
      const timer = setTimeout(() => this.hung(slot, id), this.batchTimeoutMs);
      timer.unref();
      const answered = (reads: Reads | null) => {
        clearTimeout(timer);
        done(reads);
      };
      slot.pending.set(id, { req, learned, done: answered });
      this.send(slot, req, learned);
    });
  }

  /** Starts the threads now (a server's start), so the first batch does not wait for one to load. */
  warm(): void {
    this.warmed = true;
    for (const s of this.slots) if (!s.worker && !this.closed) this.start(s);
  }

  /** Starts the threads and resolves once each has loaded the classifier (or failed to). */
  async ready(): Promise<boolean> {
    this.warm();
    // Whoever waits for the threads keeps the process alive meanwhile; idle, a thread does not.
    for (const s of this.slots) s.worker?.ref();
    const ok = (await Promise.all(this.slots.map((s) => s.started))).every(Boolean);
    for (const s of this.slots) if (s.pending.size === 0) s.worker?.unref();
    return ok;
  }

  /** Ends every thread; batches they hold are read inline. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }

  /** A batch still unanswered at its deadline: the thread is ended, and `gone` reads its batches inline. */
  private hung(slot: Slot, id: number): void {
    if (!slot.pending.has(id) || !slot.worker) return;
    this.timeouts++;
    this.onFault?.(new Error(`a classify thread held a batch over ${this.batchTimeoutMs} ms: ended`));
    void slot.worker.terminate();
  }

  private send(slot: Slot, req: ClassifyRequest, learned: LearnedModel | null): void {
    const model = req.model;
    const first = model !== null && !slot.sent.has(model);
    if (first && learned) slot.sent.add(model);
    slot.worker?.postMessage(first && learned ? { ...req, learned } : req);
  }

  /**
   * The ready thread with the fewest batches waiting. While none is ready (the first batches after a
   * start: loading the classifier takes a thread a second or more) batches are read inline rather than
   * wait, and once warmed a slot without a thread gets one unless it failed less than RESTART_AFTER_MS ago.
   */
  private pick(): Slot | null {
    if (this.closed) return null;
    let best: Slot | null = null;
    const now = performance.now();
    for (const s of this.slots) {
      if (this.warmed && !s.worker && now >= s.restartAt) this.start(s);
      if (s.ready && (!best || s.pending.size < best.pending.size)) best = s;
    }
    return best;
  }

  private start(slot: Slot): void {
    const worker = startThread(import.meta.url, "classify-thread", null);
    slot.worker = worker;
    slot.sent = new Set();
    slot.ready = false;
    let started: (ok: boolean) => void = () => {};
    slot.started = new Promise((resolve) => {
      started = resolve;
    });
    worker.on("message", (m: ClassifyReply) => {
      if ("ready" in m) {
        slot.ready = slot.worker === worker;
        started(true);
      } else this.answer(slot, m);
    });
    const gone = (err: unknown) => {
      started(false);
      if (slot.worker !== worker) return;
      slot.worker = null;
      slot.ready = false;
      slot.restartAt = performance.now() + RESTART_AFTER_MS;
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      if (lost.length) {
        this.fallbacks += lost.length;
        this.onFault?.(err);
      }
      for (const p of lost) p.done(null);
    };
    worker.on("error", gone);
    worker.on("exit", (code) => gone(new Error(`classify thread exited (code ${code})`)));
    // After the listeners: adding a "message" listener refs the thread's port again, and an idle thread
    // must not keep a finished command (an import) alive.
    worker.unref();
  }

  private answer(slot: Slot, m: Exclude<ClassifyReply, { ready: true }>): void {
    const p = slot.pending.get(m.id);
    if (!p) return;
    if ("missing" in m) {
      if (p.req.model !== null) slot.sent.delete(p.req.model);
      this.send(slot, p.req, p.learned);
      return;
    }
    slot.pending.delete(m.id);
    if (slot.pending.size === 0) slot.worker?.unref();
    if ("error" in m) {
      this.fallbacks++;
      p.done(null);
    } else {
      this.answered++;
      p.done(m.reads);
    }
  }
}
