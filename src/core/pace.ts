import { AsyncResource } from "node:async_hooks";

/**
 * Answers that can wait a few milliseconds give way to ingest while a batch of mentions is on its way in.
 *
 * The public status page is the case: browsers and proxies keep it for 10 s anyway, and in a rush its
 * visitors ask again the moment they are answered. Such visitors take every turn of the event loop
 * they are given, so whatever ingest saved went to more visitors, never to ingest (docs/security.md,
 * fourth to seventh passes). While a batch of mentions is on its way in, deferrable answers here get `share` of
 * the loop's wall time: each costs what its own answer took, times `costFactor` for the work Node does
 * around it that no handler sees (parsing the request, its objects: the front door's own time was about
 * 60 % of an answer's in the seventh pass's profile). The rest wait. No answer waits longer than
 * `maxHoldMs`, and the moment no batch is on its way in every held answer goes out.
 *
 * `share` follows from issue 19's goal rather than from a measurement: ingest is to keep 80 % of its
 * solo rate, and the health checks and the dashboard need their part of the other 20 %.
 */
export interface PaceOptions {
  /** The share of the loop's wall time deferrable answers get while a batch is on its way in. */
  share: number;
  /** What an answer costs the loop against the time of its own handler. */
  costFactor: number;
  /** The longest an answer is held. */
  maxHoldMs: number;
  now: () => number;
  /** Schedules the next release (tests drive it by hand). */
  later: (fn: () => void, ms: number) => void;
}

const DEFAULTS: PaceOptions = {
  share: 0.1,
  costFactor: 1 / 0.6,
  maxHoldMs: 500,
  now: () => performance.now(),
  later: (fn, ms) => void setTimeout(fn, ms).unref(),
};

/**
 * How often held answers are let out, and how much budget may be saved up (ms). A tick waits for the
 * slice of ingest that holds the loop (up to 16 ms) and more on a busy core, so the saving covers a few
 * late ticks; a smaller cap lost the share of every late one (1 ms: about 370 answers a second where a
 * tenth of the loop buys 600 to 1,100).
 */
const TICK_MS = 4;
const BURST_MS = 4;
/** What a batch starts with: one answer's worth, so a lone visitor is not held. */
const START_MS = 1;

type Held = { at: number; run: () => void };

export class Pacer {
  private readonly o: PaceOptions;
  private held: Held[] = [];
  private busy = 0;
  /** ms of loop time deferrable answers may still use. */
  private budget = 0;
  private refilledAt = 0;
  private scheduled = false;
  /** What an answer took lately (ms, its handler's own time), for the metrics. */
  private answerMs = 0;
  private answered = 0;

  constructor(options: Partial<PaceOptions> = {}) {
    this.o = { ...DEFAULTS, ...options };
  }

  /** Runs `answer` now, or holds it while a batch is on its way in and the answers' share is spent. */
  run(answer: () => void): void {
    if (this.busy === 0) {
      answer();
      return;
    }
    this.refill();
    if (this.held.length > 0 || this.budget <= 0) {
      // Bound to the request's own async context: it may run inside a batch's (leave) or a timer's.
      this.held.push({ at: this.o.now(), run: AsyncResource.bind(answer) });
      this.schedule();
      return;
    }
    this.timed(answer);
  }

  /** A batch of mentions starts on its way in (parsed, then classified and written). */
  enter(): void {
    if (this.busy++ > 0) return;
    this.refilledAt = this.o.now();
    this.budget = START_MS;
  }

  /** A batch is stored or refused: with none left, every held answer goes out. */
  leave(): void {
    if (--this.busy > 0) return;
    this.busy = 0;
    const all = this.held;
    this.held = [];
    for (const h of all) h.run();
  }

  /** Answers waiting, what an answer takes (ms, handler only), and how many went out while paced. */
  get state(): { held: number; answerMs: number; answered: number } {
    return { held: this.held.length, answerMs: this.answerMs, answered: this.answered };
  }

  private timed(answer: () => void): void {
    const t0 = this.o.now();
    answer();
    const ms = this.o.now() - t0;
    this.budget -= ms * this.o.costFactor;
    this.answerMs = this.answered === 0 ? ms : 0.99 * this.answerMs + 0.01 * ms;
    this.answered++;
  }

  private refill(): void {
    const now = this.o.now();
    this.budget = Math.min(BURST_MS, this.budget + (now - this.refilledAt) * this.o.share);
    this.refilledAt = now;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.o.later(() => {
      this.scheduled = false;
      if (this.busy === 0) return;
      this.refill();
      const oldest = this.o.now() - this.o.maxHoldMs;
      let i = 0;
      while (i < this.held.length) {
        const h = this.held[i] as Held;
        if (this.budget <= 0 && h.at > oldest) break;
        i++;
        this.timed(h.run);
      }
      this.held.splice(0, i);
      if (this.held.length) this.schedule();
    }, TICK_MS);
  }
}

/** The process's one pacer: ingest's batches mark it busy, the status page answers through it. */
export const loopPace = new Pacer();
