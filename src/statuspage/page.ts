import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { AppContext } from "../app/context.js";
import type { Lang } from "../plan/default-plan/index.js";
import type { Components } from "./components.js";
import type { Snapshot } from "./model.js";
import { exportPage } from "./ops/export.js";
import { buildSnapshot, type Workspace } from "./ops/snapshot.js";
import { renderAtom, renderHtml, renderJson } from "./render.js";

/** Uptime bars and maintenance windows move with the clock even when nothing is written. */
const TTL_MS = 30_000;
/**
 * Queries whose page keeps them in its language links (a campaign's `?utm_source=mail`): a few such
 * addresses are visited in a rush, but anyone can make up more, so past this many a visit gets the
 * plain page, already rendered.
 */
const QUERY_VARIANTS = 64;

export interface Rendered {
  /** Encoded once: a rush is served the same bytes without re-encoding the string per request. */
  body: Buffer;
  /** The same bytes gzipped once, for the browsers that accept it (all of them). */
  gzip: Buffer;
  etag: string;
  at: number;
}

const etagOf = (body: Buffer) => `"${createHash("sha1").update(body).digest("base64url")}"`;

/** What the page needs of a workspace: its name, languages, zone, brand and public address. */
async function workspaceOf(ctx: AppContext, id: string): Promise<Workspace> {
  const ws = await ctx.services.accounts.workspace(id);
  const settings = await ctx.services.accounts.settings(id);
  return {
    id,
    slug: ws.slug,
    name: settings.name,
    language: settings.default_language,
    time_zone: settings.time_zone,
    languages: settings.languages,
    brand: settings.brand,
    public_url: settings.public_url,
  };
}

/**
 * The queries pages' links may keep: one already kept, or a new one while there is room. Past that the
 * visit gets the page without it (links carry `lang` alone), so made-up queries never cost a rendering
 * and a compression per visit in a rush.
 */
function keptQueries() {
  const variants = new Set<string>();
  return {
    keep(workspaceId: string, query: string): string {
      if (!query) return "";
      const k = `${workspaceId}|${query}`;
      if (variants.has(k)) return query;
      if (variants.size >= QUERY_VARIANTS) return "";
      variants.add(k);
      return query;
    },
    drop(workspaceId: string) {
      for (const k of variants) if (k.startsWith(`${workspaceId}|`)) variants.delete(k);
    },
  };
}

/** Builds the public page's snapshot and keeps its renderings in memory until something changes. */
export function createStatusPages(ctx: AppContext, comps: Pick<Components, "ensure">) {
  const cache = new Map<string, { r: Promise<Rendered>; at: number; value?: Rendered }>();
  const slugs = new Map<string, { ws: Workspace | null; at: number }>();

  async function workspace(slug: string | undefined): Promise<Workspace | null> {
    const key = slug ?? "";
    const hit = slugs.get(key);
    if (hit && ctx.clock.now().getTime() - hit.at < TTL_MS) return hit.ws;
    const accounts = ctx.services.accounts;
    const ws = slug
      ? await accounts.workspaceBySlug(slug).catch(() => undefined)
      : await accounts.firstWorkspace();
    const out = ws ? await workspaceOf(ctx, ws.id) : null;
    slugs.set(key, { ws: out, at: ctx.clock.now().getTime() });
    return out;
  }

  const snapshot = (ws: Workspace) => buildSnapshot(ctx, comps, ws);

  // Promises, not values: when a change drops the page during a rush, the many requests that miss
  // together wait for one rebuild instead of each querying the store and rendering again.
  const snapshots = new Map<string, { s: Promise<Snapshot>; at: number }>();
  function snapshotOf(ws: Workspace): Promise<Snapshot> {
    const hit = snapshots.get(ws.id);
    if (hit && ctx.clock.now().getTime() - hit.at < TTL_MS) return hit.s;
    const s = snapshot(ws);
    const entry = { s, at: ctx.clock.now().getTime() };
    snapshots.set(ws.id, entry);
    s.catch(() => {
      if (snapshots.get(ws.id) === entry) snapshots.delete(ws.id);
    });
    return s;
  }

  const kept = keptQueries();

  function cached(ws: Workspace, key: string, make: (s: Snapshot) => string): Promise<Rendered> {
    const k = `${ws.id}|${key}`;
    const hit = cache.get(k);
    if (hit && ctx.clock.now().getTime() - hit.at < TTL_MS) return hit.r;
    const at = ctx.clock.now().getTime();
    const r = snapshotOf(ws).then((snap) => {
      const body = Buffer.from(make(snap));
      return { body, gzip: gzipSync(body), etag: etagOf(body), at };
    });
    const entry: { r: Promise<Rendered>; at: number; value?: Rendered } = { r, at };
    cache.set(k, entry);
    r.then(
      (value) => {
        entry.value = value;
      },
      () => {
        if (cache.get(k) === entry) cache.delete(k);
      },
    );
    return r;
  }

  const path = (ws: Workspace, slugged: boolean) => `/status${slugged ? `/${ws.slug}` : ""}`;
  const base = (ws: Workspace, slugged: boolean) =>
    `${ctx.config.publicUrl}/status${slugged ? `/${ws.slug}` : ""}`;

  return {
    workspace,
    snapshot: async (workspaceId: string) => snapshotOf(await workspaceOf(ctx, workspaceId)),
    /** `query`: the visit's other query parameters, which the language links keep (none: ""). */
    html: (ws: Workspace, lang: Lang, slugged: boolean, asked = "") => {
      const query = kept.keep(ws.id, asked);
      return cached(ws, `html:${lang}:${slugged}${query ? `?${query}` : ""}`, (s) =>
        renderHtml(s, lang, {
          subscribeAction: `${path(ws, slugged)}/subscribe`,
          feedHref: `${path(ws, slugged)}/feed.atom?lang=${lang}`,
          query,
        }),
      );
    },
    /**
     * The default workspace's page in `lang` if it is built and fresh, without waiting: what the front
     * door serves (fast.ts). Null sends the request the ordinary way, which builds it.
     */
    peekHtml(langOf: (ws: Workspace) => Lang): { ws: Workspace; lang: Lang; r: Rendered } | null {
      const now = ctx.clock.now().getTime();
      const site = slugs.get("");
      if (!site?.ws || now - site.at >= TTL_MS) return null;
      const lang = langOf(site.ws);
      const hit = cache.get(`${site.ws.id}|html:${lang}:false`);
      if (!hit?.value || now - hit.at >= TTL_MS) return null;
      return { ws: site.ws, lang, r: hit.value };
    },
    json: (ws: Workspace) => cached(ws, "json", renderJson),
    atom: (ws: Workspace, slugged: boolean, lang?: Lang) =>
      cached(ws, `atom:${slugged}:${lang ?? ""}`, (s) =>
        renderAtom(s, `${base(ws, slugged)}/feed.atom${lang ? `?lang=${lang}` : ""}`, lang),
      ),
    /** Drops every rendering of a workspace: the next visitor gets the change. */
    invalidate(workspaceId: string) {
      snapshots.delete(workspaceId);
      // Name, time zone or languages may have changed: look the workspace up again too.
      for (const [k, v] of slugs) if (v.ws?.id === workspaceId) slugs.delete(k);
      for (const k of cache.keys()) if (k.startsWith(`${workspaceId}|`)) cache.delete(k);
      kept.drop(workspaceId);
    },
    /** The whole page as static files; written to a temporary name first so a host never serves half. */
    async exportTo(dir: string, workspaceId: string): Promise<string[]> {
      const ws = await workspaceOf(ctx, workspaceId);
      return exportPage(await snapshot(ws), base(ws, true), dir);
    },
  };
}

export type StatusPages = ReturnType<typeof createStatusPages>;
