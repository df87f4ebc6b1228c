import type { AppContext } from "../../app/context.js";
import { newId } from "../../core/ids.js";
import type { CheckResult } from "../checkers/index.js";
import { type CheckWrite, monitoringStore as store } from "../store.js";
import type { MonitorEventsTable, MonitorState, MonitorsTable } from "../tables.js";

export const TRANSITION_QUEUE = "monitoring.transition";

/** One finished (and, if it failed, confirmed) check of a monitor, as the scheduler hands it over. */
export interface Execution {
  monitor: MonitorsTable;
  scheduledMs: number;
  startedMs: number;
  result: CheckResult;
}

/** What the `monitor.state` bus event carries; the status page moves `component` by it. */
export interface MonitorStateEvent {
  monitor_id: string;
  name: string;
  type: string;
  state: MonitorState;
  previous: MonitorState;
  component: string | null;
  at: string;
  reason: string | null;
}

/**
 * Writes a batch of checks in one transaction and moves the states that changed. Each change is an
 * event row plus a job (committed together: the outbox) that tells the world; the bus hears it after
 * the commit.
 */
export async function recordChecks(ctx: AppContext, batch: Execution[]): Promise<MonitorStateEvent[]> {
  if (batch.length === 0) return [];
  const moved: MonitorStateEvent[] = [];
  const writes: CheckWrite[] = batch.map((e) => ({
    monitorId: e.monitor.id,
    workspaceId: e.monitor.workspace_id,
    at: new Date(e.startedMs).toISOString(),
    ok: e.result.ok,
    latencyMs: e.result.latencyMs,
    latenessMs: Math.max(0, e.startedMs - e.scheduledMs),
    error: e.result.error,
  }));
  await ctx.db.transaction().execute(async (trx) => {
    await store.insertChecks(trx, writes);
    await store.setLast(trx, ctx.store.dialect, writes);
    // The state as stored now, not as claimed: a beat or another check may have moved it since. A mass
    // outage flips thousands at once, so reads, moves and events are one statement per few hundred.
    const latest = new Map<string, Execution>();
    for (const e of batch) latest.set(e.monitor.id, e);
    const current = await store.states(trx, [...latest.keys()]);
    const at = ctx.clock.now().toISOString();
    const wanted = [...latest.values()]
      .map((e) => ({
        e,
        to: (e.result.ok ? "up" : "down") as MonitorState,
        row: current.get(e.monitor.id),
      }))
      .filter(
        (x): x is { e: Execution; to: MonitorState; row: MonitorsTable } => !!x.row && x.row.state !== x.to,
      );
    const won = await store.moveStates(
      trx,
      wanted.map((x) => ({ id: x.row.id, from: x.row.state, to: x.to })),
      at,
    );
    const events: MonitorEventsTable[] = [];
    for (const { e, to, row: before } of wanted) {
      if (!won.has(before.id)) continue;
      const event: MonitorEventsTable = {
        id: newId(),
        workspace_id: before.workspace_id,
        monitor_id: before.id,
        at,
        from_state: before.state,
        to_state: to,
        reason: to === "down" ? e.result.error : before.state === "down" ? "recovered" : null,
      };
      events.push(event);
      moved.push({
        monitor_id: before.id,
        name: before.name,
        type: before.type,
        state: to,
        previous: before.state,
        component: before.component,
        at,
        reason: event.reason,
      });
    }
    await store.insertEvents(trx, events);
    for (const event of events) {
      await ctx.jobs.enqueue(TRANSITION_QUEUE, { eventId: event.id }, { key: event.id }, trx);
    }
  });
  for (const m of moved) {
    const ws = batch.find((e) => e.monitor.id === m.monitor_id)?.monitor.workspace_id;
    if (ws) ctx.bus.publish(ws, "monitor.state", m);
  }
  return moved;
}
