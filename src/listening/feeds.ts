import { interceptors, request } from "undici";
import type { AppContext } from "../app/context.js";
import { backoff } from "../core/backoff.js";
import { outboundAgent } from "../core/outbound.js";
import { type FeedEntry, parseFeed } from "./feed-parse.js";
import { mentionInput } from "./schema.js";
import { FEED_QUEUE, type ListeningService } from "./service.js";
import { listeningStore as store } from "./store.js";

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_BACKOFF_S = 6 * 3600;
const USER_AGENT = "Firebreak/0.1 (+https://github.com/firebreak; feed reader)";

// Each redirect hop opens its connection through the guarded agent, so every hop is checked.
const agent = outboundAgent({
  headersTimeout: 15_000,
  bodyTimeout: 15_000,
  connectTimeoutMs: 10_000,
}).compose(interceptors.redirect({ maxRedirections: 5 }));

export interface FetchResult {
  status: number;
  etag: string | null;
  lastModified: string | null;
  body: string | null;
}

function charsetOf(contentType: string | undefined, head: Buffer): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1];
  const fromXml = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head.toString("latin1"))?.[1];
  return (fromHeader ?? fromXml ?? "utf-8").toLowerCase();
}

/** A conditional GET with timeouts and a size cap: a feed is small, an endless body is an attack. */
export async function fetchFeed(
  url: string,
  etag: string | null,
  lastModified: string | null,
): Promise<FetchResult> {
  const headers: Record<string, string> = {
    "user-agent": USER_AGENT,
    accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
  };
  if (etag) headers["if-none-match"] = etag;
  if (lastModified) headers["if-modified-since"] = lastModified;
  const res = await request(url, { dispatcher: agent, headers, signal: AbortSignal.timeout(30_000) });
  const header = (name: string) => {
    const v = res.headers[name];
    return (Array.isArray(v) ? v[0] : v) ?? null;
  };
  if (res.statusCode === 304) {
    await res.body.dump();
    return { status: 304, etag, lastModified, body: null };
  }
  if (res.statusCode >= 400) {
    await res.body.dump();
    throw new Error(`the feed answered HTTP ${res.statusCode}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) {
      res.body.destroy();
      throw new Error(`the feed is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    }
    chunks.push(chunk as Buffer);
  }
  const buf = Buffer.concat(chunks);
  let body: string;
  try {
    body = new TextDecoder(charsetOf(header("content-type") ?? undefined, buf.subarray(0, 200))).decode(buf);
  } catch {
    // An unknown charset label: most feeds that lie about it are UTF-8.
    body = buf.toString("utf8");
  }
  return { status: res.statusCode, etag: header("etag"), lastModified: header("last-modified"), body };
}

function toItems(source: string, entries: FeedEntry[]) {
  const items = [];
  for (const e of entries) {
    const parsed = mentionInput.safeParse({ source, ...e });
    if (parsed.success) items.push(parsed.data);
  }
  return items;
}

/** Delay before the next poll: the interval, doubled for each failure in a row, capped at six hours. */
export const nextDelayS = (intervalS: number, errors: number) =>
  errors === 0 ? intervalS : backoff({ first: 2 * intervalS, max: MAX_BACKOFF_S })(errors);

/** One poll of one feed. Failures are recorded on the source, never thrown: the next poll is the retry. */
export async function pollFeed(ctx: AppContext, service: ListeningService, sourceId: string): Promise<void> {
  const src = await store.sourceById(ctx.db, sourceId);
  if (src?.type !== "feed" || !src.url) return;
  const started = ctx.clock.now();
  let set: Parameters<typeof store.updateSource>[2];
  try {
    const res = await fetchFeed(src.url, src.etag, src.last_modified);
    let fresh = 0;
    if (res.body !== null) {
      const items = toItems(src.name, parseFeed(res.body));
      for (let i = 0; i < items.length; i += 1000) {
        fresh += (await service.ingest(src.workspace_id, items.slice(i, i + 1000))).accepted;
      }
    }
    set = {
      etag: res.etag,
      last_modified: res.lastModified,
      last_error: null,
      error_count: 0,
      last_new: fresh,
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    set = { last_error: message.slice(0, 500), error_count: src.error_count + 1 };
    ctx.log.info({ source: src.id, err: message }, "feed poll failed");
  }
  const next = new Date(
    started.getTime() + nextDelayS(src.interval_s, set.error_count ?? 0) * 1000,
  ).toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await store.updateSource(trx, src.id, {
      ...set,
      last_polled_at: started.toISOString(),
      next_poll_at: next,
    });
    await scheduleFeed(ctx, src.id, next, trx);
  });
}

/** One job per source per due time: the key makes a second scheduler or worker a no-op. */
export const scheduleFeed = (ctx: AppContext, sourceId: string, dueAt: string, db = ctx.db) =>
  ctx.jobs.enqueue(FEED_QUEUE, { sourceId }, { key: `${sourceId}@${dueAt}`, runAt: new Date(dueAt) }, db);

/** Re-creates the job of any feed that is due and has none (a deleted job, a store restored from backup). */
export async function sweepFeeds(ctx: AppContext): Promise<void> {
  for (const s of await store.dueFeeds(ctx.db, ctx.clock.now().toISOString())) {
    if (s.next_poll_at) await scheduleFeed(ctx, s.id, s.next_poll_at);
  }
}
