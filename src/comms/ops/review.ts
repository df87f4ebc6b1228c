import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { forbidden } from "../../core/errors.js";
import type { CommsMessagesTable } from "../tables.js";
import { checkBreachParts } from "./breach.js";
import { approvalRule, load, move, now, rendered, translations } from "./internal.js";

/** Is the actor the message's writer or requester, with self-approval not allowed? */
async function requestedBy(ctx: AppContext, actor: Actor, row: CommsMessagesTable) {
  const same = (userId: string | null, label: string | null) =>
    actor.userId && userId ? actor.userId === userId : actor.label === label;
  const mine = same(row.created_by_user, row.created_by) || same(row.submitted_by_user, row.submitted_by);
  if (!mine) return false;
  return !(await ctx.services.cases.policy(actor.workspaceId)).allow_self_approval;
}

export async function submit(ctx: AppContext, actor: Actor, id: string) {
  const row = await load(ctx, actor, id);
  await checkBreachParts(ctx, actor, row);
  await rendered(ctx, actor, row);
  for (const t of translations(row)) await rendered(ctx, actor, t);
  return move(
    ctx,
    actor,
    row,
    ["draft"],
    { status: "review", submitted_by: actor.label, submitted_by_user: actor.userId, submitted_at: now(ctx) },
    "submitted",
  );
}

export async function approve(ctx: AppContext, actor: Actor, id: string) {
  const row = await load(ctx, actor, id);
  await checkBreachParts(ctx, actor, row);
  const rule = await approvalRule(ctx, row);
  // Four eyes, for admins too: neither the writer nor the one who asked for approval approves it,
  // unless the workspace allows self-approval (a one-person shop).
  if (rule.required && (await requestedBy(ctx, actor, row)))
    throw forbidden(
      "four eyes: the plan asks for someone other than the author or requester to approve this message (a one-person shop can allow self-approval in the remedy policy)",
    );
  if (rule.approvers.length > 0 && actor.role !== "admin") {
    const holds = row.crisis_id
      ? (await ctx.services.crises.get(actor, row.crisis_id)).roles.some(
          (r) => r.user_id !== null && r.user_id === actor.userId && rule.approvers.includes(r.role),
        )
      : false;
    if (!holds)
      throw forbidden(`the plan lets only these crisis roles approve it: ${rule.approvers.join(", ")}`);
  }
  return move(
    ctx,
    actor,
    row,
    ["draft", "review"],
    { status: "approved", approved_by: actor.label, approved_by_user: actor.userId, approved_at: now(ctx) },
    "approved",
    { required: rule.required },
  );
}

export async function reject(ctx: AppContext, actor: Actor, id: string, reason: string) {
  const row = await load(ctx, actor, id);
  return move(
    ctx,
    actor,
    row,
    ["review", "approved"],
    { status: "draft", approved_by: null, approved_at: null },
    "rejected",
    { reason },
  );
}

export async function cancel(ctx: AppContext, actor: Actor, id: string) {
  const row = await load(ctx, actor, id);
  return move(ctx, actor, row, ["draft", "review", "approved"], { status: "cancelled" }, "cancelled");
}
