import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict, invalid } from "../../core/errors.js";
import { alertData } from "../notify.js";
import { followUpPaging } from "../paging-notify.js";
import type { AlertOut } from "../schema.js";
import { alertsStore as store } from "../store.js";
import type { AlertStatus, AlertsTable } from "../tables.js";
import { changed, now, outOf, rowOf } from "./internal.js";

export async function transition(
  ctx: AppContext,
  actor: Actor,
  id: string,
  from: AlertStatus[],
  patch: Partial<AlertsTable>,
) {
  const row = await rowOf(ctx, actor, id);
  const ws = actor.workspaceId;
  // Acknowledging or closing an incident's first alert does the same to the alerts grouped under it.
  const cascade = patch.status === "acknowledged" || patch.status === "closed";
  const memberIds = cascade ? ((await store.groups(ctx.db, ws, [id])).members.get(id) ?? []) : [];
  const done = await ctx.db.transaction().execute(async (trx) => {
    const moved: string[] = [];
    for (const target of [row, ...(await store.byIds(trx, ws, memberIds))]) {
      const r = await store.transition(trx, ws, target.id, from, { ...patch, updated_at: now(ctx) });
      if (!Number(r.numUpdatedRows)) {
        if (target.id === id) return null;
        continue;
      }
      moved.push(target.id);
      if (patch.status === "acknowledged" || patch.status === "closed") {
        const action = patch.status === "closed" ? "resolve" : "acknowledge";
        await followUpPaging(ctx, trx, { ...target, ...patch } as AlertsTable, action, actor.label);
      }
      if (patch.status === "closed") {
        await ctx.services.webhooks.emit(
          ws,
          "alert.closed",
          alertData({ ...target, ...patch } as AlertsTable, ctx.config.publicUrl),
          { key: `alert.closed_${target.id}`, db: trx },
        );
      }
    }
    return moved;
  });
  if (!done) throw conflict(`this alert is ${row.status}`, "status");
  for (const moved of done) changed(ctx, ws, moved);
  return (await outOf(ctx, ws, [(await store.byId(ctx.db, ws, id)) as AlertsTable]))[0] as AlertOut;
}

export const acknowledge = (ctx: AppContext, actor: Actor, id: string) =>
  transition(ctx, actor, id, ["open", "snoozed"], {
    status: "acknowledged",
    acknowledged_by: actor.label,
    acknowledged_at: now(ctx),
    snoozed_until: null,
  });

export function snooze(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { until?: string | undefined; minutes?: number | undefined },
) {
  const until = input.until
    ? new Date(input.until)
    : new Date(ctx.clock.now().getTime() + (input.minutes ?? 60) * 60_000);
  if (until.getTime() <= ctx.clock.now().getTime())
    throw invalid("snooze until a time in the future", "until");
  return transition(ctx, actor, id, ["open", "acknowledged", "snoozed"], {
    status: "snoozed",
    snoozed_until: until.toISOString(),
  });
}

export const close = (ctx: AppContext, actor: Actor, id: string) =>
  transition(ctx, actor, id, ["open", "acknowledged", "snoozed"], {
    status: "closed",
    closed_by: actor.label,
    closed_at: now(ctx),
  });
