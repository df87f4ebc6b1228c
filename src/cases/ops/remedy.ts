import type { AppContext } from "../../app/context.js";
import { type Actor, roleAtLeast } from "../../core/actor.js";
import { conflict, forbidden, invalid, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { caseTopic, toRemedyOut } from "../assemble.js";
import { type RemedyKind, topicPolicyOf } from "../policy.js";
import { casesStore as store } from "../store.js";
import type { CaseRemediesTable } from "../tables.js";
import { give, month, recordCrisisCost } from "./give.js";
import { changed, event, now, policy, rowOf, samePerson, seniorEmails } from "./internal.js";

const NO_MONEY = new Set<RemedyKind>(["apology"]);

export interface RemedyInput {
  kind: RemedyKind;
  amount?: number | undefined;
  currency?: string | undefined;
}

export async function addRemedy(ctx: AppContext, actor: Actor, caseId: string, input: RemedyInput) {
  const p = await policy(ctx, actor.workspaceId);
  // Read before the transaction: the store may have a single connection.
  const approvers = ctx.services.mail.configured() ? await seniorEmails(ctx, actor.workspaceId, p) : [];
  const out = await ctx.db.transaction().execute(async (trx) => {
    const row = await rowOf(trx, actor.workspaceId, caseId);
    const tp = topicPolicyOf(p, caseTopic(JSON.parse(row.topics)));
    const amount = NO_MONEY.has(input.kind) ? 0 : (input.amount ?? tp.amount);
    const currency = input.currency ?? p.currency;
    if (currency !== p.currency && amount > 0)
      throw invalid(`the policy counts money in ${p.currency}; give the amount in ${p.currency}`, "currency");
    const limit = p.limits[input.kind] ?? 0;
    // Above the limit it always waits, even for the approver: giving and approving are two deliberate steps.
    const needsApproval = amount > limit;
    const at = now(ctx);
    const r: CaseRemediesTable = {
      id: newId(),
      workspace_id: actor.workspaceId,
      case_id: caseId,
      crisis_id: row.crisis_id,
      kind: input.kind,
      status: needsApproval ? "awaiting_approval" : "given",
      amount,
      currency,
      cost: amount,
      code: null,
      requested_by: actor.label,
      requested_by_user: actor.userId,
      decided_by: needsApproval ? null : actor.label,
      decided_at: needsApproval ? null : at,
      month: needsApproval ? null : month(at),
      created_at: at,
    };
    await store.insertRemedy(trx, r);
    if (!needsApproval) {
      await give(ctx, trx, actor, row, r, p);
      return r;
    }
    const sum = (n: number) => `${(n / 100).toFixed(2)} ${currency}`;
    await event(
      ctx,
      trx,
      actor,
      caseId,
      "remedy.requested",
      `Remedy ${input.kind} of ${sum(amount)} is above the limit of ${(limit / 100).toFixed(2)}: waiting for an approver (${p.approver_role})`,
      {
        remedy_id: r.id,
        kind: input.kind,
        amount,
        currency,
        limit,
        approver_role: p.approver_role,
      },
    );
    if (approvers.length) {
      const who = row.customer_name ?? row.customer_handle ?? row.customer_email ?? "a customer";
      await ctx.services.mail.send(
        {
          workspaceId: actor.workspaceId,
          to: approvers,
          subject: `Approve a remedy: ${input.kind} of ${sum(amount)} for ${who}`,
          text: `${actor.label} asks to give ${input.kind} of ${sum(amount)} to ${who}; the policy's limit is ${sum(limit)}.\n\nApprove or reject it here: ${ctx.config.publicUrl}/cases/${caseId}`,
        },
        { key: `remedy-approval:${r.id}`, db: trx },
      );
    }
    return r;
  });
  if (out.status === "given") await recordCrisisCost(ctx, actor, out);
  changed(ctx, actor.workspaceId, caseId, "remedy");
  return toRemedyOut(out);
}

export async function decideRemedy(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  remedyId: string,
  approve: boolean,
) {
  const p = await policy(ctx, actor.workspaceId);
  if (!roleAtLeast(actor.role, p.approver_role))
    throw forbidden(`approving a remedy needs the ${p.approver_role} role`);
  const out = await ctx.db.transaction().execute(async (trx) => {
    const row = await rowOf(trx, actor.workspaceId, caseId);
    const r = await store.remedyById(trx, actor.workspaceId, remedyId);
    if (!r || r.case_id !== caseId) throw notFound("remedy");
    // Withdrawing one's own request is fine; giving it needs a second person unless the shop allows it.
    if (
      approve &&
      !p.allow_self_approval &&
      samePerson(actor, { userId: r.requested_by_user, label: r.requested_by })
    )
      throw forbidden(
        "four eyes: someone other than the requester approves this remedy (a one-person shop can allow self-approval in the policy)",
      );
    const at = now(ctx);
    const set = {
      status: approve ? "given" : "rejected",
      decided_by: actor.label,
      decided_at: at,
      month: approve ? month(at) : null,
      crisis_id: row.crisis_id,
    };
    if (!(await store.decideRemedy(trx, actor.workspaceId, remedyId, set)))
      throw conflict(`this remedy is ${r.status.replace("_", " ")} already`, "status");
    const next = { ...r, ...set };
    if (approve) await give(ctx, trx, actor, row, next, p);
    else
      await event(ctx, trx, actor, caseId, "remedy.rejected", `Remedy ${r.kind} rejected`, {
        remedy_id: r.id,
        kind: r.kind,
      });
    return next;
  });
  if (out.status === "given") await recordCrisisCost(ctx, actor, out);
  changed(ctx, actor.workspaceId, caseId, "remedy");
  return toRemedyOut(out);
}
