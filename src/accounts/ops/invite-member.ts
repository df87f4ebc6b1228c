import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { teamEmail } from "../../core/email.js";
import { conflict, forbidden, notFound } from "../../core/errors.js";
import { hashSecret, newId, randomSecret } from "../../core/ids.js";
import { LANGUAGES } from "../../core/lang.js";
import { formatForCustomer } from "../../core/zoned-time.js";
import { invitationStore } from "../invitation-store.js";
import { roleSchema } from "../schema.js";
import { accountsStore as store } from "../store.js";
import { invitationMail } from "../team-mail.js";

export const INVITATION_DAYS = 7;

export const inviteInput = z.object({
  email: teamEmail,
  role: roleSchema,
  /** The e-mail's language; the workspace's default language when absent. */
  language: z.enum(LANGUAGES).optional(),
});
export type InviteInput = z.input<typeof inviteInput>;

/**
 * Invites someone by e-mail: a one-time link (only its hash is stored) valid for seven days. A newer
 * invitation to the same address replaces the older one, so only the latest link works.
 */
export async function inviteMember(ctx: AppContext, actor: Actor, raw: InviteInput) {
  if (actor.role !== "admin") throw forbidden("only an admin invites people");
  const input = inviteInput.parse(raw);
  if (!ctx.services.mail.configured()) {
    throw conflict(
      "e-mail is not set up on this server (SMTP_HOST); add the person with a first password",
      "email",
    );
  }
  const existing = await store.userByEmail(ctx.db, input.email);
  if (existing && (await store.membership(ctx.db, actor.workspaceId, existing.id))) {
    throw conflict("this person is already a member of this workspace", "email");
  }
  const ws = await store.workspaceById(ctx.db, actor.workspaceId);
  if (!ws) throw notFound("workspace");
  const settings = await ctx.services.accounts.settings(actor.workspaceId);
  const inviter = actor.userId ? await store.userById(ctx.db, actor.userId) : undefined;
  const language = input.language ?? settings.default_language;

  const secret = randomSecret();
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    workspace_id: actor.workspaceId,
    email: input.email,
    role: input.role,
    token_hash: hashSecret(secret),
    invited_by: actor.userId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + INVITATION_DAYS * 86400_000).toISOString(),
    accepted_at: null,
    revoked_at: null,
  };
  const mail = invitationMail(language, {
    inviter: inviter?.name || inviter?.email || actor.label,
    workspace: ws.name,
    role: input.role,
    link: `${ctx.config.publicUrl}/invite?token=${secret}`,
    expires: formatForCustomer(row.expires_at, { timeZone: settings.time_zone, language }),
  });
  // The invitation and its e-mail commit together: no link is mailed that does not exist, and none lost.
  await ctx.db.transaction().execute(async (trx) => {
    await invitationStore.revoke(trx, actor.workspaceId, row.created_at, { email: input.email });
    await invitationStore.insert(trx, row);
    await ctx.services.mail.send(
      { workspaceId: actor.workspaceId, to: input.email, ...mail, language },
      { key: `invitation:${row.id}`, db: trx },
    );
  });
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    invited_by: row.invited_by,
    created_at: row.created_at,
    expires_at: row.expires_at,
  };
}

export async function listInvitations(ctx: AppContext, actor: Actor) {
  if (actor.role !== "admin") throw forbidden("only an admin sees invitations");
  return invitationStore.pending(ctx.db, actor.workspaceId, ctx.clock.now().toISOString());
}

export async function revokeInvitation(ctx: AppContext, actor: Actor, id: string) {
  if (actor.role !== "admin") throw forbidden("only an admin withdraws invitations");
  const r = await invitationStore.revoke(ctx.db, actor.workspaceId, ctx.clock.now().toISOString(), { id });
  if (!r.numUpdatedRows) throw notFound("invitation");
}
