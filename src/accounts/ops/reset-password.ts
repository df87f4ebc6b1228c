import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { forbidden, invalid, notFound } from "../../core/errors.js";
import { hashSecret, randomSecret } from "../../core/ids.js";
import { isLanguage } from "../../core/lang.js";
import { canonicalTimeZone, formatForCustomer, type ZonedOptions } from "../../core/zoned-time.js";
import { accountsStore as store } from "../store.js";
import { resetMail } from "../team-mail.js";

const RESET_HOURS = 24;

/** The member's own clock, named as their language names it ("04:15 czas: Nowy Jork"), else the shop's. */
const zoneOf = (own: string | null, shopZone: string, language: string): ZonedOptions => {
  const mine = own ? canonicalTimeZone(own) : null;
  return mine ? { timeZone: mine, language, naming: "reader" } : { timeZone: shopZone, language };
};

/**
 * An admin sends a member a one-time link to choose a new password (the login-link path: it opens a
 * session that may set a password without the old one). Every session the member has ends at once, in
 * case the reset is because one was stolen; the old password works until the new one is set, so a lost
 * e-mail does not lock them out.
 */
export async function resetMemberPassword(ctx: AppContext, actor: Actor, userId: string) {
  if (actor.role !== "admin") throw forbidden("only an admin resets passwords");
  if (actor.userId === userId) throw invalid("change your own password under My account", "id");
  const member = await store.membership(ctx.db, actor.workspaceId, userId);
  const user = await store.userById(ctx.db, userId);
  if (!member || !user) throw notFound("member");
  const admin = actor.userId ? await store.userById(ctx.db, actor.userId) : undefined;
  const settings = await ctx.services.accounts.settings(actor.workspaceId);
  const language = user.language && isLanguage(user.language) ? user.language : settings.default_language;

  const secret = randomSecret();
  const now = ctx.clock.now();
  const expires = new Date(now.getTime() + RESET_HOURS * 3600_000).toISOString();
  const mail = resetMail(language, {
    admin: admin?.name || admin?.email || actor.label,
    email: user.email,
    link: `${ctx.config.publicUrl}/login?link=${secret}`,
    expires: formatForCustomer(expires, zoneOf(user.time_zone, settings.time_zone, language)),
  });
  await ctx.db.transaction().execute(async (trx) => {
    await store.insertLoginLink(trx, {
      token_hash: hashSecret(secret),
      user_id: userId,
      workspace_id: actor.workspaceId,
      expires_at: expires,
      used_at: null,
    });
    await store.deleteSessionsOfUser(trx, userId, null);
    await ctx.services.mail.send(
      { workspaceId: actor.workspaceId, to: user.email, ...mail, language },
      { key: `password-reset:${hashSecret(secret)}`, db: trx },
    );
  });
  return { expires_at: expires };
}
