import type { AppContext } from "../app/context.js";
import { systemActor } from "../core/actor.js";
import { newId } from "../core/ids.js";
import type { CheckResult } from "./checkers/index.js";
import { alertsOf, continuityFallback } from "./integrations.js";
import type { CrisisMapping } from "./schema.js";
import { type CheckWrite, monitoringStore as store } from "./store.js";
import type { MonitorEventsTable, MonitorState, MonitorsTable } from "./tables.js";

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

export function createTransitions(ctx: AppContext) {
  const { db } = ctx;

  /**
   * Writes a batch of checks in one transaction and moves the states that changed. Each change is an
   * event row plus a job (committed together: the outbox) that tells the world; the bus hears it after
   * the commit.
   */
  async function record(batch: Execution[]): Promise<MonitorStateEvent[]> {
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
    await db.transaction().execute(async (trx) => {
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

  /** Tells the world about one state change: webhook, alert, crisis. Runs as a job, so it retries. */
  async function handle(payload: { eventId: string }): Promise<void> {
    const event = await store.eventById(db, payload.eventId);
    if (!event) return;
    const monitor = await store.byId(db, event.workspace_id, event.monitor_id);
    if (!monitor) return;
    const down = event.to_state === "down";
    // Coming up from "pending" is not news; a recovery is reported once, when it follows a down.
    if (!down && event.from_state !== "down") return;
    const config = JSON.parse(monitor.config) as Record<string, unknown>;
    const fallback = down
      ? await continuityFallback(ctx, monitor.workspace_id, {
          provider: typeof config["provider"] === "string" ? config["provider"] : null,
          component: monitor.component,
        })
      : null;
    const data = {
      monitor: {
        id: monitor.id,
        name: monitor.name,
        type: monitor.type,
        component: monitor.component,
        target: config["url"] ?? config["host"] ?? config["hostname"] ?? null,
      },
      state: event.to_state,
      previous_state: event.from_state,
      at: event.at,
      reason: event.reason,
      ...(fallback ? { continuity: fallback } : {}),
    };
    await ctx.services.webhooks.emit(monitor.workspace_id, down ? "monitor.down" : "monitor.up", data, {
      key: `monitor-${event.id}`,
    });
    await raiseAlert(monitor, event, fallback?.fallback ?? null);
    await crisisFor(monitor, event, fallback?.fallback ?? null);
  }

  async function raiseAlert(monitor: MonitorsTable, event: MonitorEventsTable, fallback: string | null) {
    const alerts = alertsOf(ctx);
    if (!alerts?.raise) return;
    await alerts.raise(monitor.workspace_id, {
      kind: monitor.type === "provider" ? "provider_incident" : "monitor_down",
      key: `monitor:${monitor.id}`,
      open: event.to_state === "down",
      title:
        event.to_state === "down"
          ? `${monitor.name} is down: ${event.reason ?? "check failed"}`
          : `${monitor.name} is up again`,
      detail: fallback ? `Continuity fallback: ${fallback}` : null,
      source: { type: "monitor", id: monitor.id, event_id: event.id },
    });
  }

  /**
   * Down with a crisis mapping: join the open crisis of that type if there is one, else open it, with the
   * monitor linked as evidence. Up: note the recovery on the crisis. Safe to repeat (job retries): the
   * link is looked up first and events carry an idempotency key.
   */
  async function crisisFor(monitor: MonitorsTable, event: MonitorEventsTable, fallback: string | null) {
    const crises = (ctx.services as Partial<AppContext["services"]>).crises;
    if (!crises || !monitor.crisis) return;
    const mapping = JSON.parse(monitor.crisis) as CrisisMapping;
    const actor = systemActor(monitor.workspace_id, `Monitor ${monitor.name}`);
    const key = `monitor:${monitor.id}:${event.id}`;
    const linked = await crises.linkedTo(actor, "monitor", monitor.id);
    const open = (await crises.list(actor, { status: "open", limit: 200 })).items;
    const linkedOpen = open.find((c) => linked.includes(c.id));
    if (event.to_state === "down") {
      const text = [
        `${monitor.name} is down: ${event.reason ?? "check failed"}`,
        fallback ? `Continuity fallback: ${fallback}` : null,
      ]
        .filter(Boolean)
        .join("\n");
      let crisisId = linkedOpen?.id;
      if (!crisisId) {
        const sameType = open.find((c) => c.type === mapping.type && !c.drill);
        if (sameType) {
          crisisId = sameType.id;
          await crises.link(actor, crisisId, { kind: "monitor", refId: monitor.id, note: "went down" });
        } else {
          const opened = await crises.open(actor, {
            title: `${monitor.name} is down`,
            type: mapping.type,
            severity: mapping.severity,
            summary: text,
            startedAt: event.at,
            evidence: [{ kind: "monitor", refId: monitor.id, note: event.reason ?? undefined }],
          });
          crisisId = opened.id;
        }
      }
      await crises.addEvent(actor, crisisId, { kind: "monitor_down", text, key });
      await store.update(db, monitor.workspace_id, monitor.id, { crisis_id: crisisId });
    } else if (linkedOpen) {
      await crises.addEvent(actor, linkedOpen.id, {
        kind: "monitor_up",
        text: `${monitor.name} is up again`,
        key,
      });
      await store.update(db, monitor.workspace_id, monitor.id, { crisis_id: null });
    }
  }

  return { record, handle };
}
