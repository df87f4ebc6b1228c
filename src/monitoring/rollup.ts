import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import { monitoringStore as store } from "./store.js";
import type { MonitorRollupsTable } from "./tables.js";

/** Raw checks are kept this long; hourly rollups for HOURLY_RETENTION_D days; daily ones for years. */
export const RAW_RETENTION_H = 48;
export const HOURLY_RETENTION_D = 35;
export const DAILY_RETENTION_D = 800;

const HOUR = 3600_000;
const DAY = 86_400_000;

export const hourStart = (t: number) => Math.floor(t / HOUR) * HOUR;
export const dayStart = (t: number) => Math.floor(t / DAY) * DAY;
const iso = (t: number) => new Date(t).toISOString();

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? null;
}

export interface Aggregate {
  count: number;
  up_count: number;
  latency_p50: number | null;
  latency_p95: number | null;
  latency_max: number | null;
}

export function aggregate(checks: { ok: number | boolean; latency_ms: number | null }[]): Aggregate {
  const lat: number[] = [];
  let up = 0;
  for (const c of checks) {
    if (c.ok) up++;
    if (c.latency_ms !== null) lat.push(c.latency_ms);
  }
  lat.sort((a, b) => a - b);
  return {
    count: checks.length,
    up_count: up,
    latency_p50: percentile(lat, 50),
    latency_p95: percentile(lat, 95),
    latency_max: lat.length ? (lat[lat.length - 1] ?? null) : null,
  };
}

/**
 * Merges finer rollups into a coarser one when the raw checks are gone: counts add up exactly; the
 * percentiles are count-weighted percentiles of the parts' percentiles (an approximation), max is exact.
 */
export function mergeAggregates(parts: Aggregate[]): Aggregate {
  const count = parts.reduce((s, p) => s + p.count, 0);
  const up = parts.reduce((s, p) => s + p.up_count, 0);
  const weighted = (key: "latency_p50" | "latency_p95", p: number) => {
    const xs = parts
      .filter((x) => x[key] !== null && x.count > 0)
      .map((x) => ({ v: x[key] as number, w: x.count }))
      .sort((a, b) => a.v - b.v);
    const total = xs.reduce((s, x) => s + x.w, 0);
    let acc = 0;
    for (const x of xs) {
      acc += x.w;
      if (acc >= (p / 100) * total) return x.v;
    }
    return null;
  };
  const maxes = parts.map((p) => p.latency_max).filter((v): v is number => v !== null);
  return {
    count,
    up_count: up,
    latency_p50: weighted("latency_p50", 50),
    latency_p95: weighted("latency_p95", 95),
    latency_max: maxes.length ? Math.max(...maxes) : null,
  };
}

type Row = { monitor_id: string; workspace_id: string; ok: number; latency_ms: number | null };

function groupByMonitor<T extends { monitor_id: string; workspace_id: string }>(rows: T[]) {
  const groups = new Map<string, { workspaceId: string; rows: T[] }>();
  for (const r of rows) {
    let g = groups.get(r.monitor_id);
    if (!g) {
      g = { workspaceId: r.workspace_id, rows: [] };
      groups.set(r.monitor_id, g);
    }
    g.rows.push(r);
  }
  return groups;
}

/** Rolls up the raw checks of one hour into one row per monitor. Idempotent: it upserts. */
export async function rollupHour(db: Kysely<Database>, startMs: number): Promise<number> {
  const start = hourStart(startMs);
  const rows: Row[] = await store.checksInWindow(db, iso(start), iso(start + HOUR));
  const out: MonitorRollupsTable[] = [];
  for (const [monitorId, g] of groupByMonitor(rows)) {
    out.push({
      monitor_id: monitorId,
      workspace_id: g.workspaceId,
      bucket: "h",
      start: iso(start),
      ...aggregate(g.rows),
    });
  }
  await store.upsertRollups(db, out);
  return out.length;
}

/**
 * Rolls up one day: from the raw checks while they are still kept (exact percentiles), else from that
 * day's hourly rollups.
 */
export async function rollupDay(db: Kysely<Database>, startMs: number, now: number): Promise<number> {
  const start = dayStart(startMs);
  const end = start + DAY;
  const out: MonitorRollupsTable[] = [];
  if (now - start < RAW_RETENTION_H * HOUR - HOUR) {
    const rows: Row[] = await store.checksInWindow(db, iso(start), iso(end));
    for (const [monitorId, g] of groupByMonitor(rows)) {
      out.push({
        monitor_id: monitorId,
        workspace_id: g.workspaceId,
        bucket: "d",
        start: iso(start),
        ...aggregate(g.rows),
      });
    }
  } else {
    const hours = await store.rollupsInWindow(db, "h", iso(start), iso(end));
    for (const [monitorId, g] of groupByMonitor(hours)) {
      out.push({
        monitor_id: monitorId,
        workspace_id: g.workspaceId,
        bucket: "d",
        start: iso(start),
        ...mergeAggregates(g.rows),
      });
    }
  }
  await store.upsertRollups(db, out);
  return out.length;
}

/** Deletes what has been rolled up and is older than its retention. */
export async function purgeOld(db: Kysely<Database>, now: number): Promise<void> {
  await store.purgeChecks(db, iso(now - RAW_RETENTION_H * HOUR));
  await store.purgeRollups(db, "h", iso(now - HOURLY_RETENTION_D * DAY));
  await store.purgeRollups(db, "d", iso(now - DAILY_RETENTION_D * DAY));
}
