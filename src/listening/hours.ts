import { type Kysely, sql } from "kysely";
import type { Database } from "../app/database.js";
import { newId } from "../core/ids.js";
import type { MentionsTable } from "./tables.js";

type Db = Kysely<Database>;

const COUNTS = [
  "mentions",
  "negative",
  "positive",
  "copies",
  "negative_copies",
  "rated",
  "rating_sum",
] as const;
export type HourCounts = { hour: string } & Record<(typeof COUNTS)[number], number>;

type Counted = Pick<MentionsTable, "created_at" | "sentiment" | "duplicate_of" | "rating">;

const HOUR_LEN = 13;
export const hourOf = (iso: string) => iso.slice(0, HOUR_LEN);
const hourStart = (hour: string) => `${hour}:00:00.000Z`;
const nextHour = (hour: string) => new Date(Date.parse(hourStart(hour)) + 3_600_000).toISOString();

const empty = (hour: string): HourCounts => ({
  hour,
  mentions: 0,
  negative: 0,
  positive: 0,
  copies: 0,
  negative_copies: 0,
  rated: 0,
  rating_sum: 0,
});

/** What the mentions add to each hour's counts (sign -1: what they take away). */
export function hourDeltas(rows: Iterable<Counted>, sign: 1 | -1 = 1): HourCounts[] {
  const byHour = new Map<string, HourCounts>();
  for (const r of rows) {
    const hour = hourOf(r.created_at);
    const h = byHour.get(hour) ?? empty(hour);
    byHour.set(hour, h);
    const copy = r.duplicate_of !== null;
    h.mentions += sign;
    if (r.sentiment === "negative") h.negative += sign;
    if (r.sentiment === "positive") h.positive += sign;
    if (copy) h.copies += sign;
    if (copy && r.sentiment === "negative") h.negative_copies += sign;
    if (r.rating !== null) {
      h.rated += sign;
      h.rating_sum += sign * r.rating;
    }
  }
  return [...byHour.values()];
}

/** A mention's sentiment moved from `from` to `to`: one delta that moves it between the counts. */
export function sentimentDelta(row: Counted, to: string): HourCounts[] {
  if (row.sentiment === to) return [];
  const [out] = hourDeltas([row], -1);
  const [back] = hourDeltas([{ ...row, sentiment: to }]);
  if (!out || !back) return [];
  const h = empty(out.hour);
  for (const k of COUNTS) h[k] = out[k] + back[k];
  return [h];
}

/** What a read adds up by: each hour, each UTC day, or the whole range in one. */
export type By = "hour" | "day" | "all";
const KEY_LEN = { hour: HOUR_LEN, day: 10 } as const;

const sumRow = (a: HourCounts, b: Omit<HourCounts, "hour">) => {
  for (const k of COUNTS) a[k] += Number(b[k]);
};

/** The counts of [from, to) read from the mentions themselves (an hour's edges, or a short range). */
async function scanned(db: Db, workspaceId: string, from: string | null, to: string | null, by: By) {
  const t = by === "all" ? sql<string>`''` : sql<string>`substr(created_at, 1, ${sql.lit(KEY_LEN[by])})`;
  let q = db.selectFrom("mentions").where("workspace_id", "=", workspaceId);
  if (from) q = q.where("created_at", ">=", from);
  if (to) q = q.where("created_at", "<", to);
  const rows = await q
    .select([
      t.as("hour"),
      (eb) => eb.fn.countAll<number>().as("mentions"),
      sql<number>`sum(case when sentiment = 'negative' then 1 else 0 end)`.as("negative"),
      sql<number>`sum(case when sentiment = 'positive' then 1 else 0 end)`.as("positive"),
      sql<number>`sum(case when duplicate_of is null then 0 else 1 end)`.as("copies"),
      sql<number>`sum(case when duplicate_of is not null and sentiment = 'negative' then 1 else 0 end)`.as(
        "negative_copies",
      ),
      sql<number>`sum(case when rating is null then 0 else 1 end)`.as("rated"),
      sql<number>`coalesce(sum(rating), 0)`.as("rating_sum"),
    ])
    .$if(by !== "all", (q) => q.groupBy(t))
    .execute();
  return rows;
}

/** Another process folded the hour first: this fold rolls back and leaves its rows to the other. */
class FoldedElsewhere extends Error {}

export const hoursStore = {
  /** Adds deltas in the caller's transaction; an hour whose counts did not move adds nothing. */
  async add(db: Db, workspaceId: string, deltas: HourCounts[]) {
    const rows = deltas
      .filter((d) => COUNTS.some((k) => d[k] !== 0))
      .map((d) => ({ id: newId(), workspace_id: workspaceId, ...d }));
    if (rows.length) await db.insertInto("mention_hours").values(rows).execute();
  },

  /**
   * Counts of [since, until) by hour, day or all in one (the `hour` field then holds the day, or ""),
   * oldest first. Whole hours come from the rollup; an hour the range cuts (since or until inside it) is
   * counted from its mentions, which the created-at index finds.
   */
  async read(db: Db, workspaceId: string, by: By, since?: string, until?: string): Promise<HourCounts[]> {
    const byHour = new Map<string, HourCounts>();
    const add = (r: HourCounts) => {
      const h = byHour.get(r.hour) ?? empty(r.hour);
      byHour.set(r.hour, h);
      sumRow(h, r);
    };
    const first = since
      ? since === hourStart(hourOf(since))
        ? hourOf(since)
        : hourOf(nextHour(hourOf(since)))
      : null;
    const last = until ? hourOf(until) : null; // whole hours end before this one
    if (first !== null && last !== null && first >= last) {
      for (const r of await scanned(db, workspaceId, since ?? null, until ?? null, by)) add(r);
    } else {
      let q = db.selectFrom("mention_hours").where("workspace_id", "=", workspaceId);
      if (first) q = q.where("hour", ">=", first);
      if (last) q = q.where("hour", "<", last);
      const key = by === "all" ? sql<string>`''` : sql<string>`substr(hour, 1, ${sql.lit(KEY_LEN[by])})`;
      const rows = await q
        .select((eb) => [key.as("hour"), ...COUNTS.map((k) => eb.fn.sum<number>(k).as(k))])
        .$if(by !== "all", (q) => q.groupBy(key))
        .execute();
      for (const r of rows) add(r as HourCounts);
      if (since && first && since < hourStart(first))
        for (const r of await scanned(db, workspaceId, since, hourStart(first), by)) add(r);
      if (until && last && until > hourStart(last))
        for (const r of await scanned(db, workspaceId, hourStart(last), until, by)) add(r);
    }
    return [...byHour.values()].filter((h) => h.mentions !== 0).sort((a, b) => (a.hour < b.hour ? -1 : 1));
  },

  /**
   * Folds the deltas of up to `limit` hours into one row each. Each hour in its own transaction, and only
   * when it deleted every row it read: another process folding the same hour at once rolls back.
   */
  async compact(db: Db, limit = 200): Promise<number> {
    const hours = await db
      .selectFrom("mention_hours")
      .select(["workspace_id", "hour"])
      .groupBy(["workspace_id", "hour"])
      .having((eb) => eb.fn.countAll(), ">", 1)
      .limit(limit)
      .execute();
    let folded = 0;
    for (const { workspace_id, hour } of hours) {
      const done = await db
        .transaction()
        .execute(async (trx) => {
          const rows = await trx
            .selectFrom("mention_hours")
            .selectAll()
            .where("workspace_id", "=", workspace_id)
            .where("hour", "=", hour)
            .execute();
          if (rows.length < 2) return false;
          const total = empty(hour);
          for (const r of rows) sumRow(total, r);
          const del = await trx
            .deleteFrom("mention_hours")
            .where(
              "id",
              "in",
              rows.map((r) => r.id),
            )
            .executeTakeFirst();
          if (Number(del.numDeletedRows) !== rows.length) throw new FoldedElsewhere();
          await trx
            .insertInto("mention_hours")
            .values({ id: newId(), workspace_id, ...total })
            .execute();
          return true;
        })
        .catch((err) => {
          if (err instanceof FoldedElsewhere) return false;
          throw err;
        });
      if (done) folded++;
    }
    return folded;
  },
};
