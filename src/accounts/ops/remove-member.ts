import type { Kysely } from "kysely";
import type { Database } from "../../app/database.js";
import type { Actor } from "../../core/actor.js";
import { conflict, forbidden, notFound } from "../../core/errors.js";
import { accountsStore as store } from "../store.js";

/**
 * Takes a person out of the actor's workspace. Their sessions in it end at once (every request checks
 * membership too, so nothing they hold keeps working); their account and other workspaces stay.
 */
export async function removeMember(ctx: { db: Kysely<Database> }, actor: Actor, userId: string) {
  if (actor.role !== "admin") throw forbidden("only an admin removes members");
  await ctx.db.transaction().execute(async (trx) => {
    // Two admins removing each other at once take turns, so the last-admin check sees the other's answer.
    await store.lockWorkspace(trx, actor.workspaceId);
    const member = await store.membership(trx, actor.workspaceId, userId);
    if (!member) throw notFound("member");
    if (member.role === "admin" && (await store.countAdmins(trx, actor.workspaceId)) <= 1) {
      throw conflict("this is the workspace's last admin; make someone else admin first", "id");
    }
    await store.deleteMembership(trx, actor.workspaceId, userId);
    await store.deleteSessionsInWorkspace(trx, actor.workspaceId, userId);
  });
}
