import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { CrisisRecord } from "../../crises/schema.js";
import { firstDraft, timesAgainstPlan } from "../draft.js";
import { labelsFor } from "../labels.js";
import { reviewStore as store } from "../store.js";
import type { PostmortemsTable } from "../tables.js";

const isResolved = (c: { status: string }) => c.status === "resolved" || c.status === "closed";

/** The crisis's post-mortem row, drafted from the crisis on first sight. */
export async function ensureDraft(ctx: AppContext, actor: Actor, c: CrisisRecord): Promise<PostmortemsTable> {
  const existing = await store.postmortem(ctx.db, actor.workspaceId, c.id);
  if (existing) return existing;
  const rec = await ctx.services.plan.record(actor.workspaceId);
  const l = labelsFor(rec.language);
  const severity = await ctx.services.plan.severity(actor.workspaceId, c.severity);
  const { time_zone: timeZone } = await ctx.services.accounts.settings(actor.workspaceId);
  const d = firstDraft(c, timesAgainstPlan(c, severity, l), l, ctx.clock.now().toISOString(), {
    timeZone,
    language: rec.language,
  });
  const at = ctx.clock.now().toISOString();
  await store.insertPostmortem(ctx.db, {
    id: newId(),
    workspace_id: actor.workspaceId,
    crisis_id: c.id,
    status: "draft",
    blameless: 1,
    summary: d.summary,
    causes: "[]",
    contributing_factors: JSON.stringify(d.contributing_factors),
    went_well: JSON.stringify(d.went_well),
    went_badly: JSON.stringify(d.went_badly),
    revision: 1,
    drafted_at: at,
    updated_at: at,
    updated_by: "Firebreak",
  });
  ctx.bus.publish(actor.workspaceId, "postmortem.drafted", { crisis_id: c.id });
  const row = await store.postmortem(ctx.db, actor.workspaceId, c.id);
  if (!row) throw new Error("post-mortem vanished right after it was drafted");
  return row;
}

export async function resolvedCrisis(ctx: AppContext, actor: Actor, crisisId: string) {
  const c = await ctx.services.crises.get(actor, crisisId);
  if (!isResolved(c))
    throw conflict(`the crisis is ${c.status}: its post-mortem is drafted once it is resolved`, "status");
  // Nothing happened to customers in a drill: its score and times live in the crisis room instead.
  if (c.drill) throw conflict("a drill gets no post-mortem: its score is in the crisis room", "drill");
  return c;
}
