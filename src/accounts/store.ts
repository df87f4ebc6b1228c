import type { Insertable, Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type { Role } from "../core/actor.js";
import type { ApiTokensTable, UsersTable, WorkspacesTable } from "./tables.js";

type Db = Kysely<Database>;

export const accountsStore = {
  countWorkspaces: async (db: Db) =>
    Number(
      (
        await db
          .selectFrom("workspaces")
          .select((e) => e.fn.countAll().as("n"))
          .executeTakeFirst()
      )?.n ?? 0,
    ),

  insertWorkspace: (db: Db, row: Insertable<WorkspacesTable>) =>
    db.insertInto("workspaces").values(row).execute(),
  workspaceById: (db: Db, id: string) =>
    db.selectFrom("workspaces").selectAll().where("id", "=", id).executeTakeFirst(),
  workspaceBySlug: (db: Db, slug: string) =>
    db.selectFrom("workspaces").selectAll().where("slug", "=", slug).executeTakeFirst(),
  firstWorkspace: (db: Db) =>
    db.selectFrom("workspaces").selectAll().orderBy("created_at").executeTakeFirst(),
  allWorkspaceIds: async (db: Db) =>
    (await db.selectFrom("workspaces").select("id").execute()).map((r) => r.id),

  insertUser: (db: Db, row: UsersTable) => db.insertInto("users").values(row).execute(),
  userByEmail: (db: Db, email: string) =>
    db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst(),
  userById: (db: Db, id: string) =>
    db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst(),
  setInstanceAdmin: (db: Db, userId: string, on: boolean) =>
    db
      .updateTable("users")
      .set({ instance_admin: on ? 1 : 0 })
      .where("id", "=", userId)
      .execute(),
  setPasswordHash: (db: Db, userId: string, hash: string) =>
    db.updateTable("users").set({ password_hash: hash }).where("id", "=", userId).execute(),

  setName: (db: Db, userId: string, name: string) =>
    db.updateTable("users").set({ name }).where("id", "=", userId).execute(),
  setEmail: (db: Db, userId: string, email: string) =>
    db.updateTable("users").set({ email }).where("id", "=", userId).execute(),
  /**
   * Takes the workspace's row lock for the rest of the transaction (PostgreSQL; SQLite has one writer
   * anyway), so two admins demoting or removing each other at once cannot both pass the last-admin check.
   */
  lockWorkspace: (db: Db, workspaceId: string) =>
    db
      .updateTable("workspaces")
      .set((eb) => ({ slug: eb.ref("slug") }))
      .where("id", "=", workspaceId)
      .execute(),
  setRole: (db: Db, workspaceId: string, userId: string, role: Role) =>
    db
      .updateTable("memberships")
      .set({ role })
      .where("workspace_id", "=", workspaceId)
      .where("user_id", "=", userId)
      .execute(),

  insertMembership: (db: Db, workspaceId: string, userId: string, role: Role, now: string) =>
    db
      .insertInto("memberships")
      .values({ workspace_id: workspaceId, user_id: userId, role, created_at: now })
      .onConflict((oc) => oc.columns(["workspace_id", "user_id"]).doUpdateSet({ role }))
      .execute(),
  membership: (db: Db, workspaceId: string, userId: string) =>
    db
      .selectFrom("memberships")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("user_id", "=", userId)
      .executeTakeFirst(),
  workspacesOfUser: (db: Db, userId: string) =>
    db
      .selectFrom("memberships")
      .innerJoin("workspaces", "workspaces.id", "memberships.workspace_id")
      .select([
        "workspaces.id",
        "workspaces.slug",
        "workspaces.name",
        "workspaces.language",
        "workspaces.currency",
        "memberships.role",
      ])
      .where("memberships.user_id", "=", userId)
      .orderBy("workspaces.name")
      .execute(),
  membersOf: (db: Db, workspaceId: string) =>
    db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select(["users.id", "users.email", "users.name", "users.time_zone", "memberships.role"])
      .where("memberships.workspace_id", "=", workspaceId)
      .orderBy("users.email")
      .execute(),

  insertSession: (db: Db, row: Database["sessions"]) => db.insertInto("sessions").values(row).execute(),
  sessionByHash: (db: Db, idHash: string) =>
    db.selectFrom("sessions").selectAll().where("id_hash", "=", idHash).executeTakeFirst(),
  setSessionWorkspace: (db: Db, idHash: string, workspaceId: string) =>
    db.updateTable("sessions").set({ workspace_id: workspaceId }).where("id_hash", "=", idHash).execute(),
  deleteSession: (db: Db, idHash: string) =>
    db.deleteFrom("sessions").where("id_hash", "=", idHash).execute(),
  /** Every session of a person but `keepHash` (the one that asked). */
  deleteSessionsOfUser: (db: Db, userId: string, keepHash: string | null) => {
    let q = db.deleteFrom("sessions").where("user_id", "=", userId);
    if (keepHash) q = q.where("id_hash", "!=", keepHash);
    return q.execute();
  },
  endReset: (db: Db, userId: string) =>
    db.updateTable("sessions").set({ reset_until: null }).where("user_id", "=", userId).execute(),
  deleteSessionsInWorkspace: (db: Db, workspaceId: string, userId: string) =>
    db.deleteFrom("sessions").where("workspace_id", "=", workspaceId).where("user_id", "=", userId).execute(),
  deleteMembership: (db: Db, workspaceId: string, userId: string) =>
    db
      .deleteFrom("memberships")
      .where("workspace_id", "=", workspaceId)
      .where("user_id", "=", userId)
      .execute(),
  countAdmins: async (db: Db, workspaceId: string) =>
    Number(
      (
        await db
          .selectFrom("memberships")
          .select((e) => e.fn.countAll().as("n"))
          .where("workspace_id", "=", workspaceId)
          .where("role", "=", "admin")
          .executeTakeFirst()
      )?.n ?? 0,
    ),

  insertToken: (db: Db, row: ApiTokensTable) => db.insertInto("api_tokens").values(row).execute(),
  tokenByHash: (db: Db, hash: string) =>
    db.selectFrom("api_tokens").selectAll().where("token_hash", "=", hash).executeTakeFirst(),
  touchToken: (db: Db, id: string, now: string) =>
    db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute(),
  tokensOf: (db: Db, workspaceId: string) =>
    db
      .selectFrom("api_tokens")
      .select(["id", "name", "role", "prefix", "created_at", "last_used_at"])
      .where("workspace_id", "=", workspaceId)
      .where("revoked_at", "is", null)
      .orderBy("created_at", "desc")
      .execute(),
  revokeToken: (db: Db, workspaceId: string, id: string, now: string) =>
    db
      .updateTable("api_tokens")
      .set({ revoked_at: now })
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .executeTakeFirst(),

  insertLoginLink: (db: Db, row: Database["login_links"]) =>
    db.insertInto("login_links").values(row).execute(),
  /** Marks the link used and returns it, in one statement, so a link works once even under a race. */
  consumeLoginLink: (db: Db, hash: string, now: string) =>
    db
      .updateTable("login_links")
      .set({ used_at: now })
      .where("token_hash", "=", hash)
      .where("used_at", "is", null)
      .where("expires_at", ">", now)
      .returning(["user_id", "workspace_id"])
      .executeTakeFirst(),
};
