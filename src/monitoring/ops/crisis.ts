import type { AppContext } from "../../app/context.js";
import { systemActor } from "../../core/actor.js";
import { failureOf } from "../failure.js";
import type { CrisisMapping } from "../schema.js";
import { monitoringStore as store } from "../store.js";
import type { MonitorEventsTable, MonitorsTable } from "../tables.js";

/**
 * Down with a crisis mapping: join the open crisis of that type if there is one, else open it, with the
 * monitor linked as evidence. Up: note the recovery on the crisis. Safe to repeat (job retries): the
 * link is looked up first and events carry an idempotency key.
 */
export async function crisisFor(
  ctx: AppContext,
  monitor: MonitorsTable,
  event: MonitorEventsTable,
  fallback: string | null,
) {
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
    await crises.addEvent(actor, crisisId, {
      kind: "monitor_down",
      text,
      data: {
        monitor: monitor.name,
        reason: event.reason ?? null,
        why: failureOf(event.reason ?? null),
        fallback: fallback ?? null,
      },
      key,
    });
    await store.update(ctx.db, monitor.workspace_id, monitor.id, { crisis_id: crisisId });
  } else if (linkedOpen) {
    await crises.addEvent(actor, linkedOpen.id, {
      kind: "monitor_up",
      text: `${monitor.name} is up again`,
      data: { monitor: monitor.name },
      key,
    });
    await store.update(ctx.db, monitor.workspace_id, monitor.id, { crisis_id: null });
  }
}
