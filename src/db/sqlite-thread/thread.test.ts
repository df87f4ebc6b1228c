import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inBackground } from "../background.js";
import { openStore, type Store } from "../database.js";

interface T {
  items: { id: number; name: string };
}

let dir: string;
let store: Store<T>;
let db: Kysely<T>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "firebreak-thread-"));
  store = openStore<T>({ dataDir: dir, thread: true });
  db = store.db;
  await sql`create table items (id integer primary key, name text not null unique)`.execute(db);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the store's SQLite connection in its own thread", () => {
  it("runs statements in the thread: the event loop is free while one runs", async () => {
    expect(store.sqlite).toBeUndefined();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    // A recursive count to 3 million: tens of milliseconds of SQLite work in one statement.
    const r = await sql<{
      n: number;
    }>`with recursive c(x) as (select 1 union all select x + 1 from c where x < 3000000)
      select count(*) as n from c`.execute(db);
    clearInterval(timer);
    expect(r.rows[0]?.n).toBe(3_000_000);
    expect(ticks).toBeGreaterThan(2);
  });

  it("a transaction sees its own writes; a read outside it sees the last commit without waiting", async () => {
    let outside: string[] = [];
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("items").values({ id: 1, name: "parcel" }).execute();
      expect((await trx.selectFrom("items").select("name").execute()).map((r) => r.name)).toEqual(["parcel"]);
      // Would wait for the commit (and so never finish) if reads queued behind the transaction.
      outside = (await db.selectFrom("items").select("name").execute()).map((r) => r.name);
    });
    expect(outside).toEqual([]);
    expect((await db.selectFrom("items").select("name").execute()).map((r) => r.name)).toEqual(["parcel"]);
  });

  it("a job's long read runs on its own connection: a person's read sent after it answers first", async () => {
    const order: string[] = [];
    // A select (so it goes to a reader, not the writer) that counts to 3 million.
    const job = inBackground(() =>
      sql`select (with recursive c(x) as (select 1 union all select x + 1 from c where x < 3000000)
        select count(*) from c) as n`.execute(db),
    ).then(() => order.push("job"));
    const page = db
      .selectFrom("items")
      .select("name")
      .execute()
      .then(() => order.push("page"));
    await Promise.all([job, page]);
    expect(order).toEqual(["page", "job"]);
  });

  it("keeps SQLite's error code, and a failed transaction leaves nothing behind", async () => {
    const err = await db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto("items").values({ id: 2, name: "refund" }).execute();
        await trx.insertInto("items").values({ id: 3, name: "parcel" }).execute();
      })
      .catch((e: unknown) => e as Error & { code?: string });
    expect(err).toBeInstanceOf(Error);
    expect((err as { code?: string }).code).toBe("SQLITE_CONSTRAINT_UNIQUE");
    expect(await db.selectFrom("items").select("id").orderBy("id").execute()).toEqual([{ id: 1 }]);
  });

  it("writes from many callers at once all land, each in its own statement", async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db
          .insertInto("items")
          .values({ id: 100 + i, name: `n${i}` })
          .execute(),
      ),
    );
    const n = await db.selectFrom("items").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(n.n).toBe(51);
  });

  it("commits only append to the WAL: another thread copies it into the database file", async () => {
    const own = openStore<T>({ dataDir: dir, fileName: "checkpoints.sqlite", thread: true });
    await sql`create table items (id integer primary key, name text not null unique)`.execute(own.db);
    const file = join(dir, "checkpoints.sqlite");
    const before = statSync(file).size;
    // About 2,000 pages: under the writer's own threshold (10,000 pages before this change, now 40,000),
    // so only the background thread's checkpoints can bring them into the file.
    for (let b = 0; b < 20; b++) {
      const rows = Array.from({ length: 500 }, (_, i) => ({
        id: b * 500 + i,
        name: `${b}-${i}-${"x".repeat(700)}`,
      }));
      await own.db.insertInto("items").values(rows).execute();
    }
    const until = Date.now() + 10_000;
    while (statSync(file).size < before + 6_000_000 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    expect(statSync(file).size).toBeGreaterThan(before + 6_000_000);
    await own.close();
  });

  it("a file it cannot open is an error naming why, not a hang", async () => {
    const bad = openStore<T>({ dataDir: dir, fileName: "no/such/folder/x.sqlite", thread: true });
    await expect(sql`select 1`.execute(bad.db)).rejects.toThrow(/unable to open|directory/i);
    await bad.close();
  });
});
