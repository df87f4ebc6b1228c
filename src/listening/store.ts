import { CompiledQuery, type Expression, type Kysely, type SqlBool, sql } from "kysely";
import type { Database } from "../app/database.js";
import type { DialectName } from "../db/database.js";
import { COPY_WINDOW_DAYS, copyKey, type Original } from "./copy-window.js";
import type { MentionFilters } from "./schema.js";
import type { BrandQueriesTable, ListeningSourcesTable, MentionsTable } from "./tables.js";

type Db = Kysely<Database>;

export interface Cursor {
  createdAt: string;
  id: string;
}

export const encodeCursor = (c: Cursor) => Buffer.from(`${c.createdAt}|${c.id}`).toString("base64url");
export function decodeCursor(s: string): Cursor | null {
  const [createdAt, id] = Buffer.from(s, "base64url").toString("utf8").split("|");
  return createdAt && id ? { createdAt, id } : null;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Lower case without accents, for search: "Płatność" and "platnosc" both become "platnosc". */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .replace(/ł/g, "l")
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

// The accented letters of the six languages in both cases; SQLite's lower() (and PostgreSQL's under the
// C locale) folds only ASCII, so each is replaced by its plain letter in SQL, where both stores agree.
const ACCENTED = "ąćęłńóśźżäöüßàâæçéèêëîïôœùûÿìíòúáñ";
const FOLDS = [...ACCENTED, ...ACCENTED.toUpperCase()]
  .filter((c, i, all) => c !== "SS" && all.indexOf(c) === i)
  .map((c) => [c, foldText(c)] as const);
const foldedText = FOLDS.reduce(
  (expr, [from, to]) => sql<string>`replace(${expr}, ${sql.lit(from)}, ${sql.lit(to)})`,
  sql<string>`lower(text)`,
);

// biome-ignore lint/suspicious/noExplicitAny: shared by select builders of different shapes.
function filtered<Q extends { where: (...args: any[]) => Q }>(
  q: Q,
  workspaceId: string,
  f: MentionFilters,
): Q {
  let out = q.where("workspace_id", "=", workspaceId);
  if (f.since) out = out.where("created_at", ">=", f.since);
  if (f.until) out = out.where("created_at", "<", f.until);
  if (f.sentiment) out = out.where("sentiment", "=", f.sentiment);
  if (f.language) out = out.where("language", "=", f.language);
  if (f.source) out = out.where("source", "=", f.source);
  if (f.complaint !== undefined) out = out.where("complaint", "=", f.complaint ? 1 : 0);
  if (f.originals) out = out.where("duplicate_of", "is", null);
  // Topics are a JSON array of fixed ids, so the quoted id is an exact test.
  if (f.topic) out = out.where("topics", "like", `%"${f.topic}"%`);
  if (f.q) {
    const pattern = `%${likeEscape(foldText(f.q))}%`;
    out = out.where(sql<SqlBool>`${foldedText} like ${pattern} escape '\\'` as Expression<SqlBool>);
  }
  return out;
}

const BUCKET_LEN = { minute: 16, hour: 13, day: 10 } as const;
const BUCKET_TAIL = { minute: ":00.000Z", hour: ":00:00.000Z", day: "T00:00:00.000Z" } as const;

// Every column once, in the insert's order; a column added to MentionsTable and not here fails to compile.
const COLUMN_SET: Record<keyof MentionsTable, true> = {
  id: true,
  workspace_id: true,
  source: true,
  external_id: true,
  text: true,
  url: true,
  author: true,
  author_followers: true,
  rating: true,
  created_at: true,
  received_at: true,
  language: true,
  sentiment: true,
  score: true,
  complaint: true,
  topics: true,
  fingerprint: true,
  copy_day: true,
  copy_key: true,
  duplicate_of: true,
  copies: true,
  corrected: true,
  label: true,
  model: true,
};
const COLUMNS = Object.keys(COLUMN_SET) as (keyof MentionsTable)[];

const insertText = new Map<string, string>();
/** The insert of `n` mentions: built once per dialect and batch size, since a batch's text is the same. */
function insertSql(dialect: DialectName, n: number): string {
  const key = `${dialect}:${n}`;
  let text = insertText.get(key);
  if (text) return text;
  let p = 0;
  const mark = dialect === "postgres" ? () => `$${++p}` : () => "?";
  const tuples = Array.from({ length: n }, () => `(${COLUMNS.map(mark).join(", ")})`);
  text = `insert into "mentions" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) values ${tuples.join(", ")} on conflict ("workspace_id", "source", "external_id") do nothing returning "id"`;
  if (insertText.size > 64) insertText.clear();
  insertText.set(key, text);
  return text;
}

export const listeningStore = {
  /**
   * One multi-row statement; answers the ids that were new (a known (source, external_id) is skipped).
   * Written by hand rather than by the query builder, which spent about a tenth of the ingest's main
   * thread building and parsing the same 19,000-parameter text for every batch.
   */
  async insertMentions(db: Db, dialect: DialectName, rows: MentionsTable[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const params: unknown[] = [];
    for (const r of rows) for (const c of COLUMNS) params.push(r[c]);
    const r = await db.executeQuery<{ id: string }>(
      CompiledQuery.raw(insertSql(dialect, rows.length), params),
    );
    return new Set(r.rows.map((x) => x.id));
  },

  /**
   * The originals of these fingerprints stored within COPY_WINDOW_DAYS of `day` (copy-window.ts), with
   * their times: the caller keeps those within the window. Originals only (the partial index holds
   * nothing else): a popular post's thousands of copies are not read again for every batch. The index
   * is (copy_day, copy_key): the pages a batch writes are the current day's, and an integer key packs
   * about three times the entries a page that the fingerprint did. The key is not unique to a text nor
   * to a workspace, so each candidate's workspace and whole fingerprint are checked on its row. On
   * PostgreSQL one index probe per fingerprint: with `in (…)` its planner scanned every original of the
   * workspace, 27–53 ms a batch at 60,000 mentions against 4–6 ms, and growing with the table.
   */
  async originalsNear(
    db: Db,
    dialect: DialectName,
    workspaceId: string,
    day: number,
    fingerprints: string[],
    found: Map<string, Original[]>,
  ): Promise<void> {
    if (fingerprints.length === 0) return;
    const days = Array.from({ length: 2 * COPY_WINDOW_DAYS + 1 }, (_, i) => day - COPY_WINDOW_DAYS + i);
    const keys = fingerprints.map((fp) => copyKey(fp) as number);
    const rows =
      dialect === "postgres"
        ? (
            await sql<{
              id: string;
              fingerprint: string;
              created_at: string;
            }>`select f.fp as fingerprint, m.id, m.created_at
              from unnest(${keys}::bigint[], ${fingerprints}::text[]) as f(k, fp)
              cross join lateral (
                select id, created_at from mentions
                where copy_day = any(${days}::int[]) and copy_key = f.k
                  and workspace_id = ${workspaceId} and fingerprint = f.fp and duplicate_of is null
              ) as m`.execute(db)
          ).rows
        : // Named: without the workspace in the key, SQLite's planner took the workspace's
          // received-at index (all its mentions) over the day's keys.
          (
            await sql<{
              id: string;
              fingerprint: string;
              created_at: string;
            }>`select id, fingerprint, created_at
              from mentions indexed by mentions_day_original_key
              where copy_day in (${sql.join(days)}) and copy_key in (${sql.join([...new Set(keys)])})
                and workspace_id = ${workspaceId} and fingerprint in (${sql.join(fingerprints)})
                and duplicate_of is null`.execute(db)
          ).rows;
    for (const r of rows) {
      if (!r.fingerprint) continue;
      const o = { id: r.id, at: Date.parse(r.created_at) };
      const known = found.get(r.fingerprint);
      if (!known) found.set(r.fingerprint, [o]);
      else if (!known.some((k) => k.id === o.id)) known.push(o);
    }
  },

  /**
   * Adds to originals' copy counts; originals that gained the same number share one statement. By id
   * alone: the ids come from this workspace's own lookup, and with a workspace test SQLite's planner
   * walks the workspace's whole created-at index instead of the primary key.
   */
  async addCopies(db: Db, gained: Map<string, number>) {
    const byCount = new Map<number, string[]>();
    for (const [id, n] of gained) byCount.set(n, [...(byCount.get(n) ?? []), id]);
    for (const [n, ids] of byCount) {
      await db
        .updateTable("mentions")
        .set((eb) => ({ copies: eb("copies", "+", n) }))
        .where("id", "in", ids)
        .execute();
    }
  },

  list(db: Db, workspaceId: string, f: MentionFilters, limit: number, cursor: Cursor | null) {
    let q = filtered(db.selectFrom("mentions").selectAll(), workspaceId, f);
    if (cursor) {
      q = q.where((eb) =>
        eb.or([
          eb("created_at", "<", cursor.createdAt),
          eb.and([eb("created_at", "=", cursor.createdAt), eb("id", "<", cursor.id)]),
        ]),
      );
    }
    return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
  },

  byId: (db: Db, workspaceId: string, id: string) =>
    db
      .selectFrom("mentions")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),

  async stats(db: Db, workspaceId: string, f: MentionFilters, bucket: keyof typeof BUCKET_LEN) {
    const len = BUCKET_LEN[bucket];
    const t = sql<string>`substr(created_at, 1, ${sql.lit(len)})`;
    const rows = await filtered(db.selectFrom("mentions"), workspaceId, f)
      .select([
        t.as("t"),
        (eb) => eb.fn.countAll<number>().as("mentions"),
        sql<number>`sum(case when sentiment = 'negative' then 1 else 0 end)`.as("negative"),
        sql<number>`sum(case when duplicate_of is null then 0 else 1 end)`.as("copies"),
      ])
      .groupBy(t)
      .orderBy(t)
      .execute();
    return rows.map((r) => ({
      t: `${r.t}${BUCKET_TAIL[bucket]}`,
      mentions: Number(r.mentions),
      negative: Number(r.negative),
      copies: Number(r.copies),
    }));
  },

  /** Per UTC day: volume by sentiment and the rating sum/count (read by the review domain's index). */
  async dailySentiment(db: Db, workspaceId: string, since: string, until: string) {
    const t = sql<string>`substr(created_at, 1, 10)`;
    const rows = await filtered(db.selectFrom("mentions"), workspaceId, { since, until })
      .select([
        t.as("day"),
        (eb) => eb.fn.countAll<number>().as("mentions"),
        sql<number>`sum(case when sentiment = 'negative' then 1 else 0 end)`.as("negative"),
        sql<number>`sum(case when sentiment = 'positive' then 1 else 0 end)`.as("positive"),
        sql<number>`sum(case when rating is null then 0 else 1 end)`.as("rated"),
        sql<number>`sum(coalesce(rating, 0))`.as("rating_sum"),
      ])
      .groupBy(t)
      .orderBy(t)
      .execute();
    return rows.map((r) => ({
      day: r.day,
      mentions: Number(r.mentions),
      negative: Number(r.negative),
      positive: Number(r.positive),
      rated: Number(r.rated),
      rating_sum: Number(r.rating_sum),
    }));
  },

  async count(db: Db, workspaceId: string, f: MentionFilters): Promise<{ n: number; negative: number }> {
    const r = await filtered(db.selectFrom("mentions"), workspaceId, f)
      .select([
        (eb) => eb.fn.countAll<number>().as("n"),
        sql<number>`sum(case when sentiment = 'negative' then 1 else 0 end)`.as("negative"),
      ])
      .executeTakeFirst();
    return { n: Number(r?.n ?? 0), negative: Number(r?.negative ?? 0) };
  },

  insertSource: (db: Db, row: ListeningSourcesTable) =>
    db.insertInto("listening_sources").values(row).execute(),
  sourceByName: (db: Db, workspaceId: string, name: string) =>
    db
      .selectFrom("listening_sources")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("name", "=", name)
      .executeTakeFirst(),
  sourceById: (db: Db, id: string) =>
    db.selectFrom("listening_sources").selectAll().where("id", "=", id).executeTakeFirst(),
  sourcesOf: (db: Db, workspaceId: string) =>
    db
      .selectFrom("listening_sources")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .orderBy("name")
      .execute(),
  deleteSource: (db: Db, workspaceId: string, id: string) =>
    db
      .deleteFrom("listening_sources")
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),
  updateSource: (db: Db, id: string, set: Partial<ListeningSourcesTable>) =>
    db.updateTable("listening_sources").set(set).where("id", "=", id).execute(),
  dueFeeds: (db: Db, now: string) =>
    db
      .selectFrom("listening_sources")
      .select(["id", "next_poll_at"])
      .where("type", "=", "feed")
      .where("next_poll_at", "<=", now)
      .execute(),

  insertQuery: (db: Db, row: BrandQueriesTable) => db.insertInto("brand_queries").values(row).execute(),
  queriesOf: (db: Db, workspaceId: string) =>
    db
      .selectFrom("brand_queries")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .orderBy("created_at")
      .execute(),
  updateQuery: (db: Db, workspaceId: string, id: string, set: Partial<BrandQueriesTable>) =>
    db
      .updateTable("brand_queries")
      .set(set)
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),
  deleteQuery: (db: Db, workspaceId: string, id: string) =>
    db
      .deleteFrom("brand_queries")
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),
};
