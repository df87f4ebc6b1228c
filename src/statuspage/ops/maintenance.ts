import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict, invalid, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Components } from "../components.js";
import type { ComponentId, I18n, MaintenanceMove } from "../model.js";
import { statusStore as store } from "../store.js";
import { clean } from "./incidents.js";
import { MAINTENANCE_QUEUE, queueMaintenanceNotices, queueRescheduled } from "./maintenance-notices.js";

export interface MaintenanceInput {
  title: I18n;
  body: I18n;
  components: ComponentId[];
  starts_at: string;
  ends_at: string;
}

interface Deps {
  ctx: Pick<AppContext, "db" | "clock" | "jobs">;
  components: Pick<Components, "requireKnown">;
  /** The service's after-write hook: renderings dropped, live views told, static copy refreshed. */
  changed: (workspaceId: string) => Promise<void>;
}

export async function scheduleMaintenance(deps: Deps, actor: Actor, input: MaintenanceInput) {
  const { ctx, components, changed } = deps;
  if (input.ends_at <= input.starts_at) throw invalid("the end must be after the start", "ends_at");
  await components.requireKnown(actor.workspaceId, input.components, "components");
  const id = newId();
  const window = {
    id,
    starts_at: new Date(input.starts_at).toISOString(),
    ends_at: new Date(input.ends_at).toISOString(),
  };
  // The window and its notices commit together: subscribers hear of every window the page shows.
  await ctx.db.transaction().execute(async (trx) => {
    await store.insertMaintenance(trx, {
      ...window,
      workspace_id: actor.workspaceId,
      title: JSON.stringify(clean(input.title)),
      body: JSON.stringify(clean(input.body)),
      components: JSON.stringify(input.components),
      cancelled_at: null,
      announced_at: null,
      moves: null,
      created_at: ctx.clock.now().toISOString(),
    });
    await queueMaintenanceNotices(ctx, window, trx);
  });
  await changed(actor.workspaceId);
  return { id };
}

export async function cancelMaintenance(deps: Deps, actor: Actor, id: string) {
  const { ctx, changed } = deps;
  const r = await store.cancelMaintenance(ctx.db, actor.workspaceId, id, ctx.clock.now().toISOString());
  if (!Number(r.numUpdatedRows)) throw notFound("maintenance");
  await ctx.jobs.enqueue(
    MAINTENANCE_QUEUE,
    { maintenanceId: id, phase: "cancelled" },
    { key: `maintenance:${id}:cancelled` },
  );
  await changed(actor.workspaceId);
}

/**
 * Moves a window. A begun window keeps its start (only its end can move: an overrun); one that is over
 * or called off cannot move. Subscribers who heard of it get a "rescheduled" notice with the new times.
 */
export async function rescheduleMaintenance(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { starts_at: string; ends_at: string },
) {
  const { ctx, changed } = deps;
  const next = {
    starts_at: new Date(input.starts_at).toISOString(),
    ends_at: new Date(input.ends_at).toISOString(),
  };
  if (next.ends_at <= next.starts_at) throw invalid("the end must be after the start", "ends_at");
  const now = ctx.clock.now().toISOString();
  const moved = await ctx.db.transaction().execute(async (trx) => {
    const m = await store.maintenanceById(trx, id);
    if (!m || m.workspace_id !== actor.workspaceId || m.cancelled_at) throw notFound("maintenance");
    if (m.ends_at <= now) throw conflict("the window is over: post a new one", "ends_at");
    if (m.starts_at <= now && next.starts_at !== m.starts_at)
      throw conflict("the window has begun: only its end can move", "starts_at");
    if (next.ends_at <= now) throw invalid("the end must be in the future", "ends_at");
    if (next.starts_at === m.starts_at && next.ends_at === m.ends_at) return false;
    const moves: MaintenanceMove[] = [
      ...(m.moves ? (JSON.parse(m.moves) as MaintenanceMove[]) : []),
      { at: now, starts_at: m.starts_at, ends_at: m.ends_at },
    ];
    await store.rescheduleMaintenance(trx, actor.workspaceId, id, { ...next, moves: JSON.stringify(moves) });
    await queueRescheduled(ctx, { id, ...next }, trx);
    return true;
  });
  if (moved) await changed(actor.workspaceId);
  return { id, ...next };
}
