import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type {
  CrisesTable,
  CrisisEventsTable,
  CrisisLinksTable,
  CrisisRolesTable,
  CrisisTasksTable,
} from "./tables.js";

type Db = Kysely<Database>;

export const OPEN_STATUSES = ["detected", "acknowledged", "mitigating", "monitoring"] as const;

export const crisesStore = {
  insert: (db: Db, row: CrisesTable) => db.insertInto("crises").values(row).execute(),

  byId: (db: Db, workspaceId: string, id: string) =>
    db
      .selectFrom("crises")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),

  update: (db: Db, workspaceId: string, id: string, set: Partial<CrisesTable>) =>
    db.updateTable("crises").set(set).where("workspace_id", "=", workspaceId).where("id", "=", id).execute(),

  /** Adds to the impact counters in one statement, so concurrent remedies never lose a count. */
  addImpact: (
    db: Db,
    workspaceId: string,
    id: string,
    delta: Partial<
      Record<
        "orders_affected" | "revenue_at_risk" | "customers_affected" | "remedies_given" | "remedies_cost",
        number
      >
    >,
    at: string,
  ) =>
    db
      .updateTable("crises")
      .set((eb) => {
        const set: Record<string, unknown> = { updated_at: at };
        for (const [k, v] of Object.entries(delta)) {
          if (v) set[k] = eb(eb.ref(k as "orders_affected"), "+", v);
        }
        return set as Partial<CrisesTable>;
      })
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .execute(),

  list: (
    db: Db,
    workspaceId: string,
    f: {
      statuses?: readonly string[] | undefined;
      drill?: boolean | undefined;
      type?: string | undefined;
      limit: number;
      before?: string | undefined;
    },
  ) => {
    let q = db.selectFrom("crises").selectAll().where("workspace_id", "=", workspaceId);
    if (f.statuses) q = q.where("status", "in", [...f.statuses]);
    if (f.drill !== undefined) q = q.where("drill", "=", f.drill ? 1 : 0);
    if (f.type) q = q.where("type", "=", f.type);
    if (f.before) q = q.where("id", "<", f.before);
    return q.orderBy("id", "desc").limit(f.limit).execute();
  },

  /** Open crises of every workspace, for the clock watch. */
  openAll: (db: Db, statuses: readonly string[]) =>
    db
      .selectFrom("crises")
      .select(["id", "workspace_id"])
      .where("status", "in", [...statuses])
      .orderBy("id")
      .execute(),

  /**
   * A fingerprint that moves whenever anything about the crisis changes (every change writes the
   * record's updated_at or a timeline event; key marks flip the sum). The live stream polls it so a
   * change made in another process (a worker, a second API server) still reaches the room.
   */
  version: async (db: Db, workspaceId: string, id: string) => {
    const [c, e] = await Promise.all([
      db
        .selectFrom("crises")
        .select("updated_at")
        .where("workspace_id", "=", workspaceId)
        .where("id", "=", id)
        .executeTakeFirst(),
      db
        .selectFrom("crisis_events")
        .select((eb) => [eb.fn.countAll().as("n"), eb.fn.sum("key_event").as("k")])
        .where("crisis_id", "=", id)
        .executeTakeFirst(),
    ]);
    return `${c?.updated_at ?? ""}|${e?.n ?? 0}|${e?.k ?? 0}`;
  },

  countOpen: async (db: Db, workspaceId: string) =>
    Number(
      (
        await db
          .selectFrom("crises")
          .select((e) => e.fn.countAll().as("n"))
          .where("workspace_id", "=", workspaceId)
          .where("status", "in", [...OPEN_STATUSES])
          .where("drill", "=", 0)
          .executeTakeFirst()
      )?.n ?? 0,
    ),

  insertEvent: async (db: Db, row: CrisisEventsTable) => {
    const r = await db
      .insertInto("crisis_events")
      .values(row)
      .onConflict((oc) => oc.columns(["crisis_id", "idem_key"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  eventByKey: (db: Db, crisisId: string, key: string) =>
    db
      .selectFrom("crisis_events")
      .selectAll()
      .where("crisis_id", "=", crisisId)
      .where("idem_key", "=", key)
      .executeTakeFirst(),
  eventsOf: (db: Db, crisisIds: string[]) =>
    crisisIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("crisis_events")
          .selectAll()
          .where("crisis_id", "in", crisisIds)
          .orderBy("at")
          .orderBy("id")
          .execute(),
  setKeyEvent: (db: Db, crisisId: string, eventId: string, key: boolean) =>
    db
      .updateTable("crisis_events")
      .set({ key_event: key ? 1 : 0 })
      .where("crisis_id", "=", crisisId)
      .where("id", "=", eventId)
      .executeTakeFirst(),

  insertTasks: (db: Db, rows: CrisisTasksTable[]) =>
    rows.length === 0
      ? Promise.resolve()
      : db
          .insertInto("crisis_tasks")
          .values(rows)
          .execute()
          .then(() => undefined),
  tasksOf: (db: Db, crisisIds: string[]) =>
    crisisIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("crisis_tasks")
          .selectAll()
          .where("crisis_id", "in", crisisIds)
          .orderBy("position")
          .execute(),
  taskById: (db: Db, crisisId: string, id: string) =>
    db
      .selectFrom("crisis_tasks")
      .selectAll()
      .where("crisis_id", "=", crisisId)
      .where("id", "=", id)
      .executeTakeFirst(),
  updateTask: (db: Db, crisisId: string, id: string, set: Partial<CrisisTasksTable>) =>
    db.updateTable("crisis_tasks").set(set).where("crisis_id", "=", crisisId).where("id", "=", id).execute(),
  maxTaskPosition: async (db: Db, crisisId: string) =>
    Number(
      (
        await db
          .selectFrom("crisis_tasks")
          .select((e) => e.fn.max("position").as("p"))
          .where("crisis_id", "=", crisisId)
          .executeTakeFirst()
      )?.p ?? 0,
    ),

  insertLink: async (db: Db, row: CrisisLinksTable) => {
    const r = await db
      .insertInto("crisis_links")
      .values(row)
      .onConflict((oc) => oc.columns(["crisis_id", "kind", "ref_id"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  deleteLink: (db: Db, crisisId: string, id: string) =>
    db.deleteFrom("crisis_links").where("crisis_id", "=", crisisId).where("id", "=", id).executeTakeFirst(),
  linksOf: (db: Db, crisisIds: string[]) =>
    crisisIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("crisis_links")
          .selectAll()
          .where("crisis_id", "in", crisisIds)
          .orderBy("created_at")
          .execute(),
  crisesLinkedTo: (db: Db, workspaceId: string, kind: string, refId: string) =>
    db
      .selectFrom("crisis_links")
      .select("crisis_id")
      .where("workspace_id", "=", workspaceId)
      .where("kind", "=", kind)
      .where("ref_id", "=", refId)
      .execute(),

  rolesOf: (db: Db, crisisIds: string[]) =>
    crisisIds.length === 0
      ? Promise.resolve([])
      : db.selectFrom("crisis_roles").selectAll().where("crisis_id", "in", crisisIds).execute(),
  role: (db: Db, crisisId: string, role: string) =>
    db
      .selectFrom("crisis_roles")
      .selectAll()
      .where("crisis_id", "=", crisisId)
      .where("role", "=", role)
      .executeTakeFirst(),
  setRole: (db: Db, row: CrisisRolesTable) =>
    db
      .insertInto("crisis_roles")
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(["crisis_id", "role"])
          .doUpdateSet({ user_id: row.user_id, user_name: row.user_name, since: row.since }),
      )
      .execute(),
  clearRole: (db: Db, crisisId: string, role: string) =>
    db.deleteFrom("crisis_roles").where("crisis_id", "=", crisisId).where("role", "=", role).execute(),
};
