import { type Kysely, sql } from "kysely";
import type { Database } from "../app/database.js";
import { hashSecret } from "../core/ids.js";
import type {
  StatusComponentsTable,
  StatusIncidentsTable,
  StatusMaintenanceTable,
  StatusSubscribersTable,
  StatusUpdatesTable,
} from "./tables.js";

type Db = Kysely<Database>;

export const statusStore = {
  components: (db: Db, ws: string) =>
    db
      .selectFrom("status_components")
      .selectAll()
      .where("workspace_id", "=", ws)
      .orderBy("position")
      .orderBy("created_at")
      .execute(),
  component: (db: Db, ws: string, id: string) =>
    db
      .selectFrom("status_components")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("component", "=", id)
      .executeTakeFirst(),
  setComponent: (db: Db, ws: string, component: string, state: string, note: string | null, at: string) =>
    db
      .updateTable("status_components")
      .set({ state, note, updated_at: at })
      .where("workspace_id", "=", ws)
      .where("component", "=", component)
      .executeTakeFirst(),
  insertComponent: (db: Db, row: StatusComponentsTable) =>
    db.insertInto("status_components").values(row).execute(),
  updateComponent: (db: Db, ws: string, id: string, set: Partial<StatusComponentsTable>) =>
    db
      .updateTable("status_components")
      .set(set)
      .where("workspace_id", "=", ws)
      .where("component", "=", id)
      .executeTakeFirst(),
  deleteComponent: (db: Db, ws: string, id: string) =>
    db
      .deleteFrom("status_components")
      .where("workspace_id", "=", ws)
      .where("component", "=", id)
      .executeTakeFirst(),
  /** True when this call marked the workspace as given its defaults (false: it had them already). */
  markSeeded: async (db: Db, ws: string, at: string) => {
    const r = await db
      .insertInto("status_page_setup")
      .values({ workspace_id: ws, components_seeded_at: at })
      .onConflict((oc) => oc.column("workspace_id").doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  insertIncident: (db: Db, row: StatusIncidentsTable) =>
    db.insertInto("status_incidents").values(row).execute(),
  incident: (db: Db, ws: string, id: string) =>
    db
      .selectFrom("status_incidents")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("id", "=", id)
      .executeTakeFirst(),
  incidentOfCrisis: (db: Db, ws: string, crisisId: string) =>
    db
      .selectFrom("status_incidents")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("crisis_id", "=", crisisId)
      .orderBy("created_at", "desc")
      .executeTakeFirst(),
  /**
   * An update's effect on its incident. `resolvedAt` is the time of a resolving update, null otherwise:
   * an incident already resolved keeps its first resolution (a second "resolved" note does not move the
   * outage's end), one reopened since (resolved_at set back to null) takes the new one. Done in SQL, so
   * two resolving updates at once cannot both win.
   */
  updateIncident: (
    db: Db,
    ws: string,
    id: string,
    set: Partial<Omit<StatusIncidentsTable, "resolved_at">>,
    resolvedAt: string | null,
  ) =>
    db
      .updateTable("status_incidents")
      .set({
        ...set,
        resolved_at: resolvedAt === null ? null : sql<string>`coalesce(resolved_at, ${resolvedAt})`,
      })
      .where("workspace_id", "=", ws)
      .where("id", "=", id)
      .execute(),
  /** Open incidents, and those updated since `since`, newest first. */
  incidents: (db: Db, ws: string, since: string, limit: number) =>
    db
      .selectFrom("status_incidents")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where((e) => e.or([e("resolved_at", "is", null), e("updated_at", ">=", since)]))
      .orderBy("created_at", "desc")
      .limit(limit)
      .execute(),
  /** Every open incident, however many newer ones were resolved since (a cap against a runaway script). */
  openIncidents: (db: Db, ws: string) =>
    db
      .selectFrom("status_incidents")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("resolved_at", "is", null)
      .orderBy("created_at", "desc")
      .limit(500)
      .execute(),
  /** The latest incidents whatever their age (v2's `incidents.json`, as Statuspage's: the 50 latest). */
  latestIncidents: (db: Db, ws: string, limit: number) =>
    db
      .selectFrom("status_incidents")
      .selectAll()
      .where("workspace_id", "=", ws)
      .orderBy("created_at", "desc")
      .limit(limit)
      .execute(),

  insertUpdate: (db: Db, row: StatusUpdatesTable) => db.insertInto("status_updates").values(row).execute(),
  update: (db: Db, id: string) =>
    db.selectFrom("status_updates").selectAll().where("id", "=", id).executeTakeFirst(),
  updatesOf: (db: Db, incidentIds: string[]) =>
    incidentIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("status_updates")
          .selectAll()
          .where("incident_id", "in", incidentIds)
          .orderBy("published_at", "desc")
          .execute(),
  recentUpdates: (db: Db, ws: string, limit: number) =>
    db
      .selectFrom("status_updates")
      .innerJoin("status_incidents", "status_incidents.id", "status_updates.incident_id")
      .selectAll("status_updates")
      .select(["status_incidents.title as incident_title"])
      .where("status_updates.workspace_id", "=", ws)
      .orderBy("status_updates.published_at", "desc")
      .limit(limit)
      .execute(),

  insertMaintenance: (db: Db, row: StatusMaintenanceTable) =>
    db.insertInto("status_maintenance").values(row).execute(),
  maintenance: (db: Db, ws: string, endsAfter: string) =>
    db
      .selectFrom("status_maintenance")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("ends_at", ">", endsAfter)
      .where("cancelled_at", "is", null)
      .orderBy("starts_at")
      .execute(),
  maintenanceById: (db: Db, id: string) =>
    db.selectFrom("status_maintenance").selectAll().where("id", "=", id).executeTakeFirst(),
  /** Windows that ended in (since, until]: the feed's "completed" entries. */
  maintenanceEnded: (db: Db, ws: string, since: string, until: string) =>
    db
      .selectFrom("status_maintenance")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("ends_at", ">", since)
      .where("ends_at", "<=", until)
      .where("cancelled_at", "is", null)
      .orderBy("ends_at", "desc")
      .limit(50)
      .execute(),
  /** Windows cancelled in (since, until]: the feed's "cancelled" entries. */
  maintenanceCancelled: (db: Db, ws: string, since: string, until: string) =>
    db
      .selectFrom("status_maintenance")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("cancelled_at", ">", since)
      .where("cancelled_at", "<=", until)
      .orderBy("cancelled_at", "desc")
      .limit(50)
      .execute(),
  /** The first notice's time, kept once (a later phase or a rerun leaves it). */
  announceMaintenance: (db: Db, id: string, at: string) =>
    db
      .updateTable("status_maintenance")
      .set({ announced_at: at })
      .where("id", "=", id)
      .where("announced_at", "is", null)
      .execute(),
  /** New times for a window not called off, with the list of its moves (the feed's "rescheduled" entries). */
  rescheduleMaintenance: (
    db: Db,
    ws: string,
    id: string,
    set: { starts_at: string; ends_at: string; moves: string },
  ) =>
    db
      .updateTable("status_maintenance")
      .set(set)
      .where("workspace_id", "=", ws)
      .where("id", "=", id)
      .where("cancelled_at", "is", null)
      .executeTakeFirst(),
  cancelMaintenance: (db: Db, ws: string, id: string, at: string) =>
    db
      .updateTable("status_maintenance")
      .set({ cancelled_at: at })
      .where("workspace_id", "=", ws)
      .where("id", "=", id)
      .executeTakeFirst(),

  insertSubscriber: (db: Db, row: StatusSubscribersTable) =>
    db
      .insertInto("status_subscribers")
      .values(row)
      .onConflict((oc) => oc.columns(["workspace_id", "email"]).doNothing())
      .execute(),
  subscriberByEmail: (db: Db, ws: string, email: string) =>
    db
      .selectFrom("status_subscribers")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("email", "=", email)
      .executeTakeFirst(),
  subscriberByToken: (db: Db, token: string) =>
    db
      .selectFrom("status_subscribers")
      .selectAll()
      .where("token_hash", "=", hashSecret(token))
      .executeTakeFirst(),
  setSubscriber: (db: Db, id: string, set: Partial<StatusSubscribersTable>) =>
    db.updateTable("status_subscribers").set(set).where("id", "=", id).execute(),
  subscribers: (db: Db, ws: string, confirmedOnly: boolean) => {
    let q = db.selectFrom("status_subscribers").selectAll().where("workspace_id", "=", ws);
    if (confirmedOnly) q = q.where("confirmed_at", "is not", null).where("unsubscribed_at", "is", null);
    return q.orderBy("created_at").execute();
  },
};
