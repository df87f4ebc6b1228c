import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import type { Actor } from "../core/actor.js";
import { conflict, invalid, notFound } from "../core/errors.js";
import { Gate, yieldToOthers } from "../core/fair.js";
import { newId } from "../core/ids.js";
import { openSecret, sealSecret } from "../core/secrets.js";
import { type Classification, classify, type LearnedModel, modelVersionFor } from "../nlp/index.js";
import { newWebhookSecret } from "../webhooks/signing.js";
import { type BrandMatcher, compileQueries } from "./brand.js";
import { createFeedOps } from "./feed.js";
import { createLabelOps } from "./labels.js";
import { fingerprint } from "./normalize.js";
import type { BrandQueryOut, MentionFilters, MentionItem, MentionOut } from "./schema.js";
import { decodeCursor, encodeCursor, listeningStore as store } from "./store.js";
import type { BrandQueriesTable, ListeningSourcesTable, MentionsTable } from "./tables.js";

export type ListeningService = ReturnType<typeof createListeningService>;

export interface IngestResult {
  accepted: number;
  duplicates: number;
  filtered: number;
  /** The mentions that were new, as stored. */
  mentions: MentionOut[];
}

/**
 * Runs inside the transaction that stores a batch, with the mentions that were new. A domain that must
 * act on every mention (open a case, feed a detector) enqueues its job here, once per batch, so the job
 * commits with the mentions or not at all: the bus event after the commit is for live views only.
 * A hook that throws rolls the batch back and the caller gets an error to retry.
 */
export type IngestHook = (
  trx: Kysely<Database>,
  workspaceId: string,
  mentions: MentionOut[],
) => Promise<void>;

export const FEED_QUEUE = "listening.poll";
/** Brand queries change rarely; other processes pick up a change within this. */
const MATCHER_TTL_MS = 10_000;

/** `topics`: the parsed topics when the caller has them (ingest), saving a JSON.parse per row. */
export function toMentionOut(r: MentionsTable, topics?: string[]): MentionOut {
  return {
    id: r.id,
    source: r.source,
    external_id: r.external_id,
    text: r.text,
    url: r.url,
    author: r.author,
    author_followers: r.author_followers === null ? null : Number(r.author_followers),
    rating: r.rating,
    created_at: r.created_at,
    received_at: r.received_at,
    language: r.language,
    sentiment: r.sentiment as MentionOut["sentiment"],
    score: r.score,
    complaint: r.complaint === 1,
    topics: topics ?? (JSON.parse(r.topics) as string[]),
    duplicate_of: r.duplicate_of,
    copies: Number(r.copies),
    corrected: r.corrected === 1,
    model: r.model,
  };
}

export function toSourceOut(r: ListeningSourcesTable, publicUrl: string) {
  return {
    id: r.id,
    name: r.name,
    type: r.type as "feed" | "webhook",
    url: r.url,
    interval_s: r.interval_s,
    last_polled_at: r.last_polled_at,
    next_poll_at: r.next_poll_at,
    last_error: r.last_error,
    error_count: r.error_count,
    last_new: r.last_new,
    created_at: r.created_at,
    inbound_url: r.type === "webhook" ? `${publicUrl}/api/v1/inbound/mentions/${r.id}` : null,
  };
}

const toQueryOut = (r: BrandQueriesTable): BrandQueryOut => ({
  id: r.id,
  name: r.name,
  any: JSON.parse(r.any_terms),
  all: JSON.parse(r.all_terms),
  none: JSON.parse(r.none_terms),
  created_at: r.created_at,
});

const UNCLASSIFIED: Classification = {
  language: "und",
  sentiment: "neutral",
  score: 0,
  complaint: false,
  topics: [],
};
let classifyFailures = 0;

/** A classifier fault must not lose a mention: it is stored unclassified and the fault logged once in a while. */
function safeClassify(
  m: MentionItem,
  log?: AppContext["log"],
  learned?: LearnedModel | null,
): Classification {
  try {
    return classify(
      { text: m.text, language: m.language ?? undefined, rating: m.rating ?? undefined },
      learned,
    );
  } catch (err) {
    if (classifyFailures++ % 1000 === 0) log?.error({ err, failures: classifyFailures }, "classifier failed");
    return { ...UNCLASSIFIED, language: m.language ?? "und" };
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Mentions classified between two turns of the event loop (about 5–10 ms of work). */
const YIELD_EVERY = 50;

export function createListeningService(ctx: AppContext) {
  const db = ctx.db;
  // Two batches in their CPU phase at once: a third waits without holding the event loop.
  const ingestGate = new Gate(2);
  const matchers = new Map<string, { matcher: BrandMatcher | null; at: number }>();
  const hooks = new Set<IngestHook>();
  // The workspace's learned classifier; the classifier domain provides it (see provideModels).
  let modelOf: (workspaceId: string) => Promise<LearnedModel | null> = async () => null;

  async function matcherOf(workspaceId: string): Promise<BrandMatcher | null> {
    const cached = matchers.get(workspaceId);
    if (cached && ctx.clock.now().getTime() - cached.at < MATCHER_TTL_MS) return cached.matcher;
    const rows = await store.queriesOf(db, workspaceId);
    const matcher = compileQueries(rows.map(toQueryOut));
    matchers.set(workspaceId, { matcher, at: ctx.clock.now().getTime() });
    return matcher;
  }

  /**
   * Classifies, filters by the brand queries, links copies to their original and stores a batch in one
   * transaction with one multi-row insert. Answers only after the commit, so an accepted mention is
   * durable; a retry of the same batch inserts nothing twice.
   */
  async function ingest(workspaceId: string, items: MentionItem[]): Promise<IngestResult> {
    return ingestGate.run(() => ingestNow(workspaceId, items));
  }

  async function ingestNow(workspaceId: string, items: MentionItem[]): Promise<IngestResult> {
    const matcher = await matcherOf(workspaceId);
    const learned = await modelOf(workspaceId);
    const receivedAt = ctx.clock.now().toISOString();
    const seen = new Set<string>();
    const rows: MentionsTable[] = [];
    const topics: string[][] = [];
    let filtered = 0;
    let repeated = 0;
    for (const [i, m] of items.entries()) {
      if (i > 0 && i % YIELD_EVERY === 0) await yieldToOthers();
      const key = `${m.source}\u0000${m.external_id}`;
      if (seen.has(key)) {
        repeated++;
        continue;
      }
      seen.add(key);
      if (matcher && !matcher(m.text)) {
        filtered++;
        continue;
      }
      const c = safeClassify(m, ctx.log, learned);
      topics.push(c.topics);
      rows.push({
        id: newId(),
        workspace_id: workspaceId,
        source: m.source,
        external_id: m.external_id,
        text: m.text,
        url: m.url ?? null,
        author: m.author ?? null,
        author_followers: m.author_followers ?? null,
        rating: m.rating ?? null,
        created_at: m.created_at ?? receivedAt,
        received_at: receivedAt,
        language: c.language,
        sentiment: c.sentiment,
        score: round(c.score),
        complaint: c.complaint ? 1 : 0,
        topics: JSON.stringify(c.topics),
        fingerprint: fingerprint(m.text),
        duplicate_of: null,
        copies: 0,
        corrected: 0,
        label: null,
        model: modelVersionFor(c.language, learned),
      });
    }

    const fps = [...new Set(rows.map((r) => r.fingerprint).filter((f): f is string => f !== null))];
    const fresh = await db.transaction().execute(async (trx) => {
      const originals = await store.originalsOf(trx, ctx.store.dialect, workspaceId, fps);
      for (const r of rows) {
        if (!r.fingerprint) continue;
        const original = originals.get(r.fingerprint);
        if (original) r.duplicate_of = original;
        else originals.set(r.fingerprint, r.id);
      }
      const ids = await store.insertMentions(trx, ctx.store.dialect, rows);
      const gained = new Map<string, number>();
      for (const r of rows) {
        if (r.duplicate_of && ids.has(r.id))
          gained.set(r.duplicate_of, (gained.get(r.duplicate_of) ?? 0) + 1);
      }
      if (gained.size) await store.addCopies(trx, gained);
      const added: MentionOut[] = [];
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i] as MentionsTable;
        if (ids.has(r.id)) added.push(toMentionOut(r, topics[i]));
      }
      if (added.length) for (const hook of hooks) await hook(trx, workspaceId, added);
      return added;
    });

    if (fresh.length) ctx.bus.publish(workspaceId, "mention.created", { mentions: fresh });
    return {
      accepted: fresh.length,
      duplicates: repeated + (rows.length - fresh.length),
      filtered,
      mentions: fresh,
    };
  }

  async function get(workspaceId: string, id: string): Promise<MentionOut> {
    const row = await store.byId(db, workspaceId, id);
    if (!row) throw notFound("mention");
    return toMentionOut(row);
  }

  return {
    ingest,
    get,
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
      const rows = await store.stats(db, workspaceId, filters, bucket);
      return rows.map((r) => ({
        ...r,
        negative_share: r.mentions ? round(r.negative / r.mentions) : null,
      }));
    },

    count: (workspaceId: string, filters: MentionFilters) => store.count(db, workspaceId, filters),
    /** Mentions per UTC day by sentiment, with rating sums; the review domain's sentiment index. */
    dailySentiment: (workspaceId: string, since: string, until: string) =>
      store.dailySentiment(db, workspaceId, since, until),

    async createSource(
      actor: Actor,
      input:
        | { name: string; type: "feed"; url: string; interval_s: number }
        | { name: string; type: "webhook" },
    ) {
      if (await store.sourceByName(db, actor.workspaceId, input.name)) {
        throw conflict("a source with this name exists", "name");
      }
      const now = ctx.clock.now().toISOString();
      const row: ListeningSourcesTable = {
        id: newId(),
        workspace_id: actor.workspaceId,
        name: input.name,
        type: input.type,
        url: input.type === "feed" ? input.url : null,
        interval_s: input.type === "feed" ? input.interval_s : 0,
        secret: input.type === "webhook" ? sealSecret(newWebhookSecret()) : null,
        etag: null,
        last_modified: null,
        last_polled_at: null,
        next_poll_at: input.type === "feed" ? now : null,
        last_error: null,
        error_count: 0,
        last_new: 0,
        created_at: now,
      };
      await db.transaction().execute(async (trx) => {
        await store.insertSource(trx, row);
        if (row.type === "feed") {
          await ctx.jobs.enqueue(
            FEED_QUEUE,
            { sourceId: row.id },
            { key: `${row.id}@${now}`, runAt: new Date(now) },
            trx,
          );
        }
      });
      const out = toSourceOut(row, ctx.config.publicUrl);
      return row.secret ? { ...out, secret: openSecret(row.secret) } : out;
    },

    async listSources(actor: Actor) {
      return (await store.sourcesOf(db, actor.workspaceId)).map((r) => toSourceOut(r, ctx.config.publicUrl));
    },

    async getSource(actor: Actor, id: string) {
      const row = await store.sourceById(db, id);
      if (!row || row.workspace_id !== actor.workspaceId) throw notFound("source");
      return toSourceOut(row, ctx.config.publicUrl);
    },

    async deleteSource(actor: Actor, id: string) {
      const r = await store.deleteSource(db, actor.workspaceId, id);
      if (!r.numDeletedRows) throw notFound("source");
    },

    /** The source behind an inbound webhook, with its secret; internal use only. */
    sourceForInbound: async (id: string) => {
      const row = await store.sourceById(db, id);
      return row?.secret ? { ...row, secret: openSecret(row.secret) } : row;
    },

    async listQueries(actor: Actor) {
      return (await store.queriesOf(db, actor.workspaceId)).map(toQueryOut);
    },

    async createQuery(actor: Actor, input: { name: string; any: string[]; all: string[]; none: string[] }) {
      const row: BrandQueriesTable = {
        id: newId(),
        workspace_id: actor.workspaceId,
        name: input.name,
        any_terms: JSON.stringify(input.any),
        all_terms: JSON.stringify(input.all),
        none_terms: JSON.stringify(input.none),
        created_at: ctx.clock.now().toISOString(),
      };
      await store.insertQuery(db, row);
      matchers.delete(actor.workspaceId);
      return toQueryOut(row);
    },

    async updateQuery(
      actor: Actor,
      id: string,
      input: { name: string; any: string[]; all: string[]; none: string[] },
    ) {
      const r = await store.updateQuery(db, actor.workspaceId, id, {
        name: input.name,
        any_terms: JSON.stringify(input.any),
        all_terms: JSON.stringify(input.all),
        none_terms: JSON.stringify(input.none),
      });
      if (!r.numUpdatedRows) throw notFound("brand query");
      matchers.delete(actor.workspaceId);
      const row = (await store.queriesOf(db, actor.workspaceId)).find((q) => q.id === id);
      if (!row) throw notFound("brand query");
      return toQueryOut(row);
    },

    async deleteQuery(actor: Actor, id: string) {
      const r = await store.deleteQuery(db, actor.workspaceId, id);
      if (!r.numDeletedRows) throw notFound("brand query");
      matchers.delete(actor.workspaceId);
    },
  };
}
