import { createHash } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { AppContext } from "../app/context.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { type Components, displayOrder, toRecord } from "./components.js";
import {
  type ComponentId,
  type ComponentState,
  IMPACT_STATE,
  type Impact,
  type IncidentStatus,
  type Snapshot,
  type SnapshotComponent,
  worst,
} from "./model.js";
import { renderAtom, renderHtml, renderJson, STYLE } from "./render.js";
import { statusStore as store } from "./store.js";

const DAY_MS = 86_400_000;
/** Uptime bars and maintenance windows move with the clock even when nothing is written. */
const TTL_MS = 30_000;
const INCIDENT_DAYS = 14;

export interface Rendered {
  /** Encoded once: a rush is served the same bytes without re-encoding the string per request. */
  body: Buffer;
  /** The same bytes gzipped once, for the browsers that accept it (all of them). */
  gzip: Buffer;
  etag: string;
  at: number;
}

interface Workspace {
  id: string;
  slug: string;
  name: string;
  language: string;
  /** IANA zone every time on the page is shown in. */
  time_zone: string;
  /** The languages the shop writes its incident texts in. */
  languages: string[];
}

const etagOf = (body: Buffer) => `"${createHash("sha1").update(body).digest("base64url")}"`;
const parse = <T>(s: string): T => JSON.parse(s) as T;

/** Builds the public page's snapshot and keeps its renderings in memory until something changes. */
export function createStatusPages(ctx: AppContext, comps: Pick<Components, "ensure">) {
  const cache = new Map<string, { r: Promise<Rendered>; at: number }>();
  const slugs = new Map<string, { ws: Workspace | null; at: number }>();

  const monitoring = () => ctx.services.monitoring as typeof ctx.services.monitoring | undefined;

  async function workspace(slug: string | undefined): Promise<Workspace | null> {
    const key = slug ?? "";
    const hit = slugs.get(key);
    if (hit && ctx.clock.now().getTime() - hit.at < TTL_MS) return hit.ws;
    const accounts = ctx.services.accounts;
    const ws = slug
      ? await accounts.workspaceBySlug(slug).catch(() => undefined)
      : await accounts.firstWorkspace();
    const out = ws ? await workspaceOf(ws.id) : null;
    slugs.set(key, { ws: out, at: ctx.clock.now().getTime() });
    return out;
  }

  async function workspaceOf(id: string): Promise<Workspace> {
    const ws = await ctx.services.accounts.workspace(id);
    const settings = await ctx.services.accounts.settings(id);
    return {
      id,
      slug: ws.slug,
      name: settings.name,
      language: settings.default_language,
      time_zone: settings.time_zone,
      languages: settings.languages,
    };
  }

  async function uptime(
    workspaceId: string,
  ): Promise<Map<string, { days: { day: string; checks: number; up: number }[] }>> {
    const out = new Map<string, { days: { day: string; checks: number; up: number }[] }>();
    const m = monitoring();
    if (!m) return out;
    const monitors = (await m.states(workspaceId)).filter((s) => s.component);
    for (const mon of monitors) {
      const u = await m.uptimeDaily(workspaceId, mon.id, 90);
      const c = mon.component as string;
      const acc = out.get(c) ?? { days: u.days.map((d) => ({ day: d.day, checks: 0, up: 0 })) };
      u.days.forEach((d, i) => {
        const slot = acc.days[i];
        if (slot) {
          slot.checks += d.checks;
          slot.up += d.up;
        }
      });
      out.set(c, acc);
    }
    return out;
  }

  async function snapshot(ws: Workspace): Promise<Snapshot> {
    const now = ctx.clock.now();
    const nowIso = now.toISOString();
    await comps.ensure(ws.id);
    const [manual, incidentRows, maintRows, bars, monitorStates] = await Promise.all([
      store.components(ctx.db, ws.id),
      store.incidents(ctx.db, ws.id, new Date(now.getTime() - INCIDENT_DAYS * DAY_MS).toISOString(), 50),
      store.maintenance(ctx.db, ws.id, nowIso),
      uptime(ws.id),
      monitoring()?.states(ws.id) ?? Promise.resolve([]),
    ]);
    const noDays = Array.from({ length: 90 }, (_, k) => ({
      day: new Date(now.getTime() - (89 - k) * DAY_MS).toISOString().slice(0, 10),
      uptime: null,
    }));
    const base = (row: (typeof manual)[number]) => {
      const r = toRecord(row);
      return {
        id: r.id,
        name: r.name,
        group: r.group,
        group_id: r.group_id,
        position: r.position,
        note: r.note,
      };
    };
    const updates = await store.updatesOf(
      ctx.db,
      incidentRows.map((i) => i.id),
    );
    const incidents = incidentRows.map((i) => ({
      id: i.id,
      title: parse<Record<string, string>>(i.title),
      status: i.status as IncidentStatus,
      impact: i.impact as Impact,
      components: parse<ComponentId[]>(i.components),
      created_at: i.created_at,
      updated_at: i.updated_at,
      resolved_at: i.resolved_at,
      updates: updates
        .filter((u) => u.incident_id === i.id)
        .map((u) => ({
          id: u.id,
          status: u.status as IncidentStatus,
          body: parse<Record<string, string>>(u.body),
          published_at: u.published_at,
        })),
    }));
    const maintenance = maintRows.map((m) => ({
      id: m.id,
      title: parse<Record<string, string>>(m.title),
      body: parse<Record<string, string>>(m.body),
      components: parse<ComponentId[]>(m.components),
      starts_at: m.starts_at,
      ends_at: m.ends_at,
      active: m.starts_at <= nowIso,
    }));
    const items: SnapshotComponent[] = manual
      .filter((r) => r.is_group !== 1)
      .map((row) => {
        const id = row.component;
        let state = row.state as ComponentState;
        const mons = monitorStates.filter((s) => s.component === id);
        const down = mons.filter((s) => s.state === "down").length;
        if (down > 0) state = worst(state, down === mons.length ? "major_outage" : "partial_outage");
        for (const i of incidents)
          if (i.status !== "resolved" && i.components.includes(id))
            state = worst(state, IMPACT_STATE[i.impact]);
        if (state === "operational" && maintenance.some((m) => m.active && m.components.includes(id)))
          state = "maintenance";
        const u = bars.get(id);
        const checks = u?.days.reduce((s, d) => s + d.checks, 0) ?? 0;
        const up = u?.days.reduce((s, d) => s + d.up, 0) ?? 0;
        const days =
          u?.days.map((d) => ({ day: d.day, uptime: d.checks ? d.up / d.checks : null })) ?? noDays;
        return { ...base(row), state, uptime_90d: checks ? up / checks : null, days };
      });
    // A group shows the worst state of its components and the mean of their uptimes.
    const groups: SnapshotComponent[] = manual
      .filter((r) => r.is_group === 1)
      .map((row) => {
        const kids = items.filter((c) => c.group_id === row.component);
        const summed = kids.filter((k) => k.uptime_90d !== null);
        return {
          ...base(row),
          state: kids.reduce<ComponentState>((s, k) => worst(s, k.state), "operational"),
          uptime_90d: summed.length
            ? summed.reduce((s, k) => s + (k.uptime_90d ?? 0), 0) / summed.length
            : null,
          days: noDays,
        };
      });
    const components = displayOrder([...groups, ...items]);
    const status = components.reduce<ComponentState>((s, c) => worst(s, c.state), "operational");
    const lang = (LANGS as readonly string[]).includes(ws.language) ? (ws.language as Lang) : "en";
    return {
      workspace: {
        slug: ws.slug,
        name: ws.name,
        language: lang,
        time_zone: ws.time_zone,
        languages: ws.languages.filter((l): l is Lang => (LANGS as readonly string[]).includes(l)),
      },
      url: `${ctx.config.publicUrl}/status/${ws.slug}`,
      generated_at: nowIso,
      status,
      components,
      incidents,
      maintenance,
    };
  }

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

  function cached(ws: Workspace, key: string, make: (s: Snapshot) => string): Promise<Rendered> {
    const k = `${ws.id}|${key}`;
    const hit = cache.get(k);
    if (hit && ctx.clock.now().getTime() - hit.at < TTL_MS) return hit.r;
    const at = ctx.clock.now().getTime();
    const r = snapshotOf(ws).then((snap) => {
      const body = Buffer.from(make(snap));
      return { body, gzip: gzipSync(body), etag: etagOf(body), at };
    });
    const entry = { r, at };
    cache.set(k, entry);
    r.catch(() => {
      if (cache.get(k) === entry) cache.delete(k);
    });
    return r;
  }

  const path = (ws: Workspace, slugged: boolean) => `/status${slugged ? `/${ws.slug}` : ""}`;
  const base = (ws: Workspace, slugged: boolean) =>
    `${ctx.config.publicUrl}/status${slugged ? `/${ws.slug}` : ""}`;

  return {
    workspace,
    snapshot: async (workspaceId: string) => snapshotOf(await workspaceOf(workspaceId)),
    html: (ws: Workspace, lang: Lang, slugged: boolean) =>
      cached(ws, `html:${lang}:${slugged}`, (s) =>
        renderHtml(s, lang, {
          subscribeAction: `${path(ws, slugged)}/subscribe`,
          feedHref: `${path(ws, slugged)}/feed.atom?lang=${lang}`,
        }),
      ),
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
    },

    /** The whole page as static files; written to a temporary name first so a host never serves half. */
    async exportTo(dir: string, workspaceId: string): Promise<string[]> {
      const ws = await workspaceOf(workspaceId);
      const s = await snapshot(ws);
      const live = base(ws, true);
      const files: [string, string][] = [
        ["assets/style.css", STYLE],
        ["status.json", renderJson(s)],
        ["feed.atom", renderAtom(s, `${live}/feed.atom`)],
        [
          "index.html",
          renderHtml(s, s.workspace.language, {
            staticExport: { depth: 0 },
            subscribeAction: `${live}/subscribe`,
            feedHref: "feed.atom",
          }),
        ],
      ];
      for (const l of LANGS)
        files.push([
          `${l}/index.html`,
          renderHtml(s, l, {
            staticExport: { depth: 1 },
            subscribeAction: `${live}/subscribe`,
            feedHref: "../feed.atom",
          }),
        ]);
      for (const [name, body] of files) {
        const path = join(dir, name);
        await mkdir(join(path, ".."), { recursive: true });
        await writeFile(`${path}.tmp`, body);
        await rename(`${path}.tmp`, path);
      }
      return files.map(([n]) => n);
    },
  };
}

export type StatusPages = ReturnType<typeof createStatusPages>;
