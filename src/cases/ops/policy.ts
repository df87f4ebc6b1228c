import type { AppContext } from "../../app/context.js";
import { type Actor, roleAtLeast } from "../../core/actor.js";
import { forbidden } from "../../core/errors.js";
import { keepSecrets, maskPolicy, mergePolicy, type RemedyPolicy, sealPolicySecrets } from "../policy.js";
import { casesStore as store } from "../store.js";
import { now, policy } from "./internal.js";

/** The policy as readers see it: webhook secrets are write-only. */
export async function policyView(ctx: AppContext, workspaceId: string) {
  return maskPolicy(await policy(ctx, workspaceId));
}

export async function putPolicy(ctx: AppContext, actor: Actor, input: Partial<RemedyPolicy>) {
  const current = await policy(ctx, actor.workspaceId);
  const next = mergePolicy(current, keepSecrets(current, input));
  await store.saveSettings(
    ctx.db,
    actor.workspaceId,
    JSON.stringify(sealPolicySecrets(next)),
    actor.label,
    now(ctx),
  );
  return maskPolicy(next);
}

/** A forbidden error unless the actor holds the policy's approver role. */
export async function assertApprover(ctx: AppContext, actor: Actor) {
  const p = await policy(ctx, actor.workspaceId);
  if (!roleAtLeast(actor.role, p.approver_role))
    throw forbidden(`approving needs the ${p.approver_role} role`);
}
