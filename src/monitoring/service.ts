import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { invalid, notFound } from "../core/errors.js";
import { hashSecret, newId, randomSecret } from "../core/ids.js";
import { openConfig, sealConfig } from "./config-secrets.js";
import { hourStart } from "./rollup.js";
import {
  CONFIG_SCHEMAS,
  type CreateMonitorInput,
  createMonitorInput,
  type MonitorOut,
  type PatchMonitorInput,
  patchMonitorInput,
} from "./schema.js";
import { defaultTimeoutMs } from "./slots.js";
import { monitoringStore as store } from "./store.js";
import type { MonitorState, MonitorsTable } from "./tables.js";
import { createTransitions } from "./transitions.js";

export type MonitoringService = ReturnType<typeof createMonitoringService>;

const COMMON_KEYS = new Set([
  "type",
  "name",
  "interval_s",
  "timeout_ms",
  "retries",
  "enabled",
  "component",
  "crisis",
]);
const HOUR = 3600_000;
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

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

const splitConfig = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(input).filter(([k]) => !COMMON_KEYS.has(k)));

export function createMonitoringService(ctx: AppContext) {
  const { db } = ctx;
  const transitions = createTransitions(ctx);
  const heartbeatUrl = (token: string) => `${ctx.config.publicUrl}/api/v1/inbound/heartbeat/${token}`;
  const nowMs = () => ctx.clock.now().getTime();
  /** The status page component a monitor moves is one of the shop's own (400 naming `component`). */
  const requireComponent = async (workspaceId: string, component: string | null | undefined) => {
    const page = ctx.services.statuspage as typeof ctx.services.statuspage | undefined;
    if (component && page) await page.components.requireOne(workspaceId, component, "component");
  };

  async function load(workspaceId: string, id: string) {
    const row = await store.byId(db, workspaceId, id);
    if (!row) throw notFound("monitor");
    return row;
  }

  async function create(actor: Actor, raw: CreateMonitorInput) {
    const input = createMonitorInput.parse(raw);
    await requireComponent(actor.workspaceId, input.component);
    const now = iso(nowMs());
    const token = input.type === "heartbeat" ? `hb_${randomSecret(24)}` : null;
    const row: MonitorsTable = {
      id: newId(),
      workspace_id: actor.workspaceId,
      name: input.name,
      type: input.type,
      config: sealConfig(splitConfig(input)),
      interval_s: input.interval_s,
      timeout_ms: input.timeout_ms ?? defaultTimeoutMs(input.interval_s, input.retries),
      retries: input.type === "heartbeat" ? 0 : input.retries,
      enabled: input.enabled ? 1 : 0,
      component: input.component ?? null,
      crisis: input.crisis ? JSON.stringify(input.crisis) : null,
      state: "pending",
      state_changed_at: null,
      last_checked_at: null,
      last_latency_ms: null,
      last_error: null,
      // The first check runs at once; later ones fall on the monitor's slot.
      next_run_at: now,
      heartbeat_hash: token ? hashSecret(token) : null,
      last_beat_at: null,
      crisis_id: null,
      created_at: now,
      updated_at: now,
    };
    await store.insert(db, row);
    return toOut(row, token ? { heartbeat_url: heartbeatUrl(token) } : {});
  }

  async function patch(actor: Actor, id: string, raw: PatchMonitorInput) {
    const input = patchMonitorInput.parse(raw);
    const row = await load(actor.workspaceId, id);
    await requireComponent(actor.workspaceId, input.component);
    if (input["type"] !== undefined && input["type"] !== row.type)
      throw invalid("the type of a monitor cannot change", "type");
    const typeKeys = Object.fromEntries(Object.entries(input).filter(([k]) => !COMMON_KEYS.has(k)));
    const merged = { ...openConfig(row.config), ...typeKeys };
    const checked = CONFIG_SCHEMAS[row.type].safeParse(merged);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const field = issue?.path.map(String).join(".");
      throw invalid(`${field ? `${field}: ` : ""}${issue?.message ?? "invalid"}`, field);
    }
    const now = iso(nowMs());
    const set: Partial<MonitorsTable> = { config: sealConfig(checked.data), updated_at: now };
    if (input.name !== undefined) set.name = input.name;
    if (input.interval_s !== undefined) set.interval_s = input.interval_s;
    if (input.retries !== undefined && row.type !== "heartbeat") set.retries = input.retries;
    if (input.timeout_ms !== undefined) set.timeout_ms = input.timeout_ms;
    if (input.enabled !== undefined) set.enabled = input.enabled ? 1 : 0;
    if (input.component !== undefined) set.component = input.component;
    if (input.crisis !== undefined) set.crisis = input.crisis ? JSON.stringify(input.crisis) : null;
    // A changed target or cadence is checked at once rather than at the old slot.
    set.next_run_at = now;
    await store.update(db, actor.workspaceId, id, set);
    return toOut(await load(actor.workspaceId, id));
  }

  async function sparklines(rows: MonitorsTable[], points = 30) {
    const recent = await store.recentChecksOf(
      db,
      rows.map((r) => r.id),
      iso(nowMs() - HOUR),
    );
    const by = new Map<string, (number | null)[]>();
    for (const c of recent) {
      const xs = by.get(c.monitor_id) ?? [];
      if (xs.length === 0) by.set(c.monitor_id, xs);
      xs.push(c.ok ? c.latency_ms : null);
    }
    return (id: string) => (by.get(id) ?? []).slice(-points);
  }

  return {
    create,
    patch,
    get: async (actor: Actor, id: string) => {
      const row = await load(actor.workspaceId, id);
      return toOut(row, { sparkline: (await sparklines([row], 60))(row.id) });
    },

    async list(
      actor: Actor,
      q: {
        limit: number;
        cursor?: string | undefined;
        state?: MonitorState | undefined;
        type?: string | undefined;
        sparkline?: boolean;
      },
    ) {
      const rows = await store.list(db, actor.workspaceId, {
        limit: q.limit + 1,
        after: q.cursor,
        state: q.state,
        type: q.type,
      });
      const page = rows.slice(0, q.limit);
      const spark = q.sparkline === false ? () => undefined : await sparklines(page);
      return {
        items: page.map((r) => {
          const s = spark(r.id);
          return toOut(r, s ? { sparkline: s } : {});
        }),
        next_cursor: rows.length > q.limit ? (page[page.length - 1]?.id ?? null) : null,
      };
    },

    async remove(actor: Actor, id: string) {
      const gone = await db.transaction().execute((trx) => store.remove(trx, actor.workspaceId, id));
      if (!gone) throw notFound("monitor");
    },

    async rotateHeartbeat(actor: Actor, id: string) {
      const row = await load(actor.workspaceId, id);
      if (row.type !== "heartbeat") throw invalid("only heartbeat monitors have a heartbeat URL");
      const token = `hb_${randomSecret(24)}`;
      await store.update(db, actor.workspaceId, id, {
        heartbeat_hash: hashSecret(token),
        updated_at: iso(nowMs()),
      });
      return toOut(await load(actor.workspaceId, id), { heartbeat_url: heartbeatUrl(token) });
    },

    /** A push from a job that reports in; a late or down heartbeat recovers at once. */
    async beat(token: string): Promise<boolean> {
      const row = await store.byHeartbeat(db, hashSecret(token));
      if (!row) return false;
      const beatMs = nowMs();
      const at = iso(beatMs);
      await store.update(db, row.workspace_id, row.id, {
        last_beat_at: at,
        last_checked_at: at,
        last_error: null,
      });
      if (row.state !== "up") {
        await transitions.record([
          {
            monitor: row,
            scheduledMs: beatMs,
            result: { ok: true, latencyMs: null, error: null },
            startedMs: beatMs,
          },
        ]);
      }
      return true;
    },

    /** Stores a batch of finished checks and moves states (the scheduler calls this). */
    record: transitions.record,
    handleTransition: transitions.handle,

    async history(
      actor: Actor,
      id: string,
      q: {
        resolution: "raw" | "hour" | "day";
        since?: string | undefined;
        until?: string | undefined;
        limit: number;
      },
    ) {
      await load(actor.workspaceId, id);
      const until = q.until ?? iso(nowMs() + 1000);
      if (q.resolution === "raw") {
        const since = q.since ?? iso(nowMs() - 24 * HOUR);
        const rows = await store.checks(db, id, since, until, q.limit);
        return rows
          .reverse()
          .map((c) => ({ at: c.at, ok: c.ok === 1, latency_ms: c.latency_ms, error: c.error }));
      }
      const bucket = q.resolution === "hour" ? "h" : "d";
      const since = q.since ?? iso(nowMs() - (bucket === "h" ? 48 * HOUR : 90 * DAY));
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
    },

    async events(actor: Actor, id: string, limit = 100) {
      await load(actor.workspaceId, id);
      return (await store.events(db, actor.workspaceId, id, limit)).map((e) => ({
        id: e.id,
        at: e.at,
        from_state: e.from_state,
        to_state: e.to_state,
        reason: e.reason,
      }));
    },

    /**
     * Uptime per UTC day for the last `days` days, oldest first, for 90-day status bars. Days before the
     * monitor existed, or without checks, have `uptime: null`. Today comes from the hourly rollups and
     * the raw checks of the current hour.
     */
    async uptimeDaily(workspaceId: string, monitorId: string, days: number) {
      const row = await load(workspaceId, monitorId);
      const now = nowMs();
      const today = Math.floor(now / DAY) * DAY;
      const from = today - (days - 1) * DAY;
      const daily = new Map(
        (await store.rollups(db, monitorId, "d", iso(from), iso(today))).map((r) => [r.start, r]),
      );
      const hours = await store.rollups(db, monitorId, "h", iso(today), iso(hourStart(now)));
      const raw = await store.checks(db, monitorId, iso(hourStart(now)), iso(now + 1000), 100_000);
      let tChecks = hours.reduce((s, h) => s + h.count, 0) + raw.length;
      let tUp = hours.reduce((s, h) => s + h.up_count, 0) + raw.filter((c) => c.ok === 1).length;
      if (hours.length === 0) {
        // The hourly rollup may lag; fall back to today's raw checks.
        const all = await store.checks(db, monitorId, iso(today), iso(now + 1000), 100_000);
        tChecks = all.length;
        tUp = all.filter((c) => c.ok === 1).length;
      }
      const out = [];
      for (let d = from; d <= today; d += DAY) {
        const day = iso(d).slice(0, 10);
        const r = d === today ? { count: tChecks, up_count: tUp } : daily.get(iso(d));
        const count = r?.count ?? 0;
        out.push({
          day,
          checks: count,
          up: r?.up_count ?? 0,
          uptime: count ? (r?.up_count ?? 0) / count : null,
        });
      }
      return { monitor_id: row.id, component: row.component, state: row.state, days: out };
    },

    /** Current states for the status page: every monitor of the workspace that moves a component. */
    async states(workspaceId: string) {
      const rows = await store.list(db, workspaceId, { limit: 10_000 });
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        state: r.state,
        component: r.component,
        since: r.state_changed_at,
      }));
    },

    countsByState: (workspaceId: string) => store.countByState(db, workspaceId),
  };
}
