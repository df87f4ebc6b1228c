import { mkdtempSync, rmSync } from "node:fs";
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

  it("a file it cannot open is an error naming why, not a hang", async () => {
    const bad = openStore<T>({ dataDir: dir, fileName: "no/such/folder/x.sqlite", thread: true });
    await expect(sql`select 1`.execute(bad.db)).rejects.toThrow(/unable to open|directory/i);
    await bad.close();
  });
});
