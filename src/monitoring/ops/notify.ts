import type { AppContext } from "../../app/context.js";
import { alertsOf, continuityFallback } from "../integrations.js";
import { monitoringStore as store } from "../store.js";
import type { MonitorEventsTable, MonitorsTable } from "../tables.js";
import { crisisFor } from "./crisis.js";

/** Tells the world about one state change: webhook, alert, crisis. Runs as a job, so it retries. */
export async function handleTransition(ctx: AppContext, payload: { eventId: string }): Promise<void> {
  const event = await store.eventById(ctx.db, payload.eventId);
  if (!event) return;
  const monitor = await store.byId(ctx.db, event.workspace_id, event.monitor_id);
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
  await raiseAlert(ctx, monitor, event, fallback?.fallback ?? null);
  await crisisFor(ctx, monitor, event, fallback?.fallback ?? null);
}

async function raiseAlert(
  ctx: AppContext,
  monitor: MonitorsTable,
  event: MonitorEventsTable,
  fallback: string | null,
) {
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
