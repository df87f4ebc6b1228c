import type { AppContext } from "../../app/context.js";
import { invalid, ServiceError } from "../../core/errors.js";
import { hashSecret } from "../../core/ids.js";
import { hashPassword, verifyPassword } from "../password.js";
import { accountsStore as store } from "../store.js";

export interface ChangePasswordInput {
  userId: string;
  /**
   * Required once the account has a password, so a borrowed session cannot take the account over;
   * not for a fresh session from a one-time login link (the way back in after a forgotten password).
   */
  currentPassword: string | undefined;
  password: string;
  /** The session that asked; every other session of the person ends. */
  keepSessionSecret: string | null;
}

export async function changePassword(ctx: Pick<AppContext, "db" | "clock">, input: ChangePasswordInput) {
  const user = await store.userById(ctx.db, input.userId);
  if (!user) throw new ServiceError("unauthorized", "this session has ended; log in again");
  const session = input.keepSessionSecret
    ? await store.sessionByHash(ctx.db, hashSecret(input.keepSessionSecret))
    : undefined;
  const resetting = !!session?.reset_until && session.reset_until > ctx.clock.now().toISOString();
  if (user.password_hash !== null && !resetting) {
    if (!input.currentPassword) throw invalid("give your current password", "current_password");
    if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
      throw invalid("the current password is wrong", "current_password");
    }
  }
  const hash = await hashPassword(input.password);
  await ctx.db.transaction().execute(async (trx) => {
    await store.setPasswordHash(trx, user.id, hash);
    await store.endReset(trx, user.id);
    await store.deleteSessionsOfUser(
      trx,
      user.id,
      input.keepSessionSecret ? hashSecret(input.keepSessionSecret) : null,
    );
  });
}
