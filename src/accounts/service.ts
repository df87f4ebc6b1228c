import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import type { Actor, Role } from "../core/actor.js";
import { invalid, notFound } from "../core/errors.js";
import { hashSecret } from "../core/ids.js";
import { ActorCache, authCacheMs } from "./actor-cache.js";
import { zoneLookup } from "./member-zones.js";
import { type AcceptInput, acceptInvitation, lookupInvitation } from "./ops/accept-invitation.js";
import { type ChangePasswordInput, changePassword } from "./ops/change-password.js";
import { changeRole } from "./ops/change-role.js";
import { type InviteInput, inviteMember, listInvitations, revokeInvitation } from "./ops/invite-member.js";
import { removeMember } from "./ops/remove-member.js";
import { resetMemberPassword } from "./ops/reset-password.js";
import { createSessionOps, type Session } from "./ops/sessions.js";
import { type CreateTokenInput, createToken, resolveToken, revokeToken } from "./ops/tokens.js";
import { type ProfileInput, updateProfile } from "./ops/update-profile.js";
import {
  addUser,
  type CreateUserInput,
  createUser as createUserOp,
  createWorkspaceFor,
  createWorkspace as createWorkspaceOp,
  meOf,
} from "./ops/workspaces.js";
import { hashPassword } from "./password.js";
import type { CreateWorkspaceInput, Me } from "./schema.js";
import { accountsStore as store } from "./store.js";
import { getWorkspaceSettings } from "./workspace-settings.js";

export type { Session } from "./ops/sessions.js";
export { TOKEN_PREFIX } from "./ops/tokens.js";

export type AccountsService = ReturnType<typeof createAccountsService>;

/**
 * The service's methods that change nothing a resolved caller depends on. Every other method empties
 * the actor cache once it has settled (committed or failed), so a change made through this service
 * (revoke, remove, new role, new password, ended session) is seen by the very next request. A method
 * added later is on the safe side by default: it empties the cache until it is listed here.
 */
const READS = new Set([
  "resolveSession",
  "resolveToken",
  "me",
  "listTokens",
  "listMembers",
  "memberZones",
  "listInvitations",
  "lookupInvitation",
  "workspace",
  "workspaceBySlug",
  "firstWorkspace",
  "allWorkspaceIds",
  "settings",
]);

function invalidating<T extends object>(service: T, cache: ActorCache): T {
  const out = { ...service } as Record<string, unknown>;
  for (const [name, fn] of Object.entries(service)) {
    if (typeof fn !== "function" || READS.has(name)) continue;
    out[name] = (...args: unknown[]) => {
      let result: unknown;
      try {
        result = fn(...args);
      } catch (err) {
        cache.clear();
        throw err;
      }
      if (result instanceof Promise) return result.finally(() => cache.clear());
      cache.clear();
      return result;
    };
  }
  return out as T;
}

/** Built with the whole context: invitations and resets send e-mail through `ctx.services.mail` when called. */
export function createAccountsService(ctx: AppContext) {
  const { db } = ctx;
  const now = () => ctx.clock.now().toISOString();

  const createWorkspace = (raw: CreateWorkspaceInput) => createWorkspaceOp(ctx, raw);
  const createUser = (input: CreateUserInput) => createUserOp(ctx, input);
  const sessions = createSessionOps(ctx);
  const actors = new ActorCache(authCacheMs(), () => ctx.clock.now().getTime());

  return invalidating(
    {
      createWorkspace,
      createUser,
      createLoginLink: sessions.createLoginLink,

      /**
       * On an empty store: one workspace and one admin without a password, reached through a one-time
       * link. Returns the link, or null when the store already has a workspace.
       */
      async bootstrap(): Promise<{ link: string; workspaceSlug: string } | null> {
        if ((await store.countWorkspaces(db)) > 0) return null;
        const ws = await createWorkspace({ name: "My shop", slug: "my-shop" });
        const admin = await createUser({ email: "admin@localhost", name: "Admin", instanceAdmin: true });
        await store.insertMembership(db, ws.id, admin.id, "admin", now());
        return { link: await sessions.createLoginLink(admin.id, ws.id), workspaceSlug: ws.slug };
      },

      /** A new brand or shop; only an instance administrator creates one, and becomes its first admin. */
      createWorkspaceFor: (actor: Actor, raw: CreateWorkspaceInput) => createWorkspaceFor(ctx, actor, raw),

      /** From the command line only: whoever runs it has the store, so already runs the installation. */
      async setInstanceAdmin(userId: string, on: boolean) {
        await store.setInstanceAdmin(db, userId, on);
      },

      async addMember(workspaceId: string, userId: string, role: Role) {
        await store.insertMembership(db, workspaceId, userId, role, now());
      },

      login: sessions.login,
      exchangeLink: sessions.exchangeLink,
      resolveSession: (secret: string) =>
        actors.resolve(`s:${hashSecret(secret)}`, () => sessions.resolveSession(secret)),
      endSession: sessions.endSession,
      switchWorkspace: sessions.switchWorkspace,

      changePassword: (input: ChangePasswordInput) => changePassword(ctx, input),
      removeMember: (actor: Actor, userId: string) => removeMember(ctx, actor, userId),
      changeRole: (actor: Actor, userId: string, role: Role) => changeRole(ctx, actor, userId, role),
      resetMemberPassword: (actor: Actor, userId: string) => resetMemberPassword(ctx, actor, userId),
      updateProfile: (userId: string, input: ProfileInput) => updateProfile(ctx, userId, input),
      invite: (actor: Actor, input: InviteInput) => inviteMember(ctx, actor, input),
      listInvitations: (actor: Actor) => listInvitations(ctx, actor),
      revokeInvitation: (actor: Actor, id: string) => revokeInvitation(ctx, actor, id),
      lookupInvitation: (token: string) => lookupInvitation(ctx, token),
      /** Joins the workspace and opens a session there for the person who accepted. */
      async acceptInvitation(input: AcceptInput): Promise<Session> {
        const joined = await acceptInvitation(ctx, input);
        return sessions.startSession(joined.userId, joined.workspaceId);
      },

      async setPassword(userId: string, password: string) {
        await store.setPasswordHash(db, userId, await hashPassword(password));
      },

      me: (actor: Actor): Promise<Me> => meOf(ctx, actor),

      createToken: (input: CreateTokenInput) => createToken(ctx, input),
      resolveToken: (secret: string) =>
        actors.resolve(`t:${hashSecret(secret)}`, () => resolveToken(ctx, secret)),
      listTokens: (actor: Actor) => store.tokensOf(db, actor.workspaceId),

      revokeToken: (actor: Actor, id: string) => revokeToken(ctx, actor, id),

      /** The workspace's members (with each one's own `time_zone`); inside a transaction pass `{ db: trx }`. */
      listMembers: (actor: Actor, o: { db?: Kysely<Database> } = {}) =>
        store.membersOf(o.db ?? db, actor.workspaceId),

      /** Each member's own zone by id or e-mail (member-zones.ts); inside a transaction pass `{ db: trx }`. */
      memberZones: async (actor: Actor, o: { db?: Kysely<Database> } = {}) =>
        zoneLookup(await store.membersOf(o.db ?? db, actor.workspaceId)),

      addUser: (actor: Actor, input: { email: string; name: string; role: Role; password: string }) =>
        addUser(ctx, actor, input),

      async workspace(id: string) {
        const ws = await store.workspaceById(db, id);
        if (!ws) throw notFound("workspace");
        return ws;
      },

      async workspaceBySlug(slug: string) {
        const ws = await store.workspaceBySlug(db, slug);
        if (!ws) throw invalid(`no workspace with slug "${slug}"`, "workspace");
        return ws;
      },

      firstWorkspace: () => store.firstWorkspace(db),
      allWorkspaceIds: () => store.allWorkspaceIds(db),
      /**
       * Name, time zone, customer languages, currency, brand, public address (./workspace-settings.ts).
       * `db`: read inside the caller's transaction (on SQLite another read would wait for it to end).
       */
      settings: (workspaceId: string, o: { db?: Kysely<Database> } = {}) =>
        getWorkspaceSettings(o.db ? { db: o.db } : ctx, workspaceId),
    },
    actors,
  );
}
