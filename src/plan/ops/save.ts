import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { type Plan, planSchema } from "../default-plan/index.js";
import { planStore as store } from "../store.js";
import type { PlanRecordReader } from "./record.js";

export interface SavePlanInput {
  plan: Plan;
  revision?: number | undefined;
  note?: string | undefined;
  reviewed?: boolean;
}

/** Replaces the plan and keeps the old one as a revision; a stale `revision` is a lost update (409). */
export async function savePlan(
  ctx: AppContext,
  record: PlanRecordReader,
  actor: Actor,
  input: SavePlanInput,
) {
  const current = await record(actor.workspaceId);
  if (input.revision !== undefined && input.revision !== current.revision) {
    throw conflict(
      `the plan was changed by ${current.updatedBy} (revision ${current.revision}); reload and apply your edit again`,
      "revision",
    );
  }
  const plan = planSchema.parse(input.plan);
  const at = ctx.clock.now().toISOString();
  const data = JSON.stringify(plan);
  const next = current.revision + 1;
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await store.replace(trx, actor.workspaceId, current.revision, {
      revision: next,
      data,
      updated_at: at,
      updated_by: actor.label,
    });
    if (!ok) throw conflict("the plan was changed at the same moment; reload and try again", "revision");
    await store.insertRevision(trx, {
      id: newId(),
      workspace_id: actor.workspaceId,
      revision: next,
      data,
      note: input.note ?? "",
      reviewed: input.reviewed ? 1 : 0,
      created_by: actor.label,
      created_at: at,
    });
  });
  ctx.bus.publish(actor.workspaceId, "plan.updated", { revision: next });
  return record(actor.workspaceId);
}
