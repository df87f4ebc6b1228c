import type { AppContext } from "../app/context.js";
import { runCheck } from "./checkers/index.js";
import { openConfig } from "./config-secrets.js";
import { nextSlotMs, periodMs, retryDelayMs } from "./slots.js";
import { monitoringStore as store } from "./store.js";
import type { MonitorsTable } from "./tables.js";
import type { Execution } from "./transitions.js";

export interface SchedulerOptions {
  /** Checks in flight at once; more wait (and show up as lateness), none is dropped. */
  concurrency?: number;
  /** How often due monitors are claimed, and how far ahead. */
  tickMs?: number;
  lookaheadMs?: number;
  /** How often finished checks are written, in one transaction. */
  flushMs?: number;
  claimLimit?: number;
}

export interface SchedulerStats {
  claimed: number;
  started: number;
  completed: number;
  failed: number;
  /** Slots that passed without a check (the process was behind or stopped, or a check overran). */
  missed: number;
  inFlight: number;
  waiting: number;
  /** Lateness of each started check against its slot, in whole milliseconds (index = ms, capped). */
  lateness: Uint32Array;
  /** The slowest claim and batch write so far, in ms: a slow store shows here before it shows as lateness. */
  claimMsMax: number;
  flushMsMax: number;
}

const LATENESS_CAP_MS = 120_000;
const FLUSH_MAX = 500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The latency percentile of a lateness histogram, in ms. */
export function histogramPercentile(hist: Uint32Array, p: number): number {
  let total = 0;
  for (const n of hist) total += n;
  if (total === 0) return 0;
  const want = Math.ceil((p / 100) * total);
  let acc = 0;
  for (let i = 0; i < hist.length; i++) {
    acc += hist[i] ?? 0;
    if (acc >= want) return i;
  }
  return hist.length - 1;
}

type Record = (batch: Execution[]) => Promise<unknown>;

/**
 * Runs monitor checks on time. Due monitors are claimed from the store a little ahead of their slot
 * (claiming moves their due time to the next slot, so across processes each slot runs once), then each
 * fires on its own timer. A bounded number run at once, each with its own timeout, so a slow target
 * holds one slot of the pool and never the others' timers. Results are written in batches.
 */
export class MonitorScheduler {
  readonly stats: SchedulerStats = {
    claimed: 0,
    started: 0,
    completed: 0,
    failed: 0,
    missed: 0,
    inFlight: 0,
    waiting: 0,
    lateness: new Uint32Array(LATENESS_CAP_MS + 1),
    claimMsMax: 0,
    flushMsMax: 0,
  };
  private readonly opts: Required<SchedulerOptions>;
  private readonly timers = new Map<
    string,
    { timer: NodeJS.Timeout; row: MonitorsTable; scheduled: number; next: string }
  >();
  private readonly running = new Set<string>();
  private readonly waiting: { row: MonitorsTable; scheduled: number }[] = [];
  private buffer: Execution[] = [];
  private tickTimer: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private flushing: Promise<void> | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = true;

  constructor(
    private readonly ctx: AppContext,
    private readonly record: Record,
    options: SchedulerOptions = {},
  ) {
    this.opts = {
      concurrency: options.concurrency ?? 500,
      tickMs: options.tickMs ?? 250,
      lookaheadMs: options.lookaheadMs ?? 1000,
      flushMs: options.flushMs ?? 300,
      claimLimit: options.claimLimit ?? 2000,
    };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.tickTimer = setInterval(() => this.tick(), this.opts.tickMs);
    this.flushTimer = setInterval(() => this.flush(), this.opts.flushMs);
    this.tick();
  }

  /** Stops claiming, hands back slots not started yet, lets running checks finish and writes them. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.tickTimer);
    clearInterval(this.flushTimer);
    await this.ticking;
    const pending = [...this.timers.values(), ...this.waiting.map((w) => ({ ...w, next: "" }))];
    for (const t of this.timers.values()) clearTimeout(t.timer);
    this.timers.clear();
    this.waiting.length = 0;
    for (const p of pending) {
      const next = p.next || new Date(nextSlotMs(p.row.id, periodMs(p.row), p.scheduled)).toISOString();
      await store
        .unclaim(this.ctx.db, p.row.id, next, new Date(p.scheduled).toISOString())
        .catch(() => undefined);
    }
    await Promise.allSettled([...this.inFlight]);
    await this.drainWrites();
  }

  /**
   * Claims what is due now, runs it and writes the results before returning (tests, CLI). Works on a
   * stopped scheduler; do not mix with start().
   */
  async runDue(): Promise<number> {
    const before = this.stats.started;
    await this.claim(0);
    for (const [id, t] of this.timers) {
      clearTimeout(t.timer);
      this.timers.delete(id);
      this.launch(t.row, t.scheduled);
    }
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await this.drainWrites();
    return this.stats.started - before;
  }

  private tick(): void {
    if (this.stopped || this.ticking) return;
    this.ticking = this.claim()
      .catch((err) => this.ctx.log.error({ err }, "monitor claim failed"))
      .finally(() => {
        this.ticking = undefined;
      });
  }

  /** Slots and deadlines follow the app's clock, so a test moves time instead of waiting for it. */
  private now(): number {
    return this.ctx.clock.now().getTime();
  }

  private async claim(lookaheadMs = this.opts.lookaheadMs): Promise<void> {
    const now = this.now();
    const t0 = performance.now();
    const room = this.opts.claimLimit - this.timers.size;
    if (room <= 0) return;
    const slots = new Map<string, { scheduled: number; next: string }>();
    const rows = await store.claimDue(this.ctx.db, this.ctx.store.dialect, {
      horizon: new Date(now + lookaheadMs).toISOString(),
      limit: room,
      nextOf: (row) => {
        const period = periodMs(row);
        let scheduled = Date.parse(row.next_run_at);
        // More than a period behind: those slots are gone; count them and run once, now.
        if (now - scheduled > period) {
          this.stats.missed += Math.floor((now - scheduled) / period);
          scheduled = now;
        }
        // An off-slot run (a new or edited monitor, or a catch-up) skips a slot that would follow too
        // closely, so two checks of one monitor never overlap.
        let nextMs = nextSlotMs(row.id, period, scheduled);
        if (nextMs - scheduled < period / 2) nextMs += period;
        const next = new Date(nextMs).toISOString();
        slots.set(row.id, { scheduled, next });
        return next;
      },
    });
    this.stats.claimed += rows.length;
    const at = this.now();
    this.stats.claimMsMax = Math.max(this.stats.claimMsMax, Math.round(performance.now() - t0));
    for (const row of rows) {
      const slot = slots.get(row.id);
      if (!slot) continue;
      const timer = setTimeout(
        () => {
          this.timers.delete(row.id);
          this.dispatch(row, slot.scheduled);
        },
        Math.max(0, slot.scheduled - at),
      );
      this.timers.set(row.id, { timer, row, scheduled: slot.scheduled, next: slot.next });
    }
  }

  private dispatch(row: MonitorsTable, scheduled: number): void {
    if (this.running.has(row.id)) {
      // The previous check of this monitor is still going (retries of a target slower than its interval).
      this.stats.missed++;
      return;
    }
    if (this.stats.inFlight >= this.opts.concurrency) {
      this.waiting.push({ row, scheduled });
      this.stats.waiting = this.waiting.length;
      return;
    }
    this.launch(row, scheduled);
  }

  private launch(row: MonitorsTable, scheduled: number): void {
    this.running.add(row.id);
    this.stats.inFlight++;
    const p = this.execute(row, scheduled)
      .catch((err) => this.ctx.log.error({ err, monitor: row.id }, "monitor check crashed"))
      .finally(() => {
        this.running.delete(row.id);
        this.stats.inFlight--;
        this.inFlight.delete(p);
        const next = this.waiting.shift();
        this.stats.waiting = this.waiting.length;
        if (next && !this.stopped) this.launch(next.row, next.scheduled);
      });
    this.inFlight.add(p);
  }

  private async execute(row: MonitorsTable, scheduled: number): Promise<void> {
    const started = this.now();
    this.stats.started++;
    const bucket = Math.min(LATENESS_CAP_MS, Math.max(0, started - scheduled));
    this.stats.lateness[bucket] = (this.stats.lateness[bucket] ?? 0) + 1;
    const period = periodMs(row);
    const deadline = scheduled + period - 250;
    // A beat may have arrived since the claim (up to a second ago): judge a heartbeat on the latest one.
    const beat =
      row.type === "heartbeat"
        ? ((await store.byId(this.ctx.db, row.workspace_id, row.id))?.last_beat_at ?? row.last_beat_at)
        : row.last_beat_at;
    const target = { ...row, last_beat_at: beat, config: openConfig(row.config) as unknown };
    const attempt = () => {
      const now = this.now();
      return runCheck(
        { ...target, timeout_ms: Math.max(100, Math.min(row.timeout_ms, deadline - now)) },
        now,
      );
    };
    let result = await attempt();
    // Down is confirmed by retries inside the interval before anyone is told; an already-down monitor
    // is not retried (it stays down until a check passes).
    if (!result.ok && row.state !== "down" && row.retries > 0) {
      const delay = retryDelayMs(row.interval_s, row.retries);
      let attempts = 1;
      for (let i = 0; i < row.retries && this.now() + delay + 500 < deadline; i++) {
        await sleep(delay);
        result = await attempt();
        attempts++;
        if (result.ok) break;
      }
      if (!result.ok && attempts > 1) result = { ...result, error: `${result.error} (${attempts} attempts)` };
    }
    this.stats.completed++;
    if (!result.ok) this.stats.failed++;
    this.buffer.push({ monitor: row, scheduledMs: scheduled, startedMs: started, result });
    if (this.buffer.length >= FLUSH_MAX) this.flush();
  }

  /** Writes everything buffered (stop, runDue); gives up when the store stops taking writes. */
  private async drainWrites(): Promise<void> {
    await this.flushing;
    // A write that fails at this moment (a lock held by a beat or a claim) is tried again a few times
    // before the checks are given up: stopping must not drop finished checks on a transient error.
    let failures = 0;
    while (this.buffer.length > 0 && failures < 4) {
      const before = this.buffer.length;
      await this.flush();
      if (this.buffer.length >= before) {
        failures++;
        await sleep(100 * 2 ** failures);
      }
    }
  }

  /**
   * Writes what has finished, at most FLUSH_MAX checks per transaction: a short transaction holds its
   * row locks briefly, so a claim (which skips locked rows) never passes over a due monitor for long.
   */
  private flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.buffer.length === 0) return Promise.resolve();
    const batch = this.buffer.splice(0, FLUSH_MAX);
    const t0 = performance.now();
    this.flushing = this.record(batch)
      .then(() => {
        this.stats.flushMsMax = Math.max(this.stats.flushMsMax, Math.round(performance.now() - t0));
      })
      .catch((err) => {
        this.ctx.log.error({ err, checks: batch.length }, "writing monitor checks failed; will retry");
        // Keep what failed for the next flush, but never let a dead store grow the buffer without bound.
        if (this.buffer.length < 20_000) this.buffer.unshift(...batch);
      })
      .finally(() => {
        this.flushing = undefined;
        if (this.buffer.length >= FLUSH_MAX && !this.stopped) void this.flush();
      });
    return this.flushing;
  }
}
