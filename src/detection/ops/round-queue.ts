import type { Alert } from "../detectors/types.js";
import { type FeedMention, type FeedShopEvent, type LiveDeps, type RoundOptions, runRound } from "../live.js";

export type QueuedRoundOptions = Omit<RoundOptions, "mentions" | "shopEvents">;

/** One round at a time per workspace, in arrival order, with what the bus handed over meanwhile. */
export function createRoundQueue(deps: LiveDeps, roundGapMs: number) {
  const { ctx } = deps;
  const queues = new Map<string, Promise<unknown>>();
  const pending = new Map<string, { mentions: FeedMention[]; shop: FeedShopEvent[] }>();
  /**
   * A catch-up round asked for while an identical one still waits to start is that round: it will read
   * the store after the asker's batch committed, so it counts it. Under a rush of batches this keeps one
   * round running and one waiting per workspace instead of one per batch, each re-reading the overlap.
   */
  const waiting = new Map<string, Promise<Alert[]>>();
  /**
   * Each round re-reads the overlap and rewrites the detector state, whatever it adds. Under a rush the
   * rounds ingest jobs ask for start at most once per gap per workspace, and the jobs that arrive
   * meanwhile share the waiting round: about one round a second instead of one per batch.
   */
  const lastStart = new Map<string, number>();

  function enqueue(workspaceId: string, opts: QueuedRoundOptions): Promise<Alert[]> {
    const shareable = opts.catchUp === true && opts.advanceTo === undefined;
    const shareKey = `${workspaceId}|${opts.strict === true}`;
    const already = shareable ? waiting.get(shareKey) : undefined;
    if (already) return already;
    const prev = queues.get(workspaceId) ?? Promise.resolve();
    const next = prev
      .catch(() => undefined)
      .then(async () => {
        // Pacing real work on this machine: wall time (monotonic), not the app clock.
        const last = lastStart.get(workspaceId);
        const wait = last === undefined ? 0 : last + roundGapMs - performance.now();
        if (shareable && opts.strict && wait > 0) await new Promise((r) => setTimeout(r, wait));
        lastStart.set(workspaceId, performance.now());
        if (waiting.get(shareKey) === next) waiting.delete(shareKey);
        const p = pending.get(workspaceId);
        pending.delete(workspaceId);
        return runRound(deps, workspaceId, {
          ...opts,
          ...(p ? { mentions: p.mentions, shopEvents: p.shop } : {}),
        });
      });
    queues.set(workspaceId, next);
    if (shareable) waiting.set(shareKey, next);
    next
      .catch((err) => ctx.log.error({ err, workspaceId }, "detection round failed"))
      .finally(() => {
        if (queues.get(workspaceId) === next) queues.delete(workspaceId);
      });
    return next;
  }

  function pendingOf(workspaceId: string) {
    let p = pending.get(workspaceId);
    if (!p) {
      p = { mentions: [], shop: [] };
      pending.set(workspaceId, p);
    }
    return p;
  }

  /** Runs `run` after the rounds queued so far for the workspace, holding the next ones back. */
  function after<T>(workspaceId: string, run: () => Promise<T>): Promise<T> {
    const prev = queues.get(workspaceId) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(run);
    queues.set(workspaceId, next);
    return next;
  }

  return { enqueue, pendingOf, after, queues };
}
