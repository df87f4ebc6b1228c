import { hostname } from "node:os";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { backoff } from "../core/backoff.js";
import { type Clock, systemClock } from "../core/clock.js";
import { newId } from "../core/ids.js";
import { inBackground } from "../db/background.js";
import type { Store } from "../db/database.js";
import { Schedule } from "./schedule.js";
import { jobsStore } from "./store.js";
import type { JobsTable, JobsTables } from "./tables.js";

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
export const exponentialBackoff = backoff({ first: 2000, max: 3600_000, jitter: 0.25 });

export interface RunnerOptions {
  /** How often an idle worker looks for due jobs. */
  pollMs?: number;
  clock?: Clock;
}

export interface EveryOptions {
  /** Also run once when a worker starts (each worker), not only at the schedule's slots. */
  runOnStart?: boolean;
}

/** Periodic work lives in queues named with this prefix, one per `every` name. */
export const PERIODIC_PREFIX = "every:";
/** Finished runs of periodic jobs are kept this long (they only matter for metrics and debugging). */
const PERIODIC_KEEP_MS = 86_400_000;

interface Periodic {
  queue: string;
  schedule: Schedule;
  runOnStart: boolean;
}

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
export class JobRunner<DB extends JobsTables = JobsTables> {
  readonly worker = `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  private readonly queues = new Map<string, Queue>();
  private readonly periodic: Periodic[] = [];
  private scheduling: Promise<void> | undefined;
  private readonly pollMs: number;
  private readonly clock: Clock;
  /** The app's handle seen as the jobs table alone: the runner never touches another table. */
  private readonly db: Kysely<JobsTables>;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  /** Jobs whose handler succeeded, marked done together by the next wake (see flushFinished). */
  private finished: string[] = [];
  private stopped = true;

  constructor(
    private readonly store: Store<DB>,
    private readonly log: Logger,
    options: RunnerOptions = {},
  ) {
    this.db = jobsDb(store.db);
    this.pollMs = options.pollMs ?? 500;
    this.clock = options.clock ?? systemClock;
  }

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
   * Periodic work as jobs: each slot of `schedule` (see Schedule) is one job keyed by its time, so it runs
   * once however many workers there are, survives a restart (a slot missed while every worker was down
   * runs once when one comes back) and is counted in the jobs metrics. A run queues the next slot before
   * doing its work, so a failing run does not stop the chain.
   */
  every(name: string, schedule: string, fn: (slot: Date) => Promise<unknown>, opts: EveryOptions = {}): void {
    const periodic: Periodic = {
      queue: `${PERIODIC_PREFIX}${name}`,
      schedule: new Schedule(schedule),
      runOnStart: opts.runOnStart ?? false,
    };
    this.register<{ slot: string }>(
      periodic.queue,
      async ({ slot }) => {
        await this.queueNextSlot(periodic);
        await fn(new Date(slot));
      },
      { concurrency: 1, maxAttempts: 3, backoffMs: backoff({ first: 1000, max: 60_000 }) },
    );
    this.periodic.push(periodic);
  }

  /** Queues the next slot of every periodic job (and the start runs); `start` does this. */
  async schedule(): Promise<void> {
    for (const p of this.periodic) {
      await this.queueNextSlot(p);
      if (p.runOnStart)
        await this.enqueue(
          p.queue,
          { slot: this.clock.now().toISOString() },
          { key: `start:${this.worker}` },
        );
    }
  }

  private async queueNextSlot(p: Periodic): Promise<void> {
    const now = this.clock.now();
    const slot = p.schedule.next(now).toISOString();
    await this.enqueue(p.queue, { slot }, { key: slot, runAt: new Date(slot) });
    await jobsStore.purgeFinished(this.db, p.queue, new Date(now.getTime() - PERIODIC_KEEP_MS).toISOString());
  }

  /**
   * Enqueue inside the caller's transaction when one is given, so the job exists if and only if the
   * write that asked for it committed (the outbox pattern).
   */
  async enqueue<T>(
    queue: string,
    payload: T,
    opts: EnqueueOptions = {},
    db: Kysely<DB> = this.store.db,
  ): Promise<{ id: string; duplicate: boolean }> {
    const id = newId();
    const now = this.clock.now().toISOString();
    const inserted = await jobsStore.insert(jobsDb(db), {
      id,
      queue,
      key: opts.key ?? id,
      payload: JSON.stringify(payload),
      status: "queued",
      attempts: 0,
      max_attempts: opts.maxAttempts ?? this.queues.get(queue)?.maxAttempts ?? 10,
      run_at: opts.runAt?.toISOString() ?? now,
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
    this.scheduling = this.schedule().catch((err) => this.log.error({ err }, "periodic jobs not scheduled"));
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Stops claiming, waits for running handlers, and hands back what this worker still holds. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.scheduling;
    await this.ticking;
    await Promise.allSettled([...this.inFlight]);
    await this.flushFinished().catch((err) => this.log.warn({ err }, "finished jobs not marked done"));
    await jobsStore.release(this.db, this.worker).catch(() => undefined);
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
    await this.flushFinished();
    return total;
  }

  stats = () => jobsStore.countByStatus(this.db);

  /** Jobs by queue and status, and when each periodic job last finished a run (metrics). */
  queueStats = () => jobsStore.countByQueue(this.db);

  private wake(): void {
    if (this.stopped || this.ticking) return;
    this.ticking = this.claimAndRun()
      .then(
        () => true,
        (err) => {
          this.log.error({ err }, "job claim failed");
          return false;
        },
      )
      .then((ok) => {
        this.ticking = undefined;
        // A job that finished while this wake was past its flush is marked done by the next one; after
        // a failure (the store away) the poll timer tries again, not a loop.
        if (ok && this.finished.length > 0) this.wake();
      });
  }

  /**
   * One read finds the queues with room that have a job due, and one statement claims for all of them:
   * a wake wrote once per registered queue (about 30), most finding nothing, and under a rush those
   * empty claims took turns at the store's single writer between ingest's transactions.
   */
  private async claimAndRun(): Promise<number> {
    await this.flushFinished();
    const room = [...this.queues].filter(([, q]) => q.concurrency > q.running);
    if (room.length === 0) return 0;
    const now = this.clock.now().getTime();
    const at = new Date(now).toISOString();
    // On the background connection where there is one: the runner's look never waits behind, or
    // delays, a person's page on the reader.
    const names = room.map(([name]) => name);
    const due = new Set(await inBackground(() => jobsStore.dueQueues(this.db, names, at)));
    if (due.size === 0) return 0;
    const slots = room
      .filter(([name]) => due.has(name))
      .map(([name, q]) => ({
        queue: name,
        limit: q.concurrency - q.running,
        leaseUntil: new Date(now + q.leaseMs).toISOString(),
      }));
    const jobs = await jobsStore.claim(this.db, this.store.dialect, { slots, worker: this.worker, now: at });
    for (const job of jobs) {
      const q = this.queues.get(job.queue);
      if (!q) continue;
      q.running++;
      const p = this.run(q, job).finally(() => {
        q.running--;
        this.inFlight.delete(p);
        this.wake();
      });
      this.inFlight.add(p);
    }
    return jobs.length;
  }

  /**
   * Marks the jobs that finished since the last wake done, in one statement. Each job wrote its own
   * completion, and under a rush each such write waited its turn at the store's single writer between
   * ingest's transactions. Until it is written a finished job stays running under this worker's lease:
   * if the process dies first, the job runs again once the lease ends (at least once, as before).
   */
  private async flushFinished(): Promise<void> {
    if (this.finished.length === 0) return;
    const ids = this.finished;
    this.finished = [];
    try {
      await jobsStore.complete(this.db, ids, this.worker, this.clock.now().toISOString());
    } catch (err) {
      this.finished.unshift(...ids);
      throw err;
    }
  }

  private async run(q: Queue, job: JobsTable): Promise<void> {
    const db = this.db;
    const info: JobInfo = {
      id: job.id,
      queue: job.queue,
      key: job.key,
      attempt: job.attempts,
      maxAttempts: job.max_attempts,
    };
    try {
      await inBackground(() => q.handler(JSON.parse(job.payload), info));
      this.finished.push(job.id);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (job.attempts >= job.max_attempts) {
        this.log.warn(
          { queue: job.queue, key: job.key, attempts: job.attempts, err: message },
          "job failed for good",
        );
        await jobsStore.fail(db, job.id, this.worker, this.clock.now().toISOString(), message);
      } else {
        const runAt = new Date(this.clock.now().getTime() + q.backoffMs(job.attempts)).toISOString();
        this.log.info(
          { queue: job.queue, key: job.key, attempt: job.attempts, runAt, err: message },
          "job will retry",
        );
        await jobsStore.retry(db, job.id, this.worker, runAt, message);
      }
    }
  }
}

/**
 * Any handle whose schema has the jobs table, as the job store's type. Kysely's types are invariant in the
 * schema, so the narrowing needs this one cast; it is sound because the job store names no other table.
 */
export function jobsDb<DB extends JobsTables>(db: Kysely<DB>): Kysely<JobsTables> {
  return db as unknown as Kysely<JobsTables>;
}
