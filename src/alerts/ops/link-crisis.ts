import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict } from "../../core/errors.js";
import type { AlertOut } from "../schema.js";
import { alertsStore as store } from "../store.js";
import type { AlertsTable } from "../tables.js";
import { changed, now, outOf, rowOf } from "./internal.js";
import { transition } from "./transition.js";

/**
 * Records that the alert belongs to a crisis already open (the crises domain links it on its side),
 * and acknowledges it as opening one would: someone is on it.
 */
export async function linkCrisis(
  ctx: AppContext,
  actor: Actor,
  id: string,
  crisisId: string,
): Promise<AlertOut> {
  const row = await rowOf(ctx, actor, id);
  if (row.crisis_id && row.crisis_id !== crisisId)
    throw conflict(`this alert belongs to crisis ${row.crisis_id} already`, "crisis_id");
  if (row.crisis_id !== crisisId)
    await store.update(ctx.db, actor.workspaceId, id, { crisis_id: crisisId, updated_at: now(ctx) });
  return acknowledgeOnCrisis(ctx, actor, row);
}

/**
 * An alert that now belongs to a crisis is acknowledged (someone is on it) unless a person already
 * moved it on; answers the alert as stored.
 */
export async function acknowledgeOnCrisis(
  ctx: AppContext,
  actor: Actor,
  row: AlertsTable,
): Promise<AlertOut> {
  const id = row.id;
  if (row.status === "open" || row.status === "snoozed") {
    await transition(ctx, actor, id, ["open", "snoozed"], {
      status: "acknowledged",
      acknowledged_by: actor.label,
      acknowledged_at: now(ctx),
    }).catch(() => undefined);
  }
  changed(ctx, actor.workspaceId, id);
  const [after] = await outOf(ctx, actor.workspaceId, [
    (await store.byId(ctx.db, actor.workspaceId, id)) as AlertsTable,
  ]);
  return after as AlertOut;
}
