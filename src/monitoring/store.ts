import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../app/database.js";
import { lockForClaim } from "../db/claim.js";
import type { DialectName } from "../db/database.js";
import { columnType } from "../db/migration.js";
import type {
  MonitorChecksTable,
  MonitorEventsTable,
  MonitorRollupsTable,
  MonitorState,
  MonitorsTable,
} from "./tables.js";

type Db = Kysely<Database> | Transaction<Database>;

export interface CheckWrite {
  monitorId: string;
  workspaceId: string;
  at: string;
  ok: boolean;
  latencyMs: number | null;
  latenessMs: number;
  error: string | null;
}

export const monitoringStore = {
  insert: (db: Db, row: MonitorsTable) => db.insertInto("monitors").values(row).execute(),

  byId: (db: Db, workspaceId: string, id: string) =>
    db
      .selectFrom("monitors")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),

  byHeartbeat: (db: Db, hash: string) =>
    db
      .selectFrom("monitors")
      .selectAll()
      .where("heartbeat_hash", "=", hash)
      .where("type", "=", "heartbeat")
      .executeTakeFirst(),

  list: (
    db: Db,
    workspaceId: string,
    opts: {
      limit: number;
      after?: string | undefined;
      state?: MonitorState | undefined;
      type?: string | undefined;
    },
  ) => {
    let q = db.selectFrom("monitors").selectAll().where("workspace_id", "=", workspaceId);
    if (opts.after) q = q.where("id", ">", opts.after);
    if (opts.state) q = q.where("state", "=", opts.state);
    if (opts.type) q = q.where("type", "=", opts.type as MonitorsTable["type"]);
    return q.orderBy("id").limit(opts.limit).execute();
  },

  update: (db: Db, workspaceId: string, id: string, set: Partial<MonitorsTable>) =>
    db
      .updateTable("monitors")
      .set(set)
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),

  async remove(db: Db, workspaceId: string, id: string): Promise<boolean> {
    const r = await db
      .deleteFrom("monitors")
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!r.numDeletedRows) return false;
    await db.deleteFrom("monitor_checks").where("monitor_id", "=", id).execute();
    await db.deleteFrom("monitor_rollups").where("monitor_id", "=", id).execute();
    await db.deleteFrom("monitor_events").where("monitor_id", "=", id).execute();
    return true;
  },

  /**
   * Claims the enabled monitors due before `horizon`: each claimed row's due time moves to its next slot
   * in the same transaction, so no other scheduler (process) takes the same slot. On PostgreSQL the
   * sub-select skips rows another claimer holds; the conditional update guards SQLite files shared by
   * several processes.
   */
  async claimDue(
    db: Kysely<Database>,
    dialect: DialectName,
    args: { horizon: string; limit: number; nextOf: (row: MonitorsTable) => string },
  ): Promise<MonitorsTable[]> {
    return db.transaction().execute(async (trx) => {
      const rows = await lockForClaim(
        trx
          .selectFrom("monitors")
          .selectAll()
          .where("enabled", "=", 1)
          .where("next_run_at", "<=", args.horizon)
          .orderBy("next_run_at")
          .limit(args.limit),
        dialect,
      ).execute();
      if (rows.length === 0) return [];
      // One statement for the whole claim (a VALUES list joined to the table) rather than one per row:
      // at thousands of checks a minute the per-statement cost is what the scheduler pays.
      const values = sql.join(rows.map((r) => sql`(${r.id}, ${args.nextOf(r)}, ${r.next_run_at})`));
      const won = await sql<{ id: string }>`update monitors set next_run_at = v.column2
        from (values ${values}) as v
        where monitors.id = v.column1 and monitors.next_run_at = v.column3
        returning monitors.id`.execute(trx);
      const ids = new Set(won.rows.map((r) => r.id));
      const claimed = rows.filter((r) => ids.has(r.id));
      return claimed;
    });
  },

  /** Gives back a claimed slot that will not run here (the scheduler is stopping). */
  unclaim: (db: Db, id: string, claimedNext: string, scheduled: string) =>
    db
      .updateTable("monitors")
      .set({ next_run_at: scheduled })
      .where("id", "=", id)
      .where("next_run_at", "=", claimedNext)
      .execute(),

  async insertChecks(db: Db, checks: CheckWrite[]): Promise<void> {
    for (let i = 0; i < checks.length; i += 400) {
      const rows: MonitorChecksTable[] = checks.slice(i, i + 400).map((c) => ({
        monitor_id: c.monitorId,
        workspace_id: c.workspaceId,
        at: c.at,
        ok: c.ok ? 1 : 0,
        latency_ms: c.latencyMs,
        lateness_ms: Math.round(c.latenessMs),
        error: c.error,
      }));
      await db.insertInto("monitor_checks").values(rows).execute();
    }
  },

  /** The last check of each monitor in a batch, written in one statement per few hundred monitors. */
  async setLast(db: Db, dialect: DialectName, checks: CheckWrite[]): Promise<void> {
    const latest = new Map<string, CheckWrite>();
    for (const c of checks) latest.set(c.monitorId, c);
    const all = [...latest.values()];
    const dbl = sql.raw(columnType.double(dialect));
    for (let i = 0; i < all.length; i += 300) {
      const values = sql.join(
        all
          .slice(i, i + 300)
          .map(
            (c) =>
              sql`(${c.monitorId}, cast(${c.at} as text), cast(${c.latencyMs} as ${dbl}), cast(${c.error} as text))`,
          ),
      );
      await sql`update monitors
        set last_checked_at = v.column2, last_latency_ms = v.column3, last_error = v.column4
        from (values ${values}) as v
        where monitors.id = v.column1`.execute(db);
    }
  },

  /** The current rows of these monitors, by id. */
  async states(db: Db, ids: string[]): Promise<Map<string, MonitorsTable>> {
    const out = new Map<string, MonitorsTable>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db
        .selectFrom("monitors")
        .selectAll()
        .where("id", "in", ids.slice(i, i + 500))
        .execute();
      for (const r of rows) out.set(r.id, r);
    }
    return out;
  },

  /**
   * Moves states in bulk, each only if it is still `from` (compare-and-set); returns the ids that moved.
   */
  async moveStates(
    db: Db,
    moves: { id: string; from: MonitorState; to: MonitorState }[],
    at: string,
  ): Promise<Set<string>> {
    const won = new Set<string>();
    for (let i = 0; i < moves.length; i += 300) {
      const values = sql.join(
        moves.slice(i, i + 300).map((m) => sql`(${m.id}, cast(${m.from} as text), cast(${m.to} as text))`),
      );
      const r = await sql<{ id: string }>`update monitors set state = v.column3, state_changed_at = ${at}
        from (values ${values}) as v
        where monitors.id = v.column1 and monitors.state = v.column2
        returning monitors.id`.execute(db);
      for (const row of r.rows) won.add(row.id);
    }
    return won;
  },

  async insertEvents(db: Db, rows: MonitorEventsTable[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 300) {
      await db
        .insertInto("monitor_events")
        .values(rows.slice(i, i + 300))
        .execute();
    }
  },

  eventById: (db: Db, id: string) =>
    db.selectFrom("monitor_events").selectAll().where("id", "=", id).executeTakeFirst(),
  events: (db: Db, workspaceId: string, monitorId: string, limit: number) =>
    db
      .selectFrom("monitor_events")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("monitor_id", "=", monitorId)
      .orderBy("at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute(),

  checks: (db: Db, monitorId: string, since: string, until: string, limit: number) =>
    db
      .selectFrom("monitor_checks")
      .select(["at", "ok", "latency_ms", "error"])
      .where("monitor_id", "=", monitorId)
      .where("at", ">=", since)
      .where("at", "<", until)
      .orderBy("at", "desc")
      .limit(limit)
      .execute(),

  recentChecksOf: (db: Db, monitorIds: string[], since: string) =>
    monitorIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("monitor_checks")
          .select(["monitor_id", "at", "ok", "latency_ms"])
          .where("monitor_id", "in", monitorIds)
          .where("at", ">=", since)
          .orderBy("monitor_id")
          .orderBy("at")
          .execute(),

  checksInWindow: (db: Db, from: string, to: string) =>
    db
      .selectFrom("monitor_checks")
      .select(["monitor_id", "workspace_id", "ok", "latency_ms"])
      .where("at", ">=", from)
      .where("at", "<", to)
      .orderBy("monitor_id")
      .execute(),

  rollups: (db: Db, monitorId: string, bucket: "h" | "d", since: string, until: string) =>
    db
      .selectFrom("monitor_rollups")
      .selectAll()
      .where("monitor_id", "=", monitorId)
      .where("bucket", "=", bucket)
      .where("start", ">=", since)
      .where("start", "<", until)
      .orderBy("start")
      .execute(),

  rollupsInWindow: (db: Db, bucket: "h" | "d", from: string, to: string) =>
    db
      .selectFrom("monitor_rollups")
      .selectAll()
      .where("bucket", "=", bucket)
      .where("start", ">=", from)
      .where("start", "<", to)
      .orderBy("monitor_id")
      .execute(),

  async upsertRollups(db: Db, rows: MonitorRollupsTable[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 300) {
      await db
        .insertInto("monitor_rollups")
        .values(rows.slice(i, i + 300))
        .onConflict((oc) =>
          oc.columns(["monitor_id", "bucket", "start"]).doUpdateSet((eb) => ({
            count: eb.ref("excluded.count"),
            up_count: eb.ref("excluded.up_count"),
            latency_p50: eb.ref("excluded.latency_p50"),
            latency_p95: eb.ref("excluded.latency_p95"),
            latency_max: eb.ref("excluded.latency_max"),
          })),
        )
        .execute();
    }
  },

  purgeChecks: (db: Db, before: string) => db.deleteFrom("monitor_checks").where("at", "<", before).execute(),
  purgeRollups: (db: Db, bucket: "h" | "d", before: string) =>
    db.deleteFrom("monitor_rollups").where("bucket", "=", bucket).where("start", "<", before).execute(),

  countByState: (db: Db, workspaceId: string) =>
    db
      .selectFrom("monitors")
      .select(["state", (e) => e.fn.countAll<number>().as("n")])
      .where("workspace_id", "=", workspaceId)
      .groupBy("state")
      .execute(),
};
