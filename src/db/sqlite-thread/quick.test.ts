import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../database.js";
import { quickMs } from "./dialect.js";

interface T {
  items: { id: number; name: string };
}

let dir: string;
const stores: Store<T>[] = [];

/** A threaded store whose writer answers are taken within `ms` (0: only as messages). */
async function storeWith(ms: string): Promise<Kysely<T>> {
  const before = process.env["FIREBREAK_SQLITE_QUICK_MS"];
  process.env["FIREBREAK_SQLITE_QUICK_MS"] = ms;
  const store = openStore<T>({ dataDir: dir, fileName: `quick-${ms}.sqlite`, thread: true });
  stores.push(store);
  await sql`create table items (id integer primary key, name text not null)`.execute(store.db);
  if (before === undefined) delete process.env["FIREBREAK_SQLITE_QUICK_MS"];
  else process.env["FIREBREAK_SQLITE_QUICK_MS"] = before;
  return store.db;
}

/**
 * Runs a 10-statement transaction while the event loop is kept busy by turns of other work (as a rush's
 * classification and detection slices keep it), and counts the turns that passed before it committed.
 */
async function turnsDuring(db: Kysely<T>, first: number): Promise<number> {
  let turns = 0;
  let done = false;
  const busy = () => {
    if (done) return;
    turns++;
    const until = performance.now() + 2;
    while (performance.now() < until) {
      // other work on the event loop
    }
    setImmediate(busy);
  };
  setImmediate(busy);
  await db.transaction().execute(async (trx) => {
    // Each insert counts to 50,000 first: about a millisecond of SQLite, so its answer is not already
    // waiting when the event loop finishes the previous one (then Node would take it in the same turn).
    for (let i = 0; i < 8; i++)
      await sql`insert into items (id, name)
        select ${first + i}, 'n' || n from (
          with recursive c(x) as (select 1 union all select x + 1 from c where x < 50000) select count(*) as n from c
        )`.execute(trx);
  });
  done = true;
  return turns;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "firebreak-quick-"));
});

afterAll(async () => {
  for (const s of stores) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the writer's quick answers", () => {
  it("a transaction's short statements do not each wait for a turn of a busy event loop", async () => {
    // A generous wait, so a slow machine does not turn this into a timing test.
    const quick = await storeWith("200");
    const slow = await storeWith("0");
    const taken = await turnsDuring(quick, 1);
    const messaged = await turnsDuring(slow, 1);
    // Answered as messages, each insert waits for the next turn.
    expect(messaged).toBeGreaterThanOrEqual(8);
    expect(taken).toBeLessThanOrEqual(2);
    const count = (db: Kysely<T>) =>
      db.selectFrom("items").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect((await count(quick)).n).toBe(8);
    expect((await count(slow)).n).toBe(8);
  });

  it("reads FIREBREAK_SQLITE_QUICK_MS, off unless told, and never a negative wait", () => {
    expect(quickMs({})).toBe(0);
    expect(quickMs({ FIREBREAK_SQLITE_QUICK_MS: "2" })).toBe(2);
    expect(quickMs({ FIREBREAK_SQLITE_QUICK_MS: "0" })).toBe(0);
    expect(quickMs({ FIREBREAK_SQLITE_QUICK_MS: "-5" })).toBe(0);
    expect(quickMs({ FIREBREAK_SQLITE_QUICK_MS: "nonsense" })).toBe(0);
  });
});
