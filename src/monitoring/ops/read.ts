import type { Actor } from "../../core/actor.js";
import { failureOf } from "../failure.js";
import { monitoringStore as store } from "../store.js";
import type { MonitorState, MonitorsTable } from "../tables.js";
import { DAY, HOUR, iso, type MonitorDeps, toOut } from "./internal.js";

export interface ListMonitorsQuery {
  limit: number;
  cursor?: string | undefined;
  state?: MonitorState | undefined;
  type?: string | undefined;
  sparkline?: boolean;
}

export interface HistoryQuery {
  resolution: "raw" | "hour" | "day";
  since?: string | undefined;
  until?: string | undefined;
  limit: number;
}

/** Latencies of the last hour per monitor (null for a failed check), fetched once for a whole page. */
async function sparklines(d: MonitorDeps, rows: MonitorsTable[], points = 30) {
  const recent = await store.recentChecksOf(
    d.ctx.db,
    rows.map((r) => r.id),
    iso(d.nowMs() - HOUR),
  );
  const by = new Map<string, (number | null)[]>();
  for (const c of recent) {
    const xs = by.get(c.monitor_id) ?? [];
    if (xs.length === 0) by.set(c.monitor_id, xs);
    xs.push(c.ok ? c.latency_ms : null);
  }
  return (id: string) => (by.get(id) ?? []).slice(-points);
}

export async function getMonitor(d: MonitorDeps, actor: Actor, id: string) {
  const row = await d.load(actor.workspaceId, id);
  return toOut(row, { sparkline: (await sparklines(d, [row], 60))(row.id) });
}

export async function listMonitors(d: MonitorDeps, actor: Actor, q: ListMonitorsQuery) {
  const rows = await store.list(d.ctx.db, actor.workspaceId, {
    limit: q.limit + 1,
    after: q.cursor,
    state: q.state,
    type: q.type,
  });
  const page = rows.slice(0, q.limit);
  const spark = q.sparkline === false ? () => undefined : await sparklines(d, page);
  return {
    items: page.map((r) => {
      const s = spark(r.id);
      return toOut(r, s ? { sparkline: s } : {});
    }),
    next_cursor: rows.length > q.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}

export async function monitorHistory(d: MonitorDeps, actor: Actor, id: string, q: HistoryQuery) {
  const { db } = d.ctx;
  await d.load(actor.workspaceId, id);
  const until = q.until ?? iso(d.nowMs() + 1000);
  if (q.resolution === "raw") {
    const since = q.since ?? iso(d.nowMs() - 24 * HOUR);
    const rows = await store.checks(db, id, since, until, q.limit);
    return rows
      .reverse()
      .map((c) => ({ at: c.at, ok: c.ok === 1, latency_ms: c.latency_ms, error: c.error }));
  }
  const bucket = q.resolution === "hour" ? "h" : "d";
  const since = q.since ?? iso(d.nowMs() - (bucket === "h" ? 48 * HOUR : 90 * DAY));
  const rows = await store.rollups(db, id, bucket, since, until);
  return rows.slice(-q.limit).map((r) => ({
    start: r.start,
    count: r.count,
    up_count: r.up_count,
    uptime: r.count ? r.up_count / r.count : null,
    latency_p50: r.latency_p50,
    latency_p95: r.latency_p95,
    latency_max: r.latency_max,
  }));
}

export async function monitorEvents(d: MonitorDeps, actor: Actor, id: string, limit = 100) {
  await d.load(actor.workspaceId, id);
  return (await store.events(d.ctx.db, actor.workspaceId, id, limit)).map((e) => ({
    id: e.id,
    at: e.at,
    from_state: e.from_state,
    to_state: e.to_state,
    reason: e.reason,
    reason_why: failureOf(e.reason) ?? undefined,
  }));
}

/** Current states for the status page: every monitor of the workspace that moves a component. */
export async function monitorStates(d: MonitorDeps, workspaceId: string) {
  const rows = await store.list(d.ctx.db, workspaceId, { limit: 10_000 });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    state: r.state,
    component: r.component,
    since: r.state_changed_at,
  }));
}
