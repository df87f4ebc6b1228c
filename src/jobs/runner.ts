import { hostname } from "node:os";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { newId } from "../core/ids.js";
import type { Store } from "../db/database.js";
import type { Database } from "../db/schema.js";
import { jobsStore } from "./store.js";

export interface JobInfo {
  id: string;
  queue: string;
  /** The idempotency key; receivers of outgoing messages see it as the message id. */
  key: string;
  attempt: number;
  maxAttempts: number;
}

export type JobHandler<T = unknown> = (payload: T, job: JobInfo) => Promise<void>;

export interface QueueOptions {
  concurrency?: number;
  maxAttempts?: number;
  /** Delay before attempt n+1 after attempt n failed. */
  backoffMs?: (attempt: number) => number;
  /** How long a claimed job is ours before another worker may take it over. */
  leaseMs?: number;
}

export interface EnqueueOptions {
  key?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/** Exponential backoff with jitter, capped at an hour: 30 attempts span well over a day. */
export const exponentialBackoff = (attempt: number): number => {
  const base = Math.min(3600_000, 1000 * 2 ** Math.min(attempt, 22));
  return Math.round(base * (0.75 + Math.random() * 0.5));
};

interface Queue {
  handler: JobHandler;
  concurrency: number;
  maxAttempts: number;
  backoffMs: (attempt: number) => number;
  leaseMs: number;
  running: number;
}

/**
 * Durable jobs as rows of the store: they survive restarts, retry with backoff, and are idempotent on
 * (queue, key). On PostgreSQL many processes share them (SKIP LOCKED); on SQLite one process runs them.
 */
export class JobRunner {
  readonly worker = `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  private readonly queues = new Map<string, Queue>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = true;

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
    private readonly pollMs = 500,
  ) {}

  register<T>(queue: string, handler: JobHandler<T>, opts: QueueOptions = {}): void {
    if (this.queues.has(queue)) throw new Error(`job queue "${queue}" is registered twice`);
    this.queues.set(queue, {
      handler: handler as JobHandler,
      concurrency: opts.concurrency ?? 4,
      maxAttempts: opts.maxAttempts ?? 10,
      backoffMs: opts.backoffMs ?? exponentialBackoff,
      leaseMs: opts.leaseMs ?? 5 * 60_000,
      running: 0,
    });
  }

  /**
   * Enqueue inside the caller's transaction when one is given, so the job exists if and only if the
   * write that asked for it committed (the outbox pattern).
   */
  async enqueue<T>(
    queue: string,
    payload: T,
    opts: EnqueueOptions = {},
    db: Kysely<Database> = this.store.db,
  ): Promise<{ id: string; duplicate: boolean }> {
    const id = newId();
    const now = new Date().toISOString();
    const inserted = await jobsStore.insert(db, {
      id,
      queue,
      key: opts.key ?? id,
      payload: JSON.stringify(payload),
      status: "queued",
      attempts: 0,
      max_attempts: opts.maxAttempts ?? this.queues.get(queue)?.maxAttempts ?? 10,
      run_at: (opts.runAt ?? new Date()).toISOString(),
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: now,
      finished_at: null,
    });
    if (inserted) this.wake();
    return { id, duplicate: !inserted };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Stops claiming, waits for running handlers, and hands back what this worker still holds. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
    await Promise.allSettled([...this.inFlight]);
    await jobsStore.release(this.store.db, this.worker).catch(() => undefined);
  }

  /** Runs every due job to completion, including jobs that become due on the way (tests, CLI). */
  async drain(maxRounds = 100): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxRounds; i++) {
      const n = await this.claimAndRun();
      await Promise.allSettled([...this.inFlight]);
      if (n === 0) break;
      total += n;
    }
    return total;
  }

  stats = () => jobsStore.countByStatus(this.store.db);

  private wake(): void {
    if (this.stopped || this.ticking) return;
    this.ticking = this.claimAndRun()
      .catch((err) => this.log.error({ err }, "job claim failed"))
      .then(() => {
        this.ticking = undefined;
      });
  }

  private async claimAndRun(): Promise<number> {
    let claimed = 0;
    for (const [name, q] of this.queues) {
      const free = q.concurrency - q.running;
      if (free <= 0) continue;
      const now = Date.now();
      const jobs = await jobsStore.claim(this.store.db, this.store.dialect, {
        queues: [name],
        limit: free,
        worker: this.worker,
        now: new Date(now).toISOString(),
        leaseUntil: new Date(now + q.leaseMs).toISOString(),
      });
      claimed += jobs.length;
      for (const job of jobs) {
        q.running++;
        const p = this.run(q, job).finally(() => {
          q.running--;
          this.inFlight.delete(p);
          this.wake();
        });
        this.inFlight.add(p);
      }
    }
    return claimed;
  }

  private async run(q: Queue, job: Database["jobs"]): Promise<void> {
    const db = this.store.db;
    const info: JobInfo = {
      id: job.id,
      queue: job.queue,
      key: job.key,
      attempt: job.attempts,
      maxAttempts: job.max_attempts,
    };
    try {
      await q.handler(JSON.parse(job.payload), info);
      await jobsStore.complete(db, job.id, this.worker, new Date().toISOString());
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (job.attempts >= job.max_attempts) {
        this.log.warn(
          { queue: job.queue, key: job.key, attempts: job.attempts, err: message },
          "job failed for good",
        );
        await jobsStore.fail(db, job.id, this.worker, new Date().toISOString(), message);
      } else {
        const runAt = new Date(Date.now() + q.backoffMs(job.attempts)).toISOString();
        this.log.info(
          { queue: job.queue, key: job.key, attempt: job.attempts, runAt, err: message },
          "job will retry",
        );
        await jobsStore.retry(db, job.id, this.worker, runAt, message);
      }
    }
  }
}
