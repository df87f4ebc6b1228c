/**
 * `tsx bench/copy-index-shapes.ts [shape] [move]`: what the copy-finding index's shape costs SQLite in a
 * rush, outside the app (docs/security.md, seventeenth pass). 600 batches of 1,000 new originals all
 * stamped one day, each a transaction (the lookup, then one multi-row insert), a passive checkpoint every
 * 10 batches, the server's settings; prints process CPU per batch for each 100 batches. Shapes: `none`
 * (no copy index: the rows alone), `wide` (today's `(copy_day, workspace_id, fingerprint)`), `compact`
 * (`(copy_day, key)`, key a 64-bit integer from the fingerprint's hash), `two` (compact, in two levels:
 * new originals in a small partial index, moved into the big one every `move` batches, default 20; the
 * lookup asks both), `fresh` (compact, the new originals' keys in a column of their own with a small
 * index, the big index's entry NULL-keyed (appended in row order) until a move every `move` batches
 * copies the key over; nineteenth pass). An experiment for the next step, not how the product stores
 * anything.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";

const shape = process.argv[2] ?? "wide";
const MOVE = Number(process.argv[3] ?? 20);
const DAY = 2_461_000;
const dir = mkdtempSync(join(tmpdir(), "copy-index-shapes-"));
const db = new SQLite(join(dir, "x.sqlite"));
for (const p of [
  "journal_mode = WAL",
  "synchronous = NORMAL",
  "cache_size = -32768",
  "wal_autocheckpoint = 40000",
  "temp_store = MEMORY",
])
  db.pragma(p);
db.exec(`create table m (id integer primary key, uid text not null, ws text not null, fp text not null,
  day int not null, k int, f int, settled int not null, body text not null, created text not null)`);
db.exec("create index m_created on m (ws, created, uid)");
if (shape === "wide") db.exec("create index c on m (day, ws, fp)");
if (shape === "compact") db.exec("create index c on m (day, k)");
if (shape === "fresh") {
  db.exec("create index c on m (day, k)");
  db.exec("create index fresh on m (day, f) where f is not null");
}
if (shape === "two") {
  db.exec("create index hot on m (k) where settled = 0");
  db.exec("create index cold on m (day, k) where settled = 1");
}
db.defaultSafeIntegers(true);
const marks = (n: number) => Array(n).fill("?").join(", ");
const insert = db.prepare(
  `insert into m (uid, ws, fp, day, k, f, settled, body, created) values ${Array(1000).fill("(?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
);
const wide = db.prepare(`select id, fp from m where day = ? and ws = ? and fp in (${marks(1000)})`);
const compact = db.prepare(`select id, k from m where day = ? and k in (${marks(1000)})`);
const hot = db.prepare(`select id, k from m where settled = 0 and k in (${marks(1000)})`);
const cold = db.prepare(`select id, k from m where settled = 1 and day = ? and k in (${marks(1000)})`);
const move = db.prepare(
  shape === "fresh"
    ? "update m set k = f, f = null where f is not null"
    : "update m set settled = 1 where settled = 0",
);
const freshOnes = db.prepare(`select id, f from m where day = ? and f in (${marks(1000)})`);

const ws = randomUUID();
let serial = 0;
const windows: number[] = [];
let t0 = process.cpuUsage();
for (let b = 0; b < 600; b++) {
  const rows: unknown[] = [];
  const fps: string[] = [];
  const keys: bigint[] = [];
  for (let i = 0; i < 1000; i++) {
    const h = createHash("sha1").update(`text ${serial++}`).digest();
    const fp = h.toString("base64url").slice(0, 22);
    const k = h.readBigInt64LE(0);
    fps.push(fp);
    keys.push(k);
    const created = new Date(1.8e12 + serial).toISOString();
    const fresh = shape === "fresh";
    rows.push(
      randomUUID(),
      ws,
      fp,
      DAY,
      fresh ? null : k,
      fresh ? k : null,
      shape === "two" ? 0 : 1,
      "x".repeat(220),
      created,
    );
  }
  db.transaction(() => {
    if (shape === "wide") wide.all(DAY, ws, ...fps);
    if (shape === "compact") compact.all(DAY, ...keys);
    if (shape === "fresh") {
      compact.all(DAY, ...keys);
      freshOnes.all(DAY, ...keys);
    }
    if (shape === "two") {
      hot.all(...keys);
      cold.all(DAY, ...keys);
    }
    insert.run(rows);
  })();
  if ((shape === "two" || shape === "fresh") && (b + 1) % MOVE === 0) db.transaction(() => move.run())();
  if ((b + 1) % 10 === 0) db.pragma("wal_checkpoint(PASSIVE)");
  if ((b + 1) % 100 === 0) {
    const d = process.cpuUsage(t0);
    windows.push(Math.round((d.user + d.system) / 1000) / 100);
    t0 = process.cpuUsage();
  }
}
db.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ shape, ...(shape === "two" || shape === "fresh" ? { move_every: MOVE } : {}), cpu_ms_per_batch_by_100: windows })}\n`,
);
