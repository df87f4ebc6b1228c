import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type { PlanRevisionsTable, PlansTable } from "./tables.js";

type Db = Kysely<Database>;

export const planStore = {
  byWorkspace: (db: Db, workspaceId: string) =>
    db.selectFrom("plans").selectAll().where("workspace_id", "=", workspaceId).executeTakeFirst(),

  /** Inserts the first copy; false when another request made it first. */
  insertIfAbsent: async (db: Db, row: PlansTable) => {
    const r = await db
      .insertInto("plans")
      .values(row)
      .onConflict((oc) => oc.column("workspace_id").doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  /** Compare-and-set on the revision, so two editors cannot overwrite each other silently. */
  replace: async (db: Db, workspaceId: string, fromRevision: number, set: Partial<PlansTable>) => {
    const r = await db
      .updateTable("plans")
      .set(set)
      .where("workspace_id", "=", workspaceId)
      .where("revision", "=", fromRevision)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  setRemindedFor: (db: Db, workspaceId: string, date: string) =>
    db.updateTable("plans").set({ reminded_for: date }).where("workspace_id", "=", workspaceId).execute(),

  allWorkspaceIds: async (db: Db) =>
    (await db.selectFrom("plans").select("workspace_id").execute()).map((r) => r.workspace_id),

  insertRevision: (db: Db, row: PlanRevisionsTable) => db.insertInto("plan_revisions").values(row).execute(),

  revisions: (db: Db, workspaceId: string, limit: number) =>
    db
      .selectFrom("plan_revisions")
      .select(["id", "revision", "note", "reviewed", "created_by", "created_at"])
      .where("workspace_id", "=", workspaceId)
      .orderBy("revision", "desc")
      .limit(limit)
      .execute(),

  revision: (db: Db, workspaceId: string, revision: number) =>
    db
      .selectFrom("plan_revisions")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("revision", "=", revision)
      .executeTakeFirst(),

  lastReviewed: (db: Db, workspaceId: string) =>
    db
      .selectFrom("plan_revisions")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("reviewed", "=", 1)
      .orderBy("revision", "desc")
      .executeTakeFirst(),
};
