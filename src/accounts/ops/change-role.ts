import type { AppContext } from "../../app/context.js";
import type { Actor, Role } from "../../core/actor.js";
import { conflict, forbidden, notFound } from "../../core/errors.js";
import { accountsStore as store } from "../store.js";

/**
 * Gives a member another role. Only an admin does it, and never so that the workspace is left without an
 * admin (the lock makes two admins demoting each other at once take turns, so one of them is refused).
 */
export async function changeRole(ctx: Pick<AppContext, "db">, actor: Actor, userId: string, role: Role) {
  if (actor.role !== "admin") throw forbidden("only an admin changes roles");
  return ctx.db.transaction().execute(async (trx) => {
    await store.lockWorkspace(trx, actor.workspaceId);
    const member = await store.membership(trx, actor.workspaceId, userId);
    if (!member) throw notFound("member");
    if (
      member.role === "admin" &&
      role !== "admin" &&
      (await store.countAdmins(trx, actor.workspaceId)) <= 1
    ) {
      throw conflict("this is the workspace's last admin; make someone else admin first", "role");
    }
    await store.setRole(trx, actor.workspaceId, userId, role);
    const user = await store.userById(trx, userId);
    return { id: userId, email: user?.email ?? "", name: user?.name ?? "", role };
  });
}
