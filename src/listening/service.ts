import type { AppContext } from "../app/context.js";
import { invalid, notFound } from "../core/errors.js";
import { Gate } from "../core/fair.js";
import { loopPace } from "../core/pace.js";
import type { LearnedModel } from "../nlp/index.js";
import { createFeedOps } from "./feed.js";
import { hoursStore } from "./hours.js";
import { createLabelOps } from "./labels.js";
import { ClassifyPool } from "./ops/classify-pool.js";
import { bucketed, dailyOf, rolledUp, totalOf } from "./ops/hour-figures.js";
import { type IngestHook, type IngestResult, prepareBatch, storeBatch } from "./ops/ingest.js";
import { round, toMentionOut } from "./ops/out.js";
import { createQueryOps } from "./ops/queries.js";
import { createSourceOps } from "./ops/sources.js";
import type { MentionFilters, MentionItem, MentionOut } from "./schema.js";
import { decodeCursor, encodeCursor, listeningStore as store } from "./store.js";

export type { IngestHook, IngestResult } from "./ops/ingest.js";
export { toMentionOut, toSourceOut } from "./ops/out.js";
export { FEED_QUEUE } from "./ops/sources.js";

export type ListeningService = ReturnType<typeof createListeningService>;

// Ingest, sources and brand queries live in ops/; this factory holds the state they share (the ingest
// gate, hooks, the learned-model provider) and assembles the service.
export function createListeningService(ctx: AppContext) {
  const db = ctx.db;
  // Two batches in their CPU phase at once: a third waits without holding the event loop. The write
  // phase is outside that gate: a batch waiting for the store's writer leaves its place to the next
  // one's classification. (With both places held by batches waiting for the writer, a status-page rush
  // had the event loop to itself in those stretches: docs/security.md, sixth pass.) At most four
  // batches are past parsing at once, so classified rows do not pile up behind a slow writer.
  const ingestGate = new Gate(2);
  const batchGate = new Gate(4);
  const hooks = new Set<IngestHook>();
  // The workspace's learned classifier; the classifier domain provides it (see provideModels).
  let modelOf: (workspaceId: string) => Promise<LearnedModel | null> = async () => null;
  const { matcherOf, queries } = createQueryOps(ctx);
  // Classify threads: a batch's classification (and the garbage it makes) off the event loop.
  const pool = new ClassifyPool(ctx.config.classifyThreads ?? 0, (err) =>
    ctx.log.error({ err }, "classify thread failed: its batches were classified inline"),
  );
  const ingestDeps = { ctx, matcherOf, modelOf: (ws: string) => modelOf(ws), hooks, pool };

  /**
   * Classifies, filters by the brand queries, links copies to their original and stores a batch in one
   * transaction with one multi-row insert. Answers only after the commit, so an accepted mention is
   * durable; a retry of the same batch inserts nothing twice.
   */
  async function ingest(workspaceId: string, items: MentionItem[]): Promise<IngestResult> {
    return batchGate.run(async () => {
      // While a batch is on its way in (classified, then written), answers that can wait (the status
      // page's) get a bounded share of the loop: see core/pace.ts.
      loopPace.enter();
      try {
        const batch = await ingestGate.run(() => prepareBatch(ingestDeps, workspaceId, items));
        return await storeBatch(ingestDeps, workspaceId, batch);
      } finally {
        loopPace.leave();
      }
    });
  }

  async function get(workspaceId: string, id: string): Promise<MentionOut> {
    const row = await store.byId(db, workspaceId, id);
    if (!row) throw notFound("mention");
    return toMentionOut(row);
  }

  return {
    ingest,
    get,
    /** The classify threads (their size, fallbacks); `close()` ends them. */
    classifyPool: pool,
    ...createFeedOps(ctx, (r) => toMentionOut(r)),
    ...createLabelOps({ ctx, get, toOut: (r) => toMentionOut(r), modelOf: (ws) => modelOf(ws) }),

    /** Lets the classifier domain hand ingest and re-classification each workspace's learned model. */
    provideModels(provider: (workspaceId: string) => Promise<LearnedModel | null>): void {
      modelOf = provider;
    },

    /** Adds a hook run in every ingest transaction (see IngestHook); answers the function that removes it. */
    onIngest(hook: IngestHook): () => void {
      hooks.add(hook);
      return () => hooks.delete(hook);
    },

    async list(workspaceId: string, filters: MentionFilters, limit = 100, cursor?: string) {
      const c = cursor ? decodeCursor(cursor) : null;
      if (cursor && !c) throw invalid("this cursor is not one we gave out", "cursor");
      const rows = await store.list(db, workspaceId, filters, limit + 1, c);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map((r) => toMentionOut(r)),
        next_cursor:
          rows.length > limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
      };
    },

    /** Volume, negatives and copies per time bucket (ISO start of the bucket), oldest first. */
    async stats(workspaceId: string, filters: MentionFilters, bucket: "minute" | "hour" | "day") {
      const rows = rolledUp(filters, bucket)
        ? bucketed(
            await hoursStore.read(db, workspaceId, bucket as "hour" | "day", filters.since, filters.until),
            bucket as "hour" | "day",
            filters.originals === true,
          )
        : await store.stats(db, workspaceId, filters, bucket);
      return rows.map((r) => ({
        ...r,
        negative_share: r.mentions ? round(r.negative / r.mentions) : null,
      }));
    },

    async count(workspaceId: string, filters: MentionFilters) {
      if (!rolledUp(filters)) return store.count(db, workspaceId, filters);
      const hours = await hoursStore.read(db, workspaceId, "all", filters.since, filters.until);
      return totalOf(hours, filters.originals === true);
    },
    /** Mentions per UTC day by sentiment, with rating sums; the review domain's sentiment index. */
    dailySentiment: async (workspaceId: string, since: string, until: string) =>
      dailyOf(await hoursStore.read(db, workspaceId, "day", since, until)),

    ...createSourceOps(ctx),
    ...queries,
  };
}
