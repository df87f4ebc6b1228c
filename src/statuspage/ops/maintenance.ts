import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { invalid, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Components } from "../components.js";
import type { ComponentId, I18n } from "../model.js";
import { statusStore as store } from "../store.js";
import { clean } from "./incidents.js";
import { MAINTENANCE_QUEUE, queueMaintenanceNotices } from "./maintenance-notices.js";

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
