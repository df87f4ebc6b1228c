import type { Kysely } from "kysely";
import { lockForClaim } from "../db/claim.js";
import type { DialectName } from "../db/database.js";
import type { JobsTable, JobsTables } from "./tables.js";

/** The job store sees its own table only; the runner hands it the app's handle (see JobRunner). */
type Db = Kysely<JobsTables>;

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

  /** Claims due jobs, and jobs whose worker died holding them (lease expired). */
  async claim(
    db: Db,
    dialect: DialectName,
    args: { queues: string[]; limit: number; worker: string; now: string; leaseUntil: string },
  ): Promise<JobsTable[]> {
    if (args.queues.length === 0 || args.limit <= 0) return [];
    const due = lockForClaim(
      db
        .selectFrom("jobs")
        .select("id")
        .where("queue", "in", args.queues)
        .where((eb) =>
          eb.or([
            eb.and([eb("status", "=", "queued"), eb("run_at", "<=", args.now)]),
            eb.and([eb("status", "=", "running"), eb("locked_until", "<", args.now)]),
          ]),
        )
        .orderBy("run_at")
        .limit(args.limit),
      dialect,
    );
    return db
      .updateTable("jobs")
      .set((eb) => ({
        status: "running",
        locked_by: args.worker,
        locked_until: args.leaseUntil,
        attempts: eb("attempts", "+", 1),
      }))
      .where("id", "in", due)
      .returningAll()
      .execute();
  },

  complete: (db: Db, id: string, worker: string, now: string) =>
    db
      .updateTable("jobs")
      .set({ status: "done", finished_at: now, locked_by: null, locked_until: null, last_error: null })
      .where("id", "=", id)
      .where("locked_by", "=", worker)
      .execute(),

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
