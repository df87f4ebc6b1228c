import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { type DetectionConfigInput, parseDetectionConfig } from "./detectors/config.js";
import { DetectionEngine } from "./detectors/engine.js";
import type { RecordRound } from "./live.js";
import { mentionsSince } from "./ops/mentions-since.js";
import { type PreviewInput, previewDetection } from "./ops/preview.js";
import { createRoundQueue, type QueuedRoundOptions } from "./ops/round-queue.js";
import { saveSettings } from "./ops/settings.js";
import { createShopEvents } from "./shop-events/service.js";
import { detectionStore as store } from "./store.js";

export type DetectionService = ReturnType<typeof createDetectionService>;

export interface DetectionOptions {
  /** How often the timer closes buckets and re-reads the store. */
  tickMs?: number;
  /** Least time between the starts of two rounds a workspace's ingest jobs ask for (default 1 s). */
  roundGapMs?: number;
}

/** One round per ingested batch, queued in the ingest transaction: durable and seen by every worker. */
export const DETECT_QUEUE = "detection.mentions";

/**
 * The live detectors: mentions read from the store by cursor, in a round per ingested batch (a job, so
 * workers in other processes see mentions the API stored) and on start and every tick, shop events as they are stored, and a timer that
 * moves data time on so quiet periods close buckets too. The detectors are the replay's, fed the same way.
 */
export function createDetectionService(ctx: AppContext, record: RecordRound, options: DetectionOptions = {}) {
  let timer: NodeJS.Timeout | undefined;
  let running = false;

  const deps = {
    ctx,
    record,
    mentionsSince: (workspaceId: string, since: string | null, known?: (id: string) => boolean) =>
      mentionsSince(ctx, workspaceId, since, known),
  };
  const roundGapMs = options.roundGapMs ?? Number(process.env["FIREBREAK_DETECT_ROUND_GAP_MS"] ?? 1000);
  const { enqueue, pendingOf, after, queues } = createRoundQueue(deps, roundGapMs);

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
    process: (workspaceId: string, opts: QueuedRoundOptions = {}) => enqueue(workspaceId, opts),

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
      await after(actor.workspaceId, () => saveSettings(ctx, actor.workspaceId, input, config));
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
