/**
 * `tsx bench/load-writer.ts`: what one bench:load batch of 1,000 mentions asks of the SQLite writer,
 * statement by statement. The app runs in this process with its store on this thread, so every
 * statement's CPU time (process.cpuUsage around better-sqlite3's run/all) is the writer's cost of it.
 * BENCH_BATCHES batches (default 60) through the real route (app.inject), the jobs they queue run as in
 * the server; BENCH_PRELOAD batches before counting give the cost on a bigger store. Prints JSON: CPU ms per batch by statement (its first words), reads and writes apart.
 * BENCH_PRELOAD_DAYS=N stamps the preload's mentions over the N days before now, oldest first (a store
 * that grew over N days rather than in one rush); the counted batches are stamped now either way.
 * BENCH_WINDOW=W also counts the preload, W batches at a time: how a batch's cost moves as the store
 * grows within one run (one process, so the start and the end share the machine's conditions).
 */
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { createHarness } from "../src/testing/harness.js";

const BATCHES = Number(process.env["BENCH_BATCHES"] ?? 60);
const PRELOAD = Number(process.env["BENCH_PRELOAD"] ?? 0);
const PRELOAD_DAYS = Number(process.env["BENCH_PRELOAD_DAYS"] ?? 0);
const WORDS = ["parcel", "late", "refund", "courier", "broken", "great", "support", "size", "colour", "box"];
const SHOPS = ["Acme", "Nordwind", "Sklep Kasi", "Maison Lune"];

let serial = 0;
const preloaded = (4 + PRELOAD) * 1000;
/** Where mention i of the preload falls in the N days before now; undefined (now) after it. */
const stamp = (i: number, now: number) =>
  PRELOAD_DAYS > 0 && i < preloaded
    ? new Date(now - PRELOAD_DAYS * 86_400_000 * (1 - i / preloaded)).toISOString()
    : undefined;
function batch() {
  const now = Date.now();
  return Array.from({ length: 1000 }, () => {
    const i = serial++;
    return {
      source: "bench",
      external_id: `m${i}`,
      text: `Order ${i} from ${SHOPS[i % 4]}: ${WORDS[i % 10]} ${WORDS[(i >> 3) % 10]} ${WORDS[(i >> 6) % 10]}, day ${i % 30}`,
      ...(stamp(i, now) ? { created_at: stamp(i, now) } : {}),
    };
  });
}

const spent = new Map<string, { n: number; us: number }>();
let counting = false;
const WINDOW = Number(process.env["BENCH_WINDOW"] ?? 0);
/** Per window of WINDOW batches: statement CPU by kind, and the whole process's CPU. */
const windows: { mentions: number; batches: number; us: Record<string, number>; process_us: number }[] = [];
let windowOpen:
  | { mentions: number; us: Record<string, number>; t0: NodeJS.CpuUsage; batches: number }
  | undefined;
const kindOf = (sql: string) =>
  /^\s*insert into "mentions"/i.test(sql)
    ? "insert_mentions"
    : /^\s*commit/i.test(sql)
      ? "commit"
      : /wal_checkpoint/i.test(sql)
        ? "checkpoint"
        : /from "?mentions"?/i.test(sql) && /fingerprint/i.test(sql)
          ? "originals_lookup"
          : "other";
const shape = (sql: string) =>
  sql
    .replace(/\s+/g, " ")
    .replace(/\(\?(, \?)*\)(, \(\?(, \?)*\))*/g, "(?…)")
    .slice(0, 90);

// biome-ignore lint/suspicious/noExplicitAny: patching the driver's prototype to time every statement.
const proto = (SQLite as any).prototype.prepare.call(new SQLite(":memory:"), "select 1").constructor
  .prototype;
for (const name of ["run", "all", "get"] as const) {
  const original = proto[name];
  proto[name] = function (this: { source: string }, ...args: unknown[]) {
    if (windowOpen) {
      const t0 = process.cpuUsage();
      try {
        return original.apply(this, args);
      } finally {
        const d = process.cpuUsage(t0);
        const k = kindOf(this.source);
        windowOpen.us[k] = (windowOpen.us[k] ?? 0) + d.user + d.system;
      }
    }
    if (!counting) return original.apply(this, args);
    const t0 = process.cpuUsage();
    try {
      return original.apply(this, args);
    } finally {
      const d = process.cpuUsage(t0);
      const k = shape(this.source);
      const s = spent.get(k) ?? { n: 0, us: 0 };
      s.n++;
      s.us += d.user + d.system;
      spent.set(k, s);
    }
  };
}

async function main() {
  const h = await createHarness();
  // BENCH_DROP=index,index: what each index costs (an experiment, not a setting).
  for (const ix of (process.env["BENCH_DROP"] ?? "").split(",").filter(Boolean))
    await h.ctx.db.schema.dropIndex(ix).execute();
  // BENCH_PRAGMAS=name=value,…: the store's connection set otherwise (an experiment, not a setting).
  for (const p of (process.env["BENCH_PRAGMAS"] ?? "").split(",").filter(Boolean))
    await sql.raw(`pragma ${p}`).execute(h.ctx.db);
  // BENCH_CHECKPOINT_MS=N: a passive checkpoint every N ms, as the server's background thread does
  // (with BENCH_PRAGMAS=wal_autocheckpoint=40000, the server writer's backstop), timed apart from commits.
  const checkpointMs = Number(process.env["BENCH_CHECKPOINT_MS"] ?? 0);
  const checkpoints = checkpointMs
    ? setInterval(() => void sql.raw("pragma wal_checkpoint(PASSIVE)").execute(h.ctx.db), checkpointMs)
    : undefined;
  const post = async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: { mentions: batch() },
    });
    if (res.statusCode !== 202) throw new Error(`ingest answered ${res.statusCode}`);
  };
  // BENCH_PRELOAD batches first, uncounted (but for BENCH_WINDOW): what a batch costs once the store holds that many.
  const closeWindow = () => {
    if (!windowOpen) return;
    const d = process.cpuUsage(windowOpen.t0);
    windows.push({
      mentions: windowOpen.mentions,
      batches: windowOpen.batches,
      us: windowOpen.us,
      process_us: d.user + d.system,
    });
    windowOpen = undefined;
  };
  for (let i = 0; i < 4 + PRELOAD; i += 2) {
    if (WINDOW > 0 && !windowOpen)
      windowOpen = { mentions: serial, us: {}, t0: process.cpuUsage(), batches: 0 };
    await Promise.all([post(), post()]);
    if (windowOpen) windowOpen.batches += 2;
    if (windowOpen && windowOpen.batches >= WINDOW) closeWindow();
  }
  closeWindow();
  await new Promise((r) => setTimeout(r, 2000));
  counting = true;
  const t0 = process.cpuUsage();
  // Two at a time, as the ingest gate lets them.
  for (let i = 0; i < BATCHES; i += 2) await Promise.all([post(), post()]);
  await new Promise((r) => setTimeout(r, 3000));
  const all = process.cpuUsage(t0);
  counting = false;
  clearInterval(checkpoints);
  await h.close();
  const per = (us: number) => Math.round(us / BATCHES / 10) / 100;
  const rows = [...spent].sort((a, b) => b[1].us - a[1].us);
  const sum = (f: (k: string) => boolean) =>
    per(rows.filter(([k]) => f(k)).reduce((a, [, v]) => a + v.us, 0));
  process.stdout.write(
    `${JSON.stringify(
      {
        batches: BATCHES,
        preloaded_mentions: preloaded,
        preload_days: PRELOAD_DAYS,
        ...(WINDOW > 0
          ? {
              preload_windows_ms_per_batch: windows.map((w) => {
                const n = w.batches;
                const ms = (us: number) => Math.round(us / n / 10) / 100;
                const st = Object.values(w.us).reduce((a, b) => a + b, 0);
                return {
                  from_mention: w.mentions,
                  process: ms(w.process_us),
                  statements: ms(st),
                  ...Object.fromEntries(Object.entries(w.us).map(([k, v]) => [k, ms(v)])),
                };
              }),
            }
          : {}),
        process_cpu_ms_per_batch: per(all.user + all.system),
        statements_ms_per_batch: sum(() => true),
        reads_ms_per_batch: sum((k) => /^\s*select/i.test(k)),
        by_statement: rows.slice(0, 25).map(([k, v]) => ({
          sql: k,
          per_batch: Math.round((v.n / BATCHES) * 100) / 100,
          ms_per_batch: per(v.us),
        })),
      },
      null,
      2,
    )}\n`,
  );
}

await main();
