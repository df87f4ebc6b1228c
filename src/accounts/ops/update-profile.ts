import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { teamEmail } from "../../core/email.js";
import { conflict, invalid, ServiceError } from "../../core/errors.js";
import { verifyPassword } from "../password.js";
import { accountsStore as store } from "../store.js";

export const profileInput = z
  .object({
    name: z.string().trim().min(1, "a name cannot be empty").max(200).optional(),
    email: teamEmail.optional(),
    /** Needed to change the e-mail address, which is what logging in and resets go by. */
    current_password: z.string().max(1024).optional(),
  })
  .refine((p) => p.name !== undefined || p.email !== undefined, {
    message: "give a new name or e-mail",
    path: ["name"],
  });
export type ProfileInput = z.infer<typeof profileInput>;

/** Each person changes their own name, and their e-mail address after giving their current password. */
export async function updateProfile(ctx: Pick<AppContext, "db">, userId: string, input: ProfileInput) {
  const user = await store.userById(ctx.db, userId);
  if (!user) throw new ServiceError("unauthorized", "this session has ended; log in again");
  const email = input.email !== undefined && input.email !== user.email ? input.email : undefined;
  if (email !== undefined) {
    // An account without a password yet (first admin before choosing one) has nothing to give.
    if (user.password_hash !== null) {
      if (!input.current_password) throw invalid("give your current password", "current_password");
      if (!(await verifyPassword(input.current_password, user.password_hash))) {
        throw invalid("the current password is wrong", "current_password");
      }
    }
    const other = await store.userByEmail(ctx.db, email);
    if (other && other.id !== user.id) throw conflict("another account uses this address", "email");
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (input.name !== undefined) await store.setName(trx, user.id, input.name);
    if (email !== undefined) await store.setEmail(trx, user.id, email);
  });
}
