import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type { ActionItemsTable, PostmortemsTable } from "./tables.js";

type Db = Kysely<Database>;

export const reviewStore = {
  postmortem: (db: Db, workspaceId: string, crisisId: string) =>
    db
      .selectFrom("postmortems")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("crisis_id", "=", crisisId)
      .executeTakeFirst(),

  /** Inserts the draft unless one exists: a job and a reader racing to draft it make one. */
  async insertPostmortem(db: Db, row: PostmortemsTable): Promise<boolean> {
    const r = await db
      .insertInto("postmortems")
      .values(row)
      .onConflict((oc) => oc.column("crisis_id").doNothing())
      .returning("id")
      .executeTakeFirst();
    return r !== undefined;
  },

  /** Compare-and-set on the revision: a stale editor changes nothing. */
  async updatePostmortem(
    db: Db,
    workspaceId: string,
    crisisId: string,
    revision: number,
    set: Partial<PostmortemsTable>,
  ) {
    const r = await db
      .updateTable("postmortems")
      .set({ ...set, revision: revision + 1 })
      .where("workspace_id", "=", workspaceId)
      .where("crisis_id", "=", crisisId)
      .where("revision", "=", revision)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  postmortemsOf: (db: Db, workspaceId: string) =>
    db.selectFrom("postmortems").selectAll().where("workspace_id", "=", workspaceId).execute(),

  insertAction: (db: Db, row: ActionItemsTable) => db.insertInto("action_items").values(row).execute(),

  action: (db: Db, workspaceId: string, id: string) =>
    db
      .selectFrom("action_items")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),

  updateAction: (db: Db, workspaceId: string, id: string, set: Partial<ActionItemsTable>) =>
    db
      .updateTable("action_items")
      .set(set)
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .execute(),

  deleteAction: (db: Db, workspaceId: string, id: string) =>
    db
      .deleteFrom("action_items")
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),

  actions(
    db: Db,
    workspaceId: string,
    f: { statuses?: string[] | undefined; crisisId?: string | undefined; dueBefore?: string | undefined },
    limit: number,
    after?: string,
  ) {
    let q = db.selectFrom("action_items").selectAll().where("workspace_id", "=", workspaceId);
    if (f.statuses) q = q.where("status", "in", f.statuses);
    if (f.crisisId) q = q.where("crisis_id", "=", f.crisisId);
    if (f.dueBefore) q = q.where("due_date", "<", f.dueBefore);
    if (after) q = q.where("id", ">", after);
    return q.orderBy("id").limit(limit).execute();
  },

  /** Unfinished items past their due date not yet reminded for that date, across workspaces. */
  overdue: (db: Db, today: string) =>
    db
      .selectFrom("action_items")
      .selectAll()
      .where("status", "in", ["open", "in_progress"])
      .where("due_date", "<", today)
      .where((eb) => eb.or([eb("reminded_for", "is", null), eb("reminded_for", "!=", eb.ref("due_date"))]))
      .orderBy("due_date")
      .limit(1000)
      .execute(),

  setReminded: (db: Db, id: string, due: string) =>
    db.updateTable("action_items").set({ reminded_for: due }).where("id", "=", id).execute(),
};
