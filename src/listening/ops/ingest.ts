import type { Kysely } from "kysely";
import type { AppContext } from "../../app/context.js";
import type { Database } from "../../app/database.js";
import { newId } from "../../core/ids.js";
import { type LearnedModel, modelVersionFor } from "../../nlp/index.js";
import type { BrandMatcher } from "../brand.js";
import { copyDay, copyKey, linkCopies, lookupsOf, type Original } from "../copy-window.js";
import { hourDeltas, hoursStore } from "../hours.js";
import type { MentionItem, MentionOut } from "../schema.js";
import { noteSignals } from "../signals.js";
import { listeningStore as store } from "../store.js";
import type { MentionsTable } from "../tables.js";
import type { ClassifyPool } from "./classify-pool.js";
import { emptyReads, type ReadInputs, type Reads, readOne } from "./classify-read.js";
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
  /** Classify threads (classify-pool.ts); without (or when they cannot), batches are classified inline. */
  pool?: ClassifyPool | null;
}

let classifyFailures = 0;

/** A classifier fault is logged once in a while (the mention is stored unclassified: classify-read.ts). */
function noteFaults(reads: Reads, log?: AppContext["log"]): void {
  if (!reads.failed) return;
  const before = classifyFailures;
  classifyFailures += reads.failed;
  // The first failure and every thousandth after it, as one at a time would.
  if (Math.ceil(before / 1000) <= Math.floor((classifyFailures - 1) / 1000))
    log?.error({ err: reads.fault, failures: classifyFailures }, "classifier failed");
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
// The batch's other loops (repeats and the brand filter; building rows) learn their own cost per item:
// one estimate for items that cost a hundredth of a classification would stretch the classify slices.
const filterWork = new WorkSlices(SLICE_MS, MAX_SLICE_MS);
const rowWork = new WorkSlices(SLICE_MS, MAX_SLICE_MS);

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
  const kept: MentionItem[] = [];
  let filtered = 0;
  let repeated = 0;
  let slice = filterWork.slices();
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
    kept.push(m);
  }
  const reads = await classifyBatch(d, kept, shop, learned);
  noteFaults(reads, ctx.log);
  const rows: MentionsTable[] = [];
  const signals: (string[] | undefined)[] = [];
  slice = rowWork.slices();
  for (let i = 0; i < kept.length; i++) {
    await slice();
    const m = kept[i] as MentionItem;
    const language = reads.language[i] as string;
    const topics = reads.topics[i] as string[];
    signals.push(reads.signals[i] ?? undefined);
    const fp = reads.fingerprint[i] ?? null;
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
      language,
      sentiment: reads.sentiment[i] as MentionsTable["sentiment"],
      score: round(reads.score[i] as number),
      complaint: reads.complaint[i] ? 1 : 0,
      topics: JSON.stringify(topics),
      fingerprint: fp,
      copy_day: copyDay(createdAt, fp),
      copy_key: copyKey(fp),
      duplicate_of: null,
      copies: 0,
      corrected: 0,
      label: null,
      model: modelVersionFor(language, learned),
    });
  }
  return { rows, topics: reads.topics, signals, filtered, repeated };
}

/**
 * Classifies the batch's mentions in a classify thread when there is one (the event loop only waits),
 * else (none configured, or the thread failed: nothing is lost) inline in slices, as before.
 */
async function classifyBatch(
  d: IngestDeps,
  kept: MentionItem[],
  shop: string[],
  learned: LearnedModel | null,
): Promise<Reads> {
  const inputs: ReadInputs = {
    texts: kept.map((m) => m.text),
    languages: kept.map((m) => m.language ?? null),
    ratings: kept.map((m) => m.rating ?? null),
  };
  if (d.pool?.size && kept.length) {
    const reads = await d.pool.read(inputs, shop, learned);
    if (reads) return reads;
  }
  const reads = emptyReads();
  const slice = work.slices();
  for (let i = 0; i < kept.length; i++) {
    await slice();
    readOne(reads, inputs, i, shop, learned);
  }
  return reads;
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
