import type { AppContext } from "../../app/context.js";
import { notFound } from "../../core/errors.js";
import { openConfig } from "../config-secrets.js";
import { failureOf } from "../failure.js";
import type { MonitorOut } from "../schema.js";
import { monitoringStore as store } from "../store.js";
import type { MonitorsTable } from "../tables.js";

/** Keys every monitor has; the rest of an input is the type's own config. */
export const COMMON_KEYS = new Set([
  "type",
  "name",
  "interval_s",
  "timeout_ms",
  "retries",
  "enabled",
  "component",
  "crisis",
]);
export const HOUR = 3600_000;
export const DAY = 86_400_000;
export const iso = (t: number) => new Date(t).toISOString();

export const splitConfig = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(input).filter(([k]) => !COMMON_KEYS.has(k)));

export function toOut(row: MonitorsTable, extra: Partial<MonitorOut> = {}): MonitorOut {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    ...openConfig(row.config),
    state: row.state,
    state_changed_at: row.state_changed_at,
    last_checked_at: row.last_checked_at,
    last_latency_ms: row.last_latency_ms,
    last_error: row.last_error,
    last_error_why: failureOf(row.last_error) ?? undefined,
    interval_s: row.interval_s,
    timeout_ms: row.timeout_ms,
    retries: row.retries,
    enabled: row.enabled === 1,
    component: row.component,
    crisis: row.crisis ? JSON.parse(row.crisis) : null,
    crisis_id: row.crisis_id,
    next_run_at: row.next_run_at,
    last_beat_at: row.last_beat_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...extra,
  };
}

/** What every monitoring operation shares: the context and a few helpers bound to it. */
export interface MonitorDeps {
  ctx: AppContext;
  nowMs: () => number;
  heartbeatUrl: (token: string) => string;
  load: (workspaceId: string, id: string) => Promise<MonitorsTable>;
}

export function monitorDeps(ctx: AppContext): MonitorDeps {
  return {
    ctx,
    nowMs: () => ctx.clock.now().getTime(),
    heartbeatUrl: (token) => `${ctx.config.publicUrl}/api/v1/inbound/heartbeat/${token}`,
    load: async (workspaceId, id) => {
      const row = await store.byId(ctx.db, workspaceId, id);
      if (!row) throw notFound("monitor");
      return row;
    },
  };
}
