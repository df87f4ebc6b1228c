import type { Kysely } from "kysely";
import type { AppContext } from "../../app/context.js";
import type { Database } from "../../app/database.js";
import { newId } from "../../core/ids.js";
import {
  type Classification,
  classifyWithSignals,
  type LearnedModel,
  modelVersionFor,
} from "../../nlp/index.js";
import type { BrandMatcher } from "../brand.js";
import { copyDay, copyKey, linkCopies, lookupsOf, type Original } from "../copy-window.js";
import { hourDeltas, hoursStore } from "../hours.js";
import { fingerprint } from "../normalize.js";
import type { MentionItem, MentionOut } from "../schema.js";
import { noteSignals } from "../signals.js";
import { listeningStore as store } from "../store.js";
import type { MentionsTable } from "../tables.js";
import { round, toMentionOut } from "./out.js";
import { WorkSlices } from "./work-slices.js";

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

/** What a batch is stored with: the workspace's brand filter, its learned model and the ingest hooks. */
export interface IngestDeps {
  ctx: AppContext;
  matcherOf: (workspaceId: string) => Promise<BrandMatcher | null>;
  modelOf: (workspaceId: string) => Promise<LearnedModel | null>;
  hooks: ReadonlySet<IngestHook>;
}

const UNCLASSIFIED: Classification = {
  language: "und",
  sentiment: "neutral",
  score: 0,
  complaint: false,
  topics: [],
};
let classifyFailures = 0;

/**
 * A classifier fault must not lose a mention: it is stored unclassified and the fault logged once in a
 * while. The crisis signal words come from the same reading of the text (handed to detection, see
 * signals.ts); none when it failed, and detection reads the text itself.
 */
function safeClassify(
  m: MentionItem,
  shop: readonly string[],
  log?: AppContext["log"],
  learned?: LearnedModel | null,
): { classification: Classification; signals?: string[] } {
  try {
    return classifyWithSignals(
      { text: m.text, language: m.language ?? undefined, rating: m.rating ?? undefined, languages: shop },
      learned,
    );
  } catch (err) {
    if (classifyFailures++ % 1000 === 0) log?.error({ err, failures: classifyFailures }, "classifier failed");
    return { classification: { ...UNCLASSIFIED, language: m.language ?? "und" } };
  }
}

/**
 * Work done between two turns of the event loop. A turn answers every request that is waiting (a status
 * page rush is dozens at once), so the slice is what ingest gets against all of them; but a caller on
 * the same loop needs several turns for one answer, so a health check waits a few slices of each batch
 * in its CPU phase. 8 ms keeps `/healthz` ahead of the third of eight concurrent batches
 * (src/listening/fair.test.ts); 20 ms gave ingest more of a status-page rush but lost that order.
 */
const SLICE_MS = 8;
/**
 * A slice the core was taken from (the store's writer on the same core, another process) goes on to
 * do SLICE_MS of work, up to this much wall time (see WorkSlices). FIREBREAK_INGEST_SLICE_MAX_MS=8 gives
 * plain wall-clock slices, as before (how the sixth pass of docs/security.md compared the two).
 */
const MAX_SLICE_MS = Math.max(SLICE_MS, Number(process.env["FIREBREAK_INGEST_SLICE_MAX_MS"] ?? 16) || 16);
const work = new WorkSlices(SLICE_MS, MAX_SLICE_MS);

/** A batch classified and ready to store: what the CPU phase hands the write phase. */
export interface PreparedBatch {
  rows: MentionsTable[];
  topics: string[][];
  /** Crisis signal words of each row, as classified (undefined: classification failed). */
  signals: (string[] | undefined)[];
  filtered: number;
  repeated: number;
}

/**
 * The batch's CPU phase: drops repeats inside it and mentions the brand filter refuses, classifies the
 * rest and builds their rows. It yields every SLICE_MS, and the caller gates how many batches are in
 * this phase at once (see service.ts); the write phase (storeBatch) is outside that gate.
 */
export async function prepareBatch(
  d: IngestDeps,
  workspaceId: string,
  items: MentionItem[],
): Promise<PreparedBatch> {
  const { ctx } = d;
  const matcher = await d.matcherOf(workspaceId);
  const learned = await d.modelOf(workspaceId);
  // The languages the shop's customers write in, its default first: they decide the language of a text
  // whose own words do not (src/nlp/language.ts); a source's own language still wins.
  const { default_language, languages } = await ctx.services.accounts.settings(workspaceId);
  const shop = [default_language, ...languages];
  const receivedAt = ctx.clock.now().toISOString();
  const seen = new Set<string>();
  const rows: MentionsTable[] = [];
  const topics: string[][] = [];
  const signals: (string[] | undefined)[] = [];
  let filtered = 0;
  let repeated = 0;
  const slice = work.slices();
  for (const m of items) {
    await slice();
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
    const { classification: c, signals: read } = safeClassify(m, shop, ctx.log, learned);
    topics.push(c.topics);
    signals.push(read);
    const fp = fingerprint(m.text);
    const createdAt = m.created_at ?? receivedAt;
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
      created_at: createdAt,
      received_at: receivedAt,
      language: c.language,
      sentiment: c.sentiment,
      score: round(c.score),
      complaint: c.complaint ? 1 : 0,
      topics: JSON.stringify(c.topics),
      fingerprint: fp,
      copy_day: copyDay(createdAt, fp),
      copy_key: copyKey(fp),
      duplicate_of: null,
      copies: 0,
      corrected: 0,
      label: null,
      model: modelVersionFor(c.language, learned),
    });
  }
  return { rows, topics, signals, filtered, repeated };
}

/**
 * The batch's write phase: links copies to their originals (within the copy window, copy-window.ts),
 * stores the new mentions, their hourly counts and the hooks' jobs in one transaction, and answers once
 * it is committed.
 */
export async function storeBatch(
  d: IngestDeps,
  workspaceId: string,
  batch: PreparedBatch,
): Promise<IngestResult> {
  const { ctx } = d;
  const { rows, topics, signals, filtered, repeated } = batch;
  const lookups = lookupsOf(rows);
  const fresh = await ctx.db.transaction().execute(async (trx) => {
    const originals = new Map<string, Original[]>();
    for (const [day, fps] of lookups)
      await store.originalsNear(trx, ctx.store.dialect, workspaceId, day, fps, originals);
    linkCopies(rows, originals);
    const ids = await store.insertMentions(trx, ctx.store.dialect, rows);
    const gained = new Map<string, number>();
    for (const r of rows) {
      if (r.duplicate_of && ids.has(r.id)) gained.set(r.duplicate_of, (gained.get(r.duplicate_of) ?? 0) + 1);
    }
    if (gained.size) await store.addCopies(trx, gained);
    await hoursStore.add(trx, workspaceId, hourDeltas(rows.filter((r) => ids.has(r.id))));
    const added: MentionOut[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as MentionsTable;
      if (!ids.has(r.id)) continue;
      const out = toMentionOut(r, topics[i]);
      const read = signals[i];
      if (read) noteSignals(out, read);
      added.push(out);
    }
    if (added.length) for (const hook of d.hooks) await hook(trx, workspaceId, added);
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
