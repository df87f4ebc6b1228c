import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { invalid } from "../core/errors.js";
import { type App, actorOf } from "../server/types.js";
import { acceptInput, invitationTokenInput } from "./ops/accept-invitation.js";
import { inviteInput } from "./ops/invite-member.js";
import { profileInput } from "./ops/update-profile.js";
import { meOfSession, sessionCookie } from "./routes.js";
import { memberOut, meOut, roleSchema } from "./schema.js";

const tags = ["accounts"];
const idParams = z.object({ id: z.string().min(1).max(100) });
const LINK_LIMIT = { max: 20, timeWindow: "1 minute" };

const invitationOut = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  invited_by: z.string().nullable(),
  created_at: z.string(),
  expires_at: z.string(),
});

/** The team: invitations, roles, resets by an admin, and each person's own name and e-mail. */
export function teamRoutes(app: App, ctx: AppContext) {
  registerInvitationRoutes(app, ctx);
  registerMemberRoutes(app, ctx);
}

/** Inviting (admins) and answering an invitation link (anyone holding the token). */
function registerInvitationRoutes(app: App, ctx: AppContext) {
  const accounts = ctx.services.accounts;
  const setCookie = sessionCookie(ctx);
  const meFor = meOfSession(ctx);

  app.get(
    "/api/v1/invitations",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Invitations waiting for an answer",
        response: { 200: z.object({ items: z.array(invitationOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({ items: await accounts.listInvitations(actorOf(req)), next_cursor: null }),
  );

  app.post(
    "/api/v1/invitations",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Invite someone by e-mail: a one-time link, valid for 7 days, replaces older ones",
        body: inviteInput,
        response: { 201: invitationOut },
      },
    },
    async (req, reply) => reply.status(201).send(await accounts.invite(actorOf(req), req.body)),
  );

  app.delete(
    "/api/v1/invitations/:id",
    {
      config: { access: "admin" },
      schema: { tags, summary: "Withdraw an invitation; its link stops working", params: idParams },
    },
    async (req, reply) => {
      await accounts.revokeInvitation(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/auth/invitation",
    {
      config: { access: "public", rateLimit: LINK_LIMIT },
      schema: {
        tags,
        summary: "What an invitation link leads to (the token is the credential)",
        body: invitationTokenInput,
        response: {
          200: z.object({
            email: z.string(),
            role: roleSchema,
            workspace_name: z.string(),
            expires_at: z.string(),
            has_account: z.boolean(),
          }),
        },
      },
    },
    async (req) => accounts.lookupInvitation(req.body.token),
  );

  app.post(
    "/api/v1/auth/invitation/accept",
    {
      config: { access: "public", rateLimit: LINK_LIMIT },
      schema: {
        tags,
        summary: "Accept an invitation: set name and password (or give yours) and log in",
        body: acceptInput,
        response: { 200: meOut },
      },
    },
    async (req, reply) => {
      const session = await accounts.acceptInvitation(req.body);
      setCookie(reply, session);
      return meFor(session);
    },
  );
}

/** A member's role and password reset (admins), and each person's own profile. */
function registerMemberRoutes(app: App, ctx: AppContext) {
  const accounts = ctx.services.accounts;

  app.patch(
    "/api/v1/users/:id",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Change a member's role (a workspace always keeps an admin)",
        params: idParams,
        body: z.object({ role: roleSchema }),
        response: { 200: memberOut },
      },
    },
    async (req) => accounts.changeRole(actorOf(req), req.params.id, req.body.role),
  );

  app.post(
    "/api/v1/users/:id/password-reset",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "E-mail a member a one-time link to set a new password; their sessions end now",
        params: idParams,
        response: { 202: z.object({ expires_at: z.string() }) },
      },
    },
    async (req, reply) =>
      reply.status(202).send(await accounts.resetMemberPassword(actorOf(req), req.params.id)),
  );

  app.patch(
    "/api/v1/auth/me",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Change your own name, or your e-mail (give your current password)",
        body: profileInput,
        response: { 200: meOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      if (!actor.userId) throw invalid("an API token has no name or e-mail to change");
      await accounts.updateProfile(actor.userId, req.body);
      return accounts.me(actor);
    },
  );
}
