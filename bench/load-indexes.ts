/**
 * `npx tsx bench/load-indexes.ts`: which of the mentions table's indexes makes a SQLite insert cost more
 * as the store grows (issue 19: the writer's CPU per 1,000 mentions doubled by 900,000 rows under
 * bench:load). One migrated store is copied once per variant; each variant drops one index or changes
 * how external ids are made, and all variants take the same rows in batches of 1,000 in turn (one batch
 * each, round after round), so a busy machine slows them alike. Only the inserts are timed (the
 * server's statements around them are not), CPU time of this process per 1,000 rows, the first
 * STEP rows against the last. The server's pragmas (src/db/sqlite-file.ts) apply.
 * Env: BENCH_ROWS (default 600000), BENCH_STEP (default 100000), BENCH_VARIANTS (e.g. 0,1).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { v4 as uuidv4 } from "uuid";
import { newId } from "../src/core/ids.js";
import { openSqliteFile } from "../src/db/sqlite-file.js";
import { copyDay, copyKey } from "../src/listening/copy-window.js";

const ROWS = Number(process.env["BENCH_ROWS"] ?? 600_000);
const STEP = Number(process.env["BENCH_STEP"] ?? 100_000);
const BATCH = 1000;

type Ids = "short" | "padded" | "uuid";
/** `perDay`: the rows are stamped this many a day (a store that grew over days); otherwise all today. */
const VARIANTS: { name: string; drop?: string; ids: Ids; perDay?: number }[] = [
  { name: "all indexes, ids m1234", ids: "short" },
  { name: "all indexes, ids m1234, 20,000 a day", ids: "short", perDay: 20_000 },
  { name: "all indexes, ids m000001234", ids: "padded" },
  { name: "all indexes, random uuid ids", ids: "uuid" },
  { name: "without mentions_day_original_key", drop: "mentions_day_original_key", ids: "short" },
  { name: "without mentions_ws_counts", drop: "mentions_ws_counts", ids: "short" },
  { name: "without mentions_ws_received", drop: "mentions_ws_received", ids: "short" },
  { name: "without mentions_ws_created", drop: "mentions_ws_created", ids: "short" },
];

// BENCH_VARIANTS=0,1 runs only those (by their place in the list).
const chosen = (process.env["BENCH_VARIANTS"] ?? "").split(",").filter(Boolean).map(Number);
const RUN = chosen.length ? VARIANTS.filter((_, n) => chosen.includes(n)) : VARIANTS;

const externalId = (ids: Ids, i: number) =>
  ids === "short" ? `m${i}` : ids === "padded" ? `m${String(i).padStart(9, "0")}` : uuidv4();

/** A fingerprint shaped like the product's (22 base64url characters of a hash): random per row. */
const fingerprintOf = () => Buffer.from(uuidv4().replaceAll("-", ""), "hex").toString("base64url");

const dir = mkdtempSync(join(tmpdir(), "firebreak-indexes-"));
try {
  // Any CLI command migrates a fresh store first (this one then stops: no workspace yet, which the
  // bench does not need, its rows name one with foreign keys off); the file is every variant's template.
  spawnSync(process.execPath, ["bin/firebreak.js", "token", "create", "--name", "x", "--role", "admin"], {
    env: { ...process.env, FIREBREAK_DATA_DIR: dir, LOG_LEVEL: "error" },
    stdio: "ignore",
  });
  const template = openSqliteFile(join(dir, "firebreak.sqlite"));
  template.pragma("wal_checkpoint(TRUNCATE)");
  template.close();
  const workspace = "ws-bench";

  const stores = RUN.map((v, n) => {
    const file = join(dir, `v${n}.sqlite`);
    copyFileSync(join(dir, "firebreak.sqlite"), file);
    const db = openSqliteFile(file);
    db.pragma("foreign_keys = OFF");
    if (v.drop) db.exec(`drop index ${v.drop}`);
    const insert = db.prepare(`insert into mentions (id, workspace_id, source, external_id, text, created_at,
      received_at, language, sentiment, score, complaint, topics, fingerprint, copy_day, copy_key)
      values (?, ?, 'bench', ?, ?, ?, ?, 'en', 'neutral', 0, 0, '[]', ?, ?, ?)`);
    const many = db.transaction((rows: unknown[][]) => {
      for (const r of rows) insert.run(r);
    });
    return { ...v, db, many, cpu: [] as number[] };
  });

  const t0 = Date.parse("2026-11-01T09:00:00Z");
  for (let start = 0; start < ROWS; start += BATCH) {
    for (const s of stores) {
      // All within a day (the rush's 10 ms apart) or spread at perDay a day, oldest first.
      const at = new Date(t0 + (s.perDay ? (start / s.perDay) * 86_400_000 : start * 10)).toISOString();
      const rows = Array.from({ length: BATCH }, (_, k) => {
        const i = start + k;
        const fp = fingerprintOf();
        return [
          newId(),
          workspace,
          externalId(s.ids, i),
          `Order ${i}: late parcel`,
          at,
          at,
          fp,
          copyDay(at, fp),
          copyKey(fp),
        ];
      });
      const c0 = process.cpuUsage();
      s.many(rows);
      const c = process.cpuUsage(c0);
      s.cpu.push((c.user + c.system) / 1000);
    }
  }
  const perThousand = (cpu: number[], from: number) => {
    const part = cpu.slice(from / BATCH, (from + STEP) / BATCH);
    return Math.round((part.reduce((a, b) => a + b, 0) / part.length) * 100) / 100;
  };
  const result = stores.map((s) => {
    const first = perThousand(s.cpu, 0);
    const last = perThousand(s.cpu, ROWS - STEP);
    s.db.close();
    return {
      variant: s.name,
      cpu_ms_per_1000_first: first,
      cpu_ms_per_1000_last: last,
      growth: Math.round((last / first) * 100) / 100,
    };
  });
  process.stdout.write(`${JSON.stringify({ rows: ROWS, step: STEP, result }, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
