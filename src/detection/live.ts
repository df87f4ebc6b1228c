import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import { timeSlices } from "../core/fair.js";
import { signalsRead } from "../listening/signals.js";
import type { DetectionConfigInput } from "./detectors/config.js";
import { DetectionEngine, ENGINE_STATE_VERSION, type EngineState } from "./detectors/engine.js";
import { type MentionInput, toMentionEvent } from "./detectors/mention.js";
import type { Alert, DetectionEvent, SeriesPoint, ShopEvent } from "./detectors/types.js";
import { ArrivalRules, timesOf } from "./ops/late.js";
import { storedMentions } from "./ops/stored.js";
import { detectionStore as store } from "./store.js";
import type { DetectorStatesTable } from "./tables.js";
import { keepWarm, takeWarm } from "./warm-state.js";

/** A stored mention as the listening service hands it over. */
export interface FeedMention {
  id: string;
  text: string;
  created_at: string;
  source: string;
  sentiment: string;
  topics: string[];
  author: string | null;
  author_followers: number | null;
  language: string;
  complaint?: boolean;
  /** When the store received it; the catch-up reads in this order. */
  received_at?: string;
}

export interface FeedShopEvent {
  id: string;
  type: string;
  occurred_at: string;
  /** When it was stored; the catch-up reads in this order. */
  created_at?: string;
}

/** What one round hands to the alerts service, inside the transaction that saves the detectors' state. */
export interface DetectionRound {
  steps: { alert: Alert; points: SeriesPoint[] }[];
  /** Open episodes with their latest points, so each alert's chart keeps growing. */
  open: { episodeId: string; points: SeriesPoint[] }[];
}

export type RecordRound = (
  workspaceId: string,
  round: DetectionRound,
  trx: Kysely<Database>,
) => Promise<() => void>;

interface Cursor {
  at: number;
  id: string;
}

/** The engine plus what the service needs to resume exactly where it stopped. */
interface Persisted {
  engine: EngineState;
  /** Ids fed whose data time is inside the overlap window, so a re-read never feeds one twice. */
  seen: [string, number][];
  /** Arrival time the overlap of mentions is cut at when a rush filled it (see capSeen); absent: not cut. */
  floor?: number;
  /** Each source and when it first arrived (see ops/late.ts); absent in states saved before. */
  sources?: [string, number][];
}

/**
 * Mentions remembered in the overlap, at most. In a rush of thousands a second, two minutes of ids made
 * the state tens of megabytes, parsed and written again every round; the overlap then shrinks to the
 * newest SEEN_MAX mentions (seconds of a rush, still far more than a commit's delay between processes).
 */
const SEEN_MAX = 10_000;

/** Forgets the oldest mention ids past SEEN_MAX; answers the data time re-reads start from (or null). */
export function capSeen(seen: Map<string, number>, max = SEEN_MAX): number | null {
  const ats: number[] = [];
  for (const [id, at] of seen) if (id.startsWith("m:")) ats.push(at);
  if (ats.length <= max) return null;
  ats.sort((a, b) => b - a);
  const floor = ats[max - 1] as number;
  for (const [id, at] of seen) if (id.startsWith("m:") && at < floor) seen.delete(id);
  return floor;
}

/**
 * Rows are re-read this far behind the cursor: another process may commit a mention received slightly
 * before ours after we read past it.
 */
const OVERLAP_MS = 2 * 60_000;
const PAGE = 1000;
const MAX_CATCHUP = 100_000;
const SHOP_TYPES = new Set([
  "order_placed",
  "payment_failed",
  "payment_succeeded",
  "refund",
  "order_cancelled",
]);

const parseCursor = (s: string | null): Cursor | null => {
  if (!s) return null;
  const i = s.indexOf("|");
  return { at: Date.parse(s.slice(0, i)), id: s.slice(i + 1) };
};
const formatCursor = (c: Cursor | null) => (c ? `${new Date(c.at).toISOString()}|${c.id}` : null);
const after = (a: Cursor, b: Cursor | null) => !b || a.at > b.at || (a.at === b.at && a.id > b.id);

/**
 * The detectors' event of a stored mention. Its crisis signal words come with the mention when this
 * process classified it at ingest (listening/signals.ts), else from its text. Built field by field: a
 * rush's round builds thousands, and a spread per optional field was a visible share of each.
 */
export function mentionEventOf(m: FeedMention) {
  const input: MentionInput = {
    id: m.id,
    text: m.text,
    created_at: m.created_at,
    source: m.source,
    sentiment: m.sentiment as "negative" | "neutral" | "positive",
    topics: m.topics as never,
  };
  if (m.author !== null) input.author = m.author;
  if (m.author_followers !== null) input.author_followers = m.author_followers;
  if (m.language && m.language !== "und") input.language = m.language;
  if (m.complaint !== undefined) input.complaint = m.complaint;
  return toMentionEvent(input, { signals: true, signalsRead: signalsRead(m) });
}

export interface LiveDeps {
  ctx: AppContext;
  record: RecordRound;
  /** Mentions received at or after `since` (the newest page when null). */
  mentionsSince(
    workspaceId: string,
    since: string | null,
    known?: (id: string) => boolean,
  ): Promise<FeedMention[]>;
  configOf?(workspaceId: string): DetectionConfigInput | undefined;
}

export interface RoundOptions {
  /** Mentions handed over by the bus, fed even when their data time is behind the cursor. */
  mentions?: FeedMention[];
  shopEvents?: FeedShopEvent[];
  /** Close buckets up to this data time (the timer passes the wall clock). */
  advanceTo?: number;
  /** Re-read the store since the cursor (on start, on every tick and for every ingested batch). */
  catchUp?: boolean;
  /**
   * Throw when another process moved the detectors under this round instead of dropping it: the other
   * round may have read before our batch committed, so a job must retry to be sure it was counted.
   */
  strict?: boolean;
}

/** Days of stored mentions a new engine version learns from before it takes over. */
const REBUILD_DAYS = 14;

async function rebuildEngine(
  ctx: AppContext,
  workspaceId: string,
  config: DetectionConfigInput,
  cursor: Cursor | null,
  zone: string,
): Promise<DetectionEngine> {
  const engine = new DetectionEngine(config, { zone });
  if (!cursor) return engine;
  const until = cursor.at - OVERLAP_MS;
  for await (const m of storedMentions(ctx, workspaceId, until - REBUILD_DAYS * 86_400_000, until))
    engine.push(mentionEventOf(m));
  return engine;
}

/** The workspace's stored detectors (a fresh row when it has none), ready to feed. */
async function loadState(ctx: AppContext, workspaceId: string): Promise<Loaded> {
  const db = ctx.db;
  const zone = (await ctx.services.accounts.settings(workspaceId)).time_zone;
  const stamp = await store.stateStamp(db, workspaceId);
  const key = `${stamp?.config}|${zone}`;
  const warm = stamp && takeWarm<Omit<Loaded, "row" | "key">>(ctx, workspaceId, stamp.updated_at, key);
  if (warm) return { row: warm.row, key, ...warm.value };
  let row = await store.state(db, workspaceId);
  if (!row) {
    const fresh = new DetectionEngine({});
    await store.insertState(db, {
      workspace_id: workspaceId,
      state: JSON.stringify({ engine: fresh.toJSON(), seen: [] } satisfies Persisted),
      mention_cursor: null,
      shop_cursor: null,
      config: "{}",
      updated_at: new Date(0).toISOString(),
    });
    row = await store.state(db, workspaceId);
    if (!row) throw new Error("detector state vanished");
  }
  const config = JSON.parse(row.config) as DetectionConfigInput;
  const persisted = JSON.parse(row.state) as Persisted;
  let mentionCursor = parseCursor(row.mention_cursor);
  const seen = new Map(persisted.seen);
  let engine: DetectionEngine;
  if (persisted.engine.version === ENGINE_STATE_VERSION)
    engine = DetectionEngine.fromJSON(persisted.engine, config, { zone });
  else {
    // Detectors of an older version: learn the new ones from the stored mentions instead of starting cold.
    engine = await rebuildEngine(ctx, workspaceId, config, mentionCursor, zone);
    for (const id of [...seen.keys()]) if (id.startsWith("m:")) seen.delete(id);
    delete persisted.floor;
    if (mentionCursor) mentionCursor = { at: mentionCursor.at - OVERLAP_MS, id: "" };
  }
  return { row, key: `${row.config}|${zone}`, persisted, seen, engine, mentionCursor };
}

interface Loaded {
  row: DetectorStatesTable;
  /** The warm-state key (warm-state.ts): config and zone. */
  key: string;
  persisted: Omit<Persisted, "engine">;
  seen: Map<string, number>;
  engine: DetectionEngine;
  mentionCursor: Cursor | null;
}

interface RoundEvent {
  /** Data time, for the engine. */
  at: number;
  /** Position for the cursor: when the store received it. */
  mark: number;
  id: string;
  event: DetectionEvent;
  kind: "m" | "s";
  /** A mention's source, for the history rule (ops/late.ts); null for shop events. */
  source: string | null;
}

interface RoundStart {
  seen: Map<string, number>;
  mentionCursor: Cursor | null;
  shopCursor: Cursor | null;
  persisted: Omit<Persisted, "engine">;
}

/** What a round feeds: the bus's hand-over, then (catch-up) the store since the cursors, each once. */
async function collectRound(
  deps: LiveDeps,
  workspaceId: string,
  opts: RoundOptions,
  { seen, mentionCursor, shopCursor, persisted }: RoundStart,
  slice: ReturnType<typeof timeSlices>,
): Promise<RoundEvent[]> {
  const events: RoundEvent[] = [];
  const add = (e: RoundEvent) => {
    const key = `${e.kind}:${e.id}`;
    if (seen.has(key)) return;
    seen.set(key, e.mark);
    events.push(e);
  };
  // Seen ids are skipped before the event is built: a catch-up re-reads the overlap, and reading the
  // signals of every text in it again cost more than the rest of the round.
  const addMention = (m: FeedMention) => {
    if (seen.has(`m:${m.id}`)) return;
    const { at, mark, ahead } = timesOf(m.created_at, m.received_at);
    const event = mentionEventOf(m);
    if (ahead) event.at = m.received_at as string;
    add({ at, mark, id: m.id, event, kind: "m", source: m.source });
  };
  const addShop = (e: FeedShopEvent) => {
    if (!SHOP_TYPES.has(e.type) || seen.has(`s:${e.id}`)) return;
    const { at, mark, ahead } = timesOf(e.occurred_at, e.created_at);
    const event: ShopEvent = {
      type: e.type as ShopEvent["type"],
      at: ahead ? (e.created_at as string) : e.occurred_at,
      id: e.id,
    };
    add({ at, mark, id: e.id, event, kind: "s", source: null });
  };

  // A rush's round feeds thousands of mentions: it yields every few ms so requests are not held behind it.
  for (const m of opts.mentions ?? []) {
    await slice();
    addMention(m);
  }
  for (const e of opts.shopEvents ?? []) addShop(e);
  if (!opts.catchUp) return events;
  const since = (c: Cursor | null, floor = 0) =>
    c ? new Date(Math.max(c.at - OVERLAP_MS, floor)).toISOString() : null;
  const fromStore = await deps.mentionsSince(workspaceId, since(mentionCursor, persisted.floor), (id) =>
    seen.has(`m:${id}`),
  );
  for (const m of fromStore) {
    await slice();
    addMention(m);
  }
  const shopSince = since(shopCursor);
  let last: { at: string; id: string } | undefined;
  for (let n = 0; n < MAX_CATCHUP; n += PAGE) {
    const page = await store.shopEventsSince(deps.ctx.db, workspaceId, shopSince, PAGE, last);
    for (const e of page) addShop(e);
    const end = page[page.length - 1];
    if (page.length < PAGE || !end) break;
    last = { at: end.created_at, id: end.id };
  }
  return events;
}

/**
 * Feeds one workspace's events to its detectors and persists the detectors with the alerts they raised
 * in one transaction, so a crash replays the round instead of losing or doubling it.
 */
export async function runRound(deps: LiveDeps, workspaceId: string, opts: RoundOptions): Promise<Alert[]> {
  const { ctx } = deps;
  const db = ctx.db;
  const { row, key, persisted, seen, engine, ...loaded } = await loadState(ctx, workspaceId);
  let mentionCursor = loaded.mentionCursor;
  let shopCursor = parseCursor(row.shop_cursor);

  const slice = timeSlices(8);
  const events = await collectRound(
    deps,
    workspaceId,
    opts,
    { seen, mentionCursor, shopCursor, persisted },
    slice,
  );
  // Bus batches come in commit order; the store in arrival order. Either way the engine wants data time.
  const ordered = opts.catchUp ? events.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)) : events;

  const rules = new ArrivalRules(persisted.sources);
  const alerts: Alert[] = [];
  for (const e of ordered) {
    await slice();
    const c = { at: e.mark, id: e.id };
    if (e.kind === "m" && after(c, mentionCursor)) mentionCursor = c;
    if (e.kind === "s" && after(c, shopCursor)) shopCursor = c;
    if (rules.isHistory(e.source, e.at, e.mark, engine.clockMs)) continue;
    alerts.push(...engine.push(e.event));
  }
  if (rules.skipped) ctx.log.debug({ workspaceId, skipped: rules.skipped }, "history left out of detection");
  if (opts.advanceTo !== undefined) alerts.push(...engine.advance(opts.advanceTo));

  // Forget ids that have left the overlap window: the store will not hand them back.
  const horizon = Math.min(mentionCursor?.at ?? 0, shopCursor?.at ?? Number.POSITIVE_INFINITY) - OVERLAP_MS;
  for (const [id, at] of seen) if (at < horizon) seen.delete(id);
  // A floor holds until the overlap has moved past it: ids under it were forgotten, so re-reads stay above.
  const floor = Math.max(capSeen(seen) ?? 0, persisted.floor ?? 0);

  const round: DetectionRound = {
    steps: alerts.map((alert) => ({ alert, points: engine.recentSeries(alert.series) })),
    open: engine
      .openEpisodes()
      .map((e) => ({ episodeId: e.episodeId, points: engine.recentSeries(e.series) })),
  };
  const prev = row.updated_at;
  const updatedAt = new Date(Math.max(ctx.clock.now().getTime(), Date.parse(prev) + 1)).toISOString();
  let publish: () => void = () => undefined;
  const next: Omit<Persisted, "engine"> = {
    seen: [],
    ...(floor > horizon && { floor }),
    sources: rules.sources(),
  };
  const nextRow = {
    workspace_id: workspaceId,
    // The state itself, not a copy: it is serialised at once, and a copy of an hour of a rush's texts
    // cost a round more than the text (toJSON(false), eleventh pass of docs/security.md).
    state: JSON.stringify({ ...next, engine: engine.toJSON(false), seen: [...seen] } satisfies Persisted),
    mention_cursor: formatCursor(mentionCursor),
    shop_cursor: formatCursor(shopCursor),
    config: row.config,
    updated_at: updatedAt,
  };
  const saved = await db.transaction().execute(async (trx) => {
    const ok = await store.saveState(trx, nextRow, prev);
    if (!ok) return false;
    if (round.steps.length || round.open.length) publish = await deps.record(workspaceId, round, trx);
    return true;
  });
  if (!saved) {
    // Another worker moved these detectors meanwhile; its round already counted what we read.
    if (opts.strict) throw new Error("detector state changed under this round; retry");
    ctx.log.debug({ workspaceId }, "detector state changed under us; round dropped");
    return [];
  }
  // The state text is not kept: the engine is what the next round uses.
  keepWarm(ctx, workspaceId, {
    row: { ...nextRow, state: "" },
    key,
    value: { persisted: next, seen, engine, mentionCursor },
  });
  publish();
  return alerts;
}
