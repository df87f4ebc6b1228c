import { invalid } from "../../core/errors.js";
import { localize } from "../../plan/default-plan/index.js";
import { crisesStore as store } from "../store.js";
import { change, event, getRecord, type OpCtx, planOf } from "./internal.js";

/** Fills a role of the plan or hands it over; `userId` null frees it. */
export async function assignRole(c: OpCtx, input: { crisisId: string; role: string; userId: string | null }) {
  const { app, actor } = c;
  const { crisisId, role, userId } = input;
  const { plan, lang } = await planOf(app, actor.workspaceId);
  const planRole = plan.roles.find((r) => r.id === role);
  if (!planRole) throw invalid(`the plan has no role "${role}"`, "role");
  const member = userId
    ? (await app.services.accounts.listMembers(actor)).find((m) => m.id === userId)
    : null;
  if (userId && !member) throw invalid("that user is not a member of this workspace", "user_id");
  await change(c, crisisId, "role", async (trx) => {
    const at = app.clock.now().toISOString();
    const before = await store.role(trx, crisisId, role);
    if ((before?.user_id ?? null) === userId) return;
    const roleName = localize(planRole.name, lang);
    if (member) {
      await store.setRole(trx, {
        crisis_id: crisisId,
        workspace_id: actor.workspaceId,
        role,
        user_id: member.id,
        user_name: member.name,
        since: at,
      });
    } else {
      await store.clearRole(trx, crisisId, role);
    }
    const text = before
      ? member
        ? `${roleName}: handed over from ${before.user_name} to ${member.name}`
        : `${roleName}: ${before.user_name} stepped down`
      : `${roleName}: ${member?.name}`;
    await event(trx, actor, crisisId, {
      kind: before ? "role.handover" : "role.assigned",
      text,
      data: {
        role,
        role_name: roleName,
        from: before?.user_id ?? null,
        from_name: before?.user_name ?? null,
        to: member?.id ?? null,
        to_name: member?.name ?? null,
      },
      keyEvent: true,
      at,
    });
  });
  return getRecord(c, crisisId);
}
