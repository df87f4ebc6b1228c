import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { hashSecret } from "../core/ids.js";
import { iso, monitorDeps } from "./ops/internal.js";
import {
  getMonitor,
  type HistoryQuery,
  type ListMonitorsQuery,
  listMonitors,
  monitorEvents,
  monitorHistory,
  monitorStates,
} from "./ops/read.js";
import { uptimeDaily } from "./ops/uptime.js";
import { createMonitor, patchMonitor, removeMonitor, rotateHeartbeat } from "./ops/write.js";
import type { CreateMonitorInput, PatchMonitorInput } from "./schema.js";
import { monitoringStore as store } from "./store.js";
import { createTransitions } from "./transitions.js";

export { toOut } from "./ops/internal.js";

export type MonitoringService = ReturnType<typeof createMonitoringService>;

// The operations live in ops/ (one theme per file); this factory binds them to the context.
export function createMonitoringService(ctx: AppContext) {
  const { db } = ctx;
  const d = monitorDeps(ctx);
  const transitions = createTransitions(ctx);

  return {
    create: (actor: Actor, raw: CreateMonitorInput) => createMonitor(d, actor, raw),
    patch: (actor: Actor, id: string, raw: PatchMonitorInput) => patchMonitor(d, actor, id, raw),
    get: (actor: Actor, id: string) => getMonitor(d, actor, id),
    list: (actor: Actor, q: ListMonitorsQuery) => listMonitors(d, actor, q),
    remove: (actor: Actor, id: string) => removeMonitor(d, actor, id),
    rotateHeartbeat: (actor: Actor, id: string) => rotateHeartbeat(d, actor, id),

    /** A push from a job that reports in; a late or down heartbeat recovers at once. */
    async beat(token: string): Promise<boolean> {
      const row = await store.byHeartbeat(db, hashSecret(token));
      if (!row) return false;
      const beatMs = d.nowMs();
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

    history: (actor: Actor, id: string, q: HistoryQuery) => monitorHistory(d, actor, id, q),
    events: (actor: Actor, id: string, limit = 100) => monitorEvents(d, actor, id, limit),
    /** Per calendar day of `timeZone` (UTC when not given): the shop's own days on its status page. */
    uptimeDaily: (workspaceId: string, monitorId: string, days: number, timeZone?: string) =>
      uptimeDaily(d, workspaceId, monitorId, days, timeZone),
    states: (workspaceId: string) => monitorStates(d, workspaceId),
    countsByState: (workspaceId: string) => store.countByState(db, workspaceId),
  };
}
