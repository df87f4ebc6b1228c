/**
 * `tsx bench/copy-key-migration.ts`: how long migration 0180 (the compact copy key) takes on a store
 * of BENCH_MENTIONS mentions (default 400,000) already stamped with 0170's copy_day, on SQLite, or on
 * PostgreSQL with DATABASE_URL set (a fresh schema, dropped after). Rows are real fingerprints of
 * distinct texts, a tenth of them copies. Prints JSON: the migration's wall time, and the filled keys
 * checked against copyKey on a sample.
 */
import { sql } from "kysely";
import { copyDay, copyKey } from "../src/listening/copy-window.js";
import { fingerprint } from "../src/listening/normalize.js";
import { NEGATIVE_ROW } from "../src/testing/mention-row.js";
import { storeBefore } from "../src/testing/migration.js";
import { freshStore } from "../src/testing/store.js";

const N = Number(process.env["BENCH_MENTIONS"] ?? 400_000);

async function main() {
  const t = await freshStore();
  try {
    const { db, now, apply } = await storeBefore(t, "0180_copy_key", ["ws"]);
    const t0 = Date.parse("2026-03-01T00:00:00Z");
    for (let start = 0; start < N; start += 500) {
      const rows = Array.from({ length: Math.min(500, N - start) }, (_, j) => {
        const i = start + j;
        const text = `Order ${i} from Acme arrived late and broken, day ${i % 30}, support silent`;
        const fp = fingerprint(text);
        const at = new Date(t0 + (i / N) * 86_400_000).toISOString();
        return {
          id: `m${i}`,
          workspace_id: "ws",
          source: "bench",
          external_id: `m${i}`,
          text,
          created_at: at,
          received_at: now,
          ...NEGATIVE_ROW,
          fingerprint: fp,
          copy_day: copyDay(at, fp),
          duplicate_of: i % 10 === 9 ? `m${i - 1}` : null,
        };
      });
      await db.insertInto("mentions").values(rows).execute();
    }
    const start = performance.now();
    await apply();
    const ms = performance.now() - start;
    const sample = await db
      .selectFrom("mentions")
      .select(["fingerprint", "copy_key"])
      .where("id", "in", ["m0", "m1", `m${N - 1}`])
      .execute();
    const agree = sample.every(
      (r: { fingerprint: string; copy_key: number }) => r.copy_key === copyKey(r.fingerprint),
    );
    // The lookup's plan on the migrated store (PostgreSQL: after analyze, as autovacuum would).
    let plan: string[] = [];
    if (t.store.dialect === "postgres") {
      await sql`analyze mentions`.execute(db);
      const fp = sample[0]?.fingerprint as string;
      const day = copyDay("2026-03-01T12:00:00Z", fp) as number;
      const days = Array.from({ length: 15 }, (_, i) => day - 7 + i);
      const r = await sql<{ "QUERY PLAN": string }>`explain select f.fp, m.id
        from unnest(${[copyKey(fp)]}::bigint[], ${[fp]}::text[]) as f(k, fp)
        cross join lateral (select id from mentions
          where copy_day = any(${days}::int[]) and copy_key = f.k
            and workspace_id = 'ws' and fingerprint = f.fp and duplicate_of is null) as m`.execute(db);
      plan = r.rows.map((x) => x["QUERY PLAN"].trim());
    }
    process.stdout.write(
      `${JSON.stringify({ dialect: t.store.dialect, mentions: N, migration_ms: Math.round(ms), agree, plan })}\n`,
    );
  } finally {
    await t.drop();
  }
}

await main();
