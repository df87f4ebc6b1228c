import type { Actor } from "../core/actor.js";

/**
 * Who a token or session is, kept for a moment: every dashboard and API call resolves its caller, and
 * without this each one was a hash and a store read (on SQLite a round trip to the reader thread, a
 * turn of the event loop in a rush).
 *
 * - In this process a change takes effect at once: every accounts change (revoking a token, ending
 *   sessions, removing a member, a new role or password) empties the cache once it has committed (see
 *   `invalidating` in service.ts), and a lookup that was under way meanwhile does not put its possibly
 *   older answer back.
 * - Another process (the `firebreak` CLI, a second server on the same store) cannot empty it: its
 *   change takes effect here once the entry is older than `ttlMs` (FIREBREAK_AUTH_CACHE_MS, default
 *   2,000 ms; 0 turns the cache off).
 * - Only callers found are kept (a wrong secret is looked up every time), each handed out as a copy.
 */
export class ActorCache {
  private readonly entries = new Map<string, { actor: Actor; at: number }>();
  private readonly inflight = new Map<string, { actor: Promise<Actor | null>; generation: number }>();
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    /** The app clock, in ms: tests move it. */
    private readonly now: () => number,
    private readonly max = 1000,
  ) {}

  async resolve(key: string, lookup: () => Promise<Actor | null>): Promise<Actor | null> {
    if (this.ttlMs <= 0) return lookup();
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return { ...hit.actor };
    if (hit) this.entries.delete(key);
    // Callers that arrive while the same lookup is under way share it: when a busy token's entry
    // expires, its many calls in flight would each read the store (and note the token's use) again.
    const going = this.inflight.get(key);
    if (going && going.generation === this.generation) {
      const shared = await going.actor;
      return shared && { ...shared };
    }
    const generation = this.generation;
    const at = this.now();
    const pending = lookup();
    this.inflight.set(key, { actor: pending, generation });
    let actor: Actor | null;
    try {
      actor = await pending;
    } finally {
      if (this.inflight.get(key)?.actor === pending) this.inflight.delete(key);
    }
    if (actor && generation === this.generation) {
      if (this.entries.size >= this.max) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      this.entries.set(key, { actor: { ...actor }, at });
    }
    return actor && { ...actor };
  }

  /** Forgets every caller; a lookup under way keeps its answer to itself. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

export const authCacheMs = (env: NodeJS.ProcessEnv = process.env): number => {
  const v = Number(env["FIREBREAK_AUTH_CACHE_MS"] ?? 2000);
  return Number.isFinite(v) && v > 0 ? v : 0;
};
