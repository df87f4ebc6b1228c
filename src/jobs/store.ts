import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import { lockForClaim } from "../db/claim.js";
import type { DialectName } from "../db/database.js";
import type { JobsTable, JobsTables } from "./tables.js";

/** The job store sees its own table only; the runner hands it the app's handle (see JobRunner). */
type Db = Kysely<JobsTables>;

/** One queue's share of a claim: up to `limit` jobs, held until `leaseUntil`. */
export interface ClaimSlot {
  queue: string;
  limit: number;
  leaseUntil: string;
}

/** Due at `now`: queued and its time has come, or running past its lease (its worker died). */
const due = (eb: ExpressionBuilder<JobsTables, "jobs">, now: string) =>
  eb.or([
    eb.and([eb("status", "=", "queued"), eb("run_at", "<=", now)]),
    eb.and([eb("status", "=", "running"), eb("locked_until", "<", now)]),
  ]);

export const jobsStore = {
  /** Inserts unless (queue, key) exists; returns whether it was new. */
  async insert(db: Db, row: JobsTable): Promise<boolean> {
    const r = await db
      .insertInto("jobs")
      .values(row)
      .onConflict((oc) => oc.columns(["queue", "key"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  /**
   * Which of `queues` have a job due at `now` (queued and due, or held past its lease). A read: a wake
   * that finds nothing due writes nothing, and on the server's SQLite a read never takes the writer.
   */
  async dueQueues(db: Db, queues: string[], now: string): Promise<string[]> {
    if (queues.length === 0) return [];
    const rows = await db
      .selectFrom("jobs")
      .select("queue")
      .distinct()
      .where("queue", "in", queues)
      .where((eb) => due(eb, now))
      .execute();
    return rows.map((r) => r.queue);
  },

  /**
   * Claims due jobs, and jobs whose worker died holding them (lease expired): at most `limit` of each
   * queue, oldest first, in one statement whatever the number of queues. Each queue's pick is its own
   * sub-select (on PostgreSQL each locks with SKIP LOCKED), so one queue's backlog never takes another's
   * room, and a job is claimed by one worker only.
   */
  async claim(
    db: Db,
    dialect: DialectName,
    args: { slots: ClaimSlot[]; worker: string; now: string },
  ): Promise<JobsTable[]> {
    const slots = args.slots.filter((s) => s.limit > 0);
    if (slots.length === 0) return [];
    const picks = slots.map((s, i) =>
      db
        .selectFrom(
          lockForClaim(
            db
              .selectFrom("jobs")
              .select("id")
              .where("queue", "=", s.queue)
              .where((eb) => due(eb, args.now))
              .orderBy("run_at")
              .limit(s.limit),
            dialect,
          ).as(`q${i}`),
        )
        .select("id"),
    );
    const ids = picks.slice(1).reduce((all, p) => all.unionAll(p), picks[0] as (typeof picks)[number]);
    const leases = new Set(slots.map((s) => s.leaseUntil));
    const lease =
      leases.size === 1
        ? sql<string>`${slots[0]?.leaseUntil}`
        : sql<string>`case ${sql.ref("queue")} ${sql.join(
            slots.map((s) => sql`when ${s.queue} then ${s.leaseUntil}`),
            sql` `,
          )} end`;
    return db
      .updateTable("jobs")
      .set((eb) => ({
        status: "running",
        locked_by: args.worker,
        locked_until: lease,
        attempts: eb("attempts", "+", 1),
      }))
      .where("id", "in", ids)
      .returningAll()
      .execute();
  },

  /** Marks jobs this worker still holds done (one statement per 500). */
  async complete(db: Db, ids: string[], worker: string, now: string): Promise<void> {
    for (let i = 0; i < ids.length; i += 500)
      await db
        .updateTable("jobs")
        .set({ status: "done", finished_at: now, locked_by: null, locked_until: null, last_error: null })
        .where("id", "in", ids.slice(i, i + 500))
        .where("locked_by", "=", worker)
        .execute();
  },

  retry: (db: Db, id: string, worker: string, runAt: string, error: string) =>
    db
      .updateTable("jobs")
      .set({ status: "queued", run_at: runAt, locked_by: null, locked_until: null, last_error: error })
      .where("id", "=", id)
      .where("locked_by", "=", worker)
      .execute(),

  fail: (db: Db, id: string, worker: string, now: string, error: string) =>
    db
      .updateTable("jobs")
      .set({ status: "failed", finished_at: now, locked_by: null, locked_until: null, last_error: error })
      .where("id", "=", id)
      .where("locked_by", "=", worker)
      .execute(),

  release: (db: Db, worker: string) =>
    db
      .updateTable("jobs")
      .set({ status: "queued", locked_by: null, locked_until: null })
      .where("status", "=", "running")
      .where("locked_by", "=", worker)
      .execute(),

  byKey: (db: Db, queue: string, key: string) =>
    db.selectFrom("jobs").selectAll().where("queue", "=", queue).where("key", "=", key).executeTakeFirst(),

  countByStatus: (db: Db) =>
    db
      .selectFrom("jobs")
      .select(["status", (e) => e.fn.countAll<number>().as("n")])
      .groupBy("status")
      .execute(),

  countByQueue: (db: Db) =>
    db
      .selectFrom("jobs")
      .select([
        "queue",
        "status",
        (e) => e.fn.countAll<number>().as("n"),
        (e) => e.fn.max("finished_at").as("last"),
      ])
      .groupBy(["queue", "status"])
      .execute(),

  purgeFinished: (db: Db, queue: string, before: string) =>
    db
      .deleteFrom("jobs")
      .where("queue", "=", queue)
      .where("status", "=", "done")
      .where("finished_at", "<", before)
      .execute(),
};
