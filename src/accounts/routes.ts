import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { invalid } from "../core/errors.js";
import { SESSION_COOKIE } from "../server/auth.js";
import { type App, actorOf } from "../server/types.js";
import {
  createTokenInput,
  createUserInput,
  createWorkspaceInput,
  linkInput,
  loginInput,
  memberOut,
  meOut,
  passwordInput,
  switchWorkspaceInput,
  tokenOut,
  workspaceOut,
} from "./schema.js";
import type { Session } from "./service.js";

const tags = ["accounts"];
const LOGIN_LIMIT = { max: 20, timeWindow: "1 minute" };

/** Puts a new session into the browser's cookie; used by every route that logs someone in. */
export function sessionCookie(ctx: AppContext) {
  return (reply: FastifyReply, session: Session) =>
    reply.setCookie(SESSION_COOKIE, session.secret, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: ctx.config.publicUrl.startsWith("https://"),
      expires: new Date(session.expiresAt),
    });
}

/** The `me` answer for a session just opened (its request carried no cookie yet). */
export function meOfSession(ctx: AppContext) {
  const accounts = ctx.services.accounts;
  return async (session: Session) =>
    accounts.me({
      workspaceId: session.workspaceId,
      userId: session.userId,
      role: (await accounts.resolveSession(session.secret))?.role ?? "viewer",
      tokenId: null,
      label: "",
    });
}

export function accountsRoutes(app: App, ctx: AppContext) {
  sessionRoutes(app, ctx);
  workspaceRoutes(app, ctx);
}

/** Signing in and out, who you are, your password, and which workspace you work in. */
function sessionRoutes(app: App, ctx: AppContext) {
  const accounts = ctx.services.accounts;
  const setCookie = sessionCookie(ctx);
  const meFor = meOfSession(ctx);

  app.post(
    "/api/v1/auth/login",
    {
      config: { access: "public", rateLimit: LOGIN_LIMIT },
      schema: { tags, summary: "Log in to the dashboard", body: loginInput, response: { 200: meOut } },
    },
    async (req, reply) => {
      const session = await accounts.login(req.body.email, req.body.password);
      setCookie(reply, session);
      return meFor(session);
    },
  );

  app.post(
    "/api/v1/auth/link",
    {
      config: { access: "public", rateLimit: LOGIN_LIMIT },
      schema: { tags, summary: "Log in with a one-time link", body: linkInput, response: { 200: meOut } },
    },
    async (req, reply) => {
      const session = await accounts.exchangeLink(req.body.token);
      setCookie(reply, session);
      return meFor(session);
    },
  );

  app.post(
    "/api/v1/auth/logout",
    { config: { access: "viewer" }, schema: { tags, summary: "End this session" } },
    async (req, reply) => {
      if (req.sessionSecret) await accounts.endSession(req.sessionSecret);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send();
    },
  );

  app.get(
    "/api/v1/auth/me",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "The signed-in user", response: { 200: meOut } },
    },
    async (req) => accounts.me(actorOf(req)),
  );

  app.post(
    "/api/v1/auth/password",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Change your password (give the current one); your other sessions end",
        body: passwordInput,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!actor.userId) throw invalid("an API token has no password");
      await accounts.changePassword({
        userId: actor.userId,
        currentPassword: req.body.current_password,
        password: req.body.password,
        keepSessionSecret: req.sessionSecret,
      });
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/auth/workspace",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "Switch workspace", body: switchWorkspaceInput, response: { 200: meOut } },
    },
    async (req) => {
      const actor = actorOf(req);
      if (!req.sessionSecret || !actor.userId) throw invalid("an API token is bound to one workspace");
      await accounts.switchWorkspace(req.sessionSecret, actor.userId, req.body.workspace_id);
      const next = await accounts.resolveSession(req.sessionSecret);
      return accounts.me(next ?? actor);
    },
  );
}

/** Workspaces, API tokens and users. */
function workspaceRoutes(app: App, ctx: AppContext) {
  const accounts = ctx.services.accounts;

  app.post(
    "/api/v1/workspaces",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Create a workspace (a brand or shop); you become its admin",
        body: createWorkspaceInput,
        response: { 201: workspaceOut },
      },
    },
    async (req, reply) => {
      const ws = await accounts.createWorkspaceFor(actorOf(req), req.body);
      return reply.status(201).send(ws);
    },
  );

  app.get(
    "/api/v1/tokens",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "API tokens",
        response: { 200: z.object({ items: z.array(tokenOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({ items: await accounts.listTokens(actorOf(req)), next_cursor: null }),
  );

  app.post(
    "/api/v1/tokens",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Create an API token (shown once)",
        body: createTokenInput,
        response: { 201: tokenOut.omit({ last_used_at: true }).extend({ token: z.string() }) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const token = await accounts.createToken({
        workspaceId: actor.workspaceId,
        ...req.body,
        createdBy: actor.userId,
      });
      return reply.status(201).send(token);
    },
  );

  app.delete(
    "/api/v1/tokens/:id",
    {
      config: { access: "admin" },
      schema: { tags, summary: "Revoke an API token", params: z.object({ id: z.string() }) },
    },
    async (req, reply) => {
      await accounts.revokeToken(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    "/api/v1/users",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Members of this workspace",
        response: { 200: z.object({ items: z.array(memberOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({ items: await accounts.listMembers(actorOf(req)), next_cursor: null }),
  );

  app.post(
    "/api/v1/users",
    {
      config: { access: "admin" },
      schema: { tags, summary: "Add a member", body: createUserInput, response: { 201: memberOut } },
    },
    async (req, reply) => reply.status(201).send(await accounts.addUser(actorOf(req), req.body)),
  );

  app.delete(
    "/api/v1/users/:id",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Remove a member from this workspace; their sessions in it end at once",
        params: z.object({ id: z.string().min(1).max(100) }),
      },
    },
    async (req, reply) => {
      await accounts.removeMember(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
