import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { invalid, ServiceError } from "../../core/errors.js";
import { hashSecret, newId } from "../../core/ids.js";
import { invitationStore } from "../invitation-store.js";
import { hashPassword, verifyPassword } from "../password.js";
import { accountsStore as store } from "../store.js";

const GONE = "this invitation was used already, withdrawn or has expired; ask an admin for a new one";

export const invitationTokenInput = z.object({ token: z.string().min(10).max(200) });
export const acceptInput = invitationTokenInput.extend({
  /** For a new account; a person who has an account keeps their name. */
  name: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(10, "use at least 10 characters").max(1024),
});
export type AcceptInput = z.infer<typeof acceptInput>;

/** What the accept page shows before anyone types: where the link leads, and whether to log in or sign up. */
export async function lookupInvitation(ctx: AppContext, token: string) {
  const inv = await invitationStore.usableByHash(ctx.db, hashSecret(token), ctx.clock.now().toISOString());
  if (!inv) throw new ServiceError("not_found", GONE, "token");
  const ws = await store.workspaceById(ctx.db, inv.workspace_id);
  const user = await store.userByEmail(ctx.db, inv.email);
  return {
    email: inv.email,
    role: inv.role,
    workspace_name: ws?.name ?? "",
    expires_at: inv.expires_at,
    /** True: the address has an account already, so its current password joins, no new one is set. */
    has_account: !!user?.password_hash,
  };
}

/**
 * Joins the workspace with the invitation's role and returns who to log in. A new address becomes an
 * account with the name and password given. An address that has an account proves it with its current
 * password: an invitation link must not let whoever holds it take over someone's account.
 */
export async function acceptInvitation(ctx: AppContext, input: AcceptInput) {
  const hash = hashSecret(input.token);
  const inv = await invitationStore.usableByHash(ctx.db, hash, ctx.clock.now().toISOString());
  if (!inv) throw new ServiceError("not_found", GONE, "token");
  const user = await store.userByEmail(ctx.db, inv.email);
  if (user?.password_hash) {
    if (!(await verifyPassword(input.password, user.password_hash))) {
      throw invalid("this is not the password of the account with this address", "password");
    }
  } else if (!input.name) {
    throw invalid("tell us your name", "name");
  }
  const newHash = user?.password_hash ? null : await hashPassword(input.password);

  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    const taken = await invitationStore.consume(trx, hash, now);
    if (!taken) throw new ServiceError("not_found", GONE, "token");
    let userId = user?.id;
    if (!userId) {
      userId = newId();
      await store.insertUser(trx, {
        id: userId,
        email: inv.email,
        name: input.name ?? "",
        password_hash: newHash,
        language: null,
        time_zone: null,
        instance_admin: 0,
        created_at: now,
      });
    } else if (newHash) {
      // An account made without a password (a CLI login link never used) gets the one chosen here.
      await store.setPasswordHash(trx, userId, newHash);
      if (input.name) await store.setName(trx, userId, input.name);
    }
    await store.insertMembership(trx, taken.workspace_id, userId, taken.role, now);
    return { userId, workspaceId: taken.workspace_id };
  });
}
