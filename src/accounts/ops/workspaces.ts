import type { AppContext } from "../../app/context.js";
import type { Actor, Role } from "../../core/actor.js";
import { conflict, forbidden, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { hashPassword } from "../password.js";
import { type CreateWorkspaceInput, createWorkspaceInput, type Me } from "../schema.js";
import { accountsStore as store } from "../store.js";

type Ctx = Pick<AppContext, "db" | "clock">;

export interface CreateUserInput {
  email: string;
  name: string;
  password?: string | undefined;
  instanceAdmin?: boolean;
}

export async function createWorkspace(ctx: Ctx, raw: CreateWorkspaceInput) {
  const input = createWorkspaceInput.parse(raw);
  if (await store.workspaceBySlug(ctx.db, input.slug))
    throw conflict(`workspace "${input.slug}" exists`, "slug");
  const row = { id: newId(), ...input, timezone: "UTC", created_at: ctx.clock.now().toISOString() };
  await store.insertWorkspace(ctx.db, row);
  return row;
}

/** Returns the existing user when the e-mail is known already (e-mails are compared lower-cased). */
export async function createUser(ctx: Ctx, input: CreateUserInput) {
  const email = input.email.trim().toLowerCase();
  const existing = await store.userByEmail(ctx.db, email);
  if (existing) return existing;
  const row = {
    id: newId(),
    email,
    name: input.name,
    password_hash: input.password ? await hashPassword(input.password) : null,
    language: null,
    time_zone: null,
    instance_admin: input.instanceAdmin ? 1 : 0,
    created_at: ctx.clock.now().toISOString(),
  };
  await store.insertUser(ctx.db, row);
  return row;
}

/** A new brand or shop; only an instance administrator creates one, and becomes its first admin. */
export async function createWorkspaceFor(ctx: Ctx, actor: Actor, raw: CreateWorkspaceInput) {
  if (!actor.userId) throw forbidden("create workspaces from a dashboard session, not an API token");
  const user = await store.userById(ctx.db, actor.userId);
  if (user?.instance_admin !== 1) {
    throw forbidden("only an instance administrator creates workspaces (`firebreak workspace create`)");
  }
  const ws = await createWorkspace(ctx, raw);
  await store.insertMembership(ctx.db, ws.id, actor.userId, "admin", ctx.clock.now().toISOString());
  return ws;
}

export async function addUser(
  ctx: Ctx,
  actor: Actor,
  input: { email: string; name: string; role: Role; password: string },
) {
  const user = await createUser(ctx, input);
  if (await store.membership(ctx.db, actor.workspaceId, user.id)) {
    throw conflict("this user is already a member", "email");
  }
  await store.insertMembership(ctx.db, actor.workspaceId, user.id, input.role, ctx.clock.now().toISOString());
  return { id: user.id, email: user.email, name: user.name, role: input.role };
}

export async function meOf(ctx: Ctx, actor: Actor): Promise<Me> {
  if (!actor.userId) throw forbidden("an API token has no user; use a dashboard session");
  const user = await store.userById(ctx.db, actor.userId);
  const ws = await store.workspaceById(ctx.db, actor.workspaceId);
  if (!user || !ws) throw notFound("session");
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      language: user.language,
      time_zone: user.time_zone,
      instance_admin: user.instance_admin === 1,
    },
    workspace: { id: ws.id, slug: ws.slug, name: ws.name, language: ws.language, currency: ws.currency },
    role: actor.role,
    workspaces: await store.workspacesOfUser(ctx.db, user.id),
  };
}
