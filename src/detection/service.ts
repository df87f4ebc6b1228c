import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { ServiceError } from "../core/errors.js";
import { type DetectionConfigInput, parseDetectionConfig } from "./detectors/config.js";
import { DetectionEngine } from "./detectors/engine.js";
import type { Alert } from "./detectors/types.js";
import {
  type FeedMention,
  type FeedShopEvent,
  type RecordRound,
  type RoundOptions,
  runRound,
} from "./live.js";
import { type PreviewInput, previewDetection } from "./ops/preview.js";
import { createShopEvents } from "./shop-events/service.js";
import { detectionStore as store } from "./store.js";

export type DetectionService = ReturnType<typeof createDetectionService>;

export interface DetectionOptions {
  /** How often the timer closes buckets and re-reads the store. */
  tickMs?: number;
  /** Least time between the starts of two rounds a workspace's ingest jobs ask for (default 1 s). */
  roundGapMs?: number;
}

const CATCHUP_LIMIT = 1000;
/** One round per ingested batch, queued in the ingest transaction: durable and seen by every worker. */
export const DETECT_QUEUE = "detection.mentions";

/**
 * The live detectors: mentions read from the store by cursor, in a round per ingested batch (a job, so
 * workers in other processes see mentions the API stored) and on start and every tick, shop events as they are stored, and a timer that
 * moves data time on so quiet periods close buckets too. The detectors are the replay's, fed the same way.
 */
export function createDetectionService(ctx: AppContext, record: RecordRound, options: DetectionOptions = {}) {
  const queues = new Map<string, Promise<unknown>>();
  const pending = new Map<string, { mentions: FeedMention[]; shop: FeedShopEvent[] }>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;

  async function mentionsSince(
    workspaceId: string,
    since: string | null,
    known?: (id: string) => boolean,
  ): Promise<FeedMention[]> {
    if (since && known) {
      // Ids first, whole rows only for the ones this round has not seen: the overlap is mostly seen.
      const ids = await ctx.services.listening.mentionIdsSince(workspaceId, since, 100 * CATCHUP_LIMIT);
      return ctx.services.listening.mentionsByIds(
        workspaceId,
        ids.filter((id) => !known(id)),
      );
    }
    // The listening service pages newest first; catch-up wants oldest first.
    const out: FeedMention[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 100; i++) {
      const page = await ctx.services.listening.list(
        workspaceId,
        since ? { since } : {},
        CATCHUP_LIMIT,
        cursor,
      );
      out.push(...page.items);
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
      // Without a cursor position there is nothing to catch up from: the newest page is plenty.
      if (!since) break;
    }
    return out.reverse();
  }

  const deps = { ctx, record, mentionsSince };

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
  const roundGapMs = options.roundGapMs ?? Number(process.env["FIREBREAK_DETECT_ROUND_GAP_MS"] ?? 1000);
  const lastStart = new Map<string, number>();

  /** One round at a time per workspace, in arrival order. */
  function enqueue(
    workspaceId: string,
    opts: Omit<RoundOptions, "mentions" | "shopEvents">,
  ): Promise<Alert[]> {
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

  const shop = createShopEvents(ctx, (workspaceId, rows) => {
    if (!running) return;
    pendingOf(workspaceId).shop.push(...rows);
    void enqueue(workspaceId, {}).catch(() => undefined);
  });

  async function tick(now = ctx.clock.now().getTime()) {
    const ids = new Set([
      ...(await store.stateWorkspaces(ctx.db)),
      ...(await ctx.services.accounts.allWorkspaceIds()),
    ]);
    await Promise.all([...ids].map((id) => enqueue(id, { catchUp: true, advanceTo: now }).catch(() => [])));
  }

  return {
    shopEvents: shop,
    /** Shorthands other domains use: segments ("orders in the last 7 days") and review impact. */
    listShopEvents: shop.list,
    customers: shop.customers,

    /**
     * Runs one round now for a workspace: what the bus handed over, optionally a catch-up from the store
     * and a move of data time. Tests and the CLI call it; the timer and the bus call it too.
     */
    process: (workspaceId: string, opts: Omit<RoundOptions, "mentions" | "shopEvents"> = {}) =>
      enqueue(workspaceId, opts),

    /** Waits for the rounds queued so far. */
    async idle(workspaceId?: string) {
      const all = workspaceId ? [queues.get(workspaceId)] : [...queues.values()];
      await Promise.allSettled(all);
    },

    tick,

    async settings(workspaceId: string) {
      const row = await store.state(ctx.db, workspaceId);
      return parseDetectionConfig(row ? JSON.parse(row.config) : {});
    },

    /**
     * Replaces the workspace's detector settings. A new bucket size starts the baseline over: counts of
     * another bucket size cannot be carried across.
     */
    async updateSettings(actor: Actor, input: DetectionConfigInput) {
      const config = parseDetectionConfig(input);
      await enqueue(actor.workspaceId, {});
      const run = async () => {
        // Another process may move the detectors meanwhile (compare-and-set): read again and retry.
        for (let attempt = 0; attempt < 10; attempt++) {
          const row = await store.state(ctx.db, actor.workspaceId);
          if (!row) {
            // No mention or shop event yet: the settings wait in a fresh state for the first round.
            const inserted = await store.insertState(ctx.db, {
              workspace_id: actor.workspaceId,
              state: JSON.stringify({ engine: new DetectionEngine(config).toJSON(), seen: [] }),
              mention_cursor: null,
              shop_cursor: null,
              config: JSON.stringify(input),
              updated_at: ctx.clock.now().toISOString(),
            });
            if (inserted) return;
            continue;
          }
          const persisted = JSON.parse(row.state);
          const old = parseDetectionConfig(JSON.parse(row.config));
          if (old.bucketMinutes !== config.bucketMinutes)
            persisted.engine = new DetectionEngine(config).toJSON();
          const saved = await store.saveState(
            ctx.db,
            {
              ...row,
              state: JSON.stringify(persisted),
              config: JSON.stringify(input),
              updated_at: ctx.clock.now().toISOString(),
            },
            row.updated_at,
          );
          if (saved) return;
        }
        throw new ServiceError("conflict", "the detectors are busy; try again", "settings");
      };
      const prev = queues.get(actor.workspaceId) ?? Promise.resolve();
      const next = prev.catch(() => undefined).then(run);
      queues.set(actor.workspaceId, next);
      await next;
      return config;
    },

    /** The alerts the last days' stored mentions would have raised with other settings (ops/preview.ts). */
    preview: (workspaceId: string, input: PreviewInput) => previewDetection(ctx, workspaceId, input),

    /** The closed buckets in memory for one series (the chart behind a live alert). */
    async series(workspaceId: string, key: string) {
      const row = await store.state(ctx.db, workspaceId);
      if (!row) return [];
      const engine = DetectionEngine.fromJSON(JSON.parse(row.state).engine, JSON.parse(row.config));
      return engine.recentSeries(key);
    },

    /**
     * Feeds shop events to the detectors as they are committed (worker processes). Mentions come through
     * the DETECT_QUEUE job each ingested batch queues (see module.ts), which any worker runs.
     */
    listen() {
      running = true;
    },

    /** Listens, catches up from the store, and moves data time on with the wall clock. */
    start() {
      this.listen();
      const every = options.tickMs ?? Number(process.env["FIREBREAK_DETECT_TICK_MS"] ?? 30_000);
      void tick().catch((err) => ctx.log.error({ err }, "detection catch-up failed"));
      timer = setInterval(
        () => void tick().catch((err) => ctx.log.error({ err }, "detection tick failed")),
        every,
      );
      timer.unref();
    },

    async stop() {
      running = false;
      if (timer) clearInterval(timer);
      await Promise.allSettled([...queues.values()]);
    },
  };
}
