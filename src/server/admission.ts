import type { FastifyReply, FastifyRequest } from "fastify";
import type { AdmissionOptions } from "../config/config.js";
import { ServiceError } from "../core/errors.js";

/** Seconds a refused sender is told to wait: a few batches' turns, time for the queue to move. */
export const RETRY_AFTER_S = 5;

const refused = (message: string) =>
  Object.assign(new ServiceError("unavailable", message), { retryAfterS: RETRY_AFTER_S });

/**
 * An admission gate for bulk ingest. Fastify reads and parses a request's body before the handler runs,
 * so eight senders meant eight bodies of 1,000 mentions parsed, validated and alive in the heap at once,
 * most of them only waiting for the store's writer, and what survives a young-generation collection is
 * what makes it slow (docs/security.md, twelfth and thirteenth passes). Taken before the body is read
 * (`preParsing`), a slot leaves the other bodies in their sockets (the kernel's buffers and Node's
 * backpressure hold them) until one can go in. A request that waits longer than `waitMs`, or finds the
 * queue full, is answered 503 with Retry-After before any of its body is read, so nothing of it is
 * stored and the sender retries. A slot is held until the answer is sent (or the connection closes),
 * so the acknowledgement still follows the commit.
 */
export class Admission {
  private active = 0;
  private refusals = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly options: AdmissionOptions) {}

  /** Requests past the gate, waiting for it, and answered 503 so far: for /metrics and tests. */
  get state() {
    return { active: this.active, waiting: this.waiting.length, refused: this.refusals };
  }

  /**
   * Resolves once the request may go in, with the function that gives its slot back; rejects with a
   * 503 past the wait limit or with the queue full. `onGone` gets the function to call when the client
   * goes away: out of the queue while waiting, the slot back once in, nothing after a refusal.
   */
  enter(onGone: (gone: () => void) => void): Promise<() => void> {
    let state: "waiting" | "in" | "out" = "waiting";
    const release = () => {
      if (state !== "in") return;
      state = "out";
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
    if (this.active < this.options.slots) {
      this.active++;
      state = "in";
      onGone(release);
      return Promise.resolve(release);
    }
    if (this.waiting.length >= this.options.queue) {
      this.refusals++;
      return Promise.reject(
        refused("ingest is busy: too many batches are waiting; nothing was stored, retry"),
      );
    }
    return new Promise((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        state = "in";
        resolve(release);
      };
      const leaveQueue = (why: string) => {
        state = "out";
        clearTimeout(timer);
        this.waiting.splice(this.waiting.indexOf(admit), 1);
        reject(refused(why));
      };
      const timer = setTimeout(() => {
        this.refusals++;
        leaveQueue(
          `ingest is busy: this batch waited ${this.options.waitMs} ms for its turn; nothing was stored, retry`,
        );
      }, this.options.waitMs);
      this.waiting.push(admit);
      onGone(() => {
        if (state === "waiting") leaveQueue("the client went away while its batch waited");
        else release();
      });
    });
  }

  /** The route hook: `preParsing`, so a waiting request's body stays unread. */
  readonly hook = async (_req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (this.options.slots === 0) return payload;
    // `close` on the answer: sent, or the connection ended first (the client gave up waiting).
    await this.enter((leave) => reply.raw.once("close", leave));
    return payload;
  };
}
