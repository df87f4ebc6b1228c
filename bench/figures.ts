/**
 * `npm run bench:figures`: what the home page's counts and the volume chart cost as the mentions grow,
 * read from the hourly counts (as the product does) and by scanning the mentions (as it did before
 * migration 0150), in the same run on the same store. The full app on SQLite (or PostgreSQL when
 * DATABASE_URL is set), mentions ingested through the listening service over 90 days of data time.
 * BENCH_MENTIONS (default 200,000), checkpoints at a quarter, half and all of them.
 * Prints JSON: per checkpoint, the median of 15 reads of each figure both ways and the ratio scan ÷ rollup.
 */

import { hoursStore } from "../src/listening/hours.js";
import type { MentionFilters } from "../src/listening/schema.js";
import { listeningStore } from "../src/listening/store.js";
import { createHarness } from "../src/testing/harness.js";

const TOTAL = Number(process.env["BENCH_MENTIONS"] ?? 200_000);
const BATCH = 1000;
const DAYS = 90;
const WORDS = ["parcel", "late", "refund", "courier", "broken", "great", "support", "size", "colour", "box"];
const log = (m: string) => process.stderr.write(`${m}\n`);

const h = await createHarness();
const svc = h.ctx.services.listening;
const ws = h.workspaceId;
const start = Date.UTC(2026, 8, 1);
let serial = 0;

async function fill(until: number) {
  while (serial < until) {
    const items = Array.from({ length: BATCH }, () => {
      const i = serial++;
      return {
        source: i % 3 ? "reviews" : "twitter",
        external_id: `m${i}`,
        text: `Order ${i}: ${WORDS[i % 10]} ${WORDS[(i >> 3) % 10]} ${WORDS[(i >> 6) % 10]}, day ${i % 30}`,
        url: null,
        author: null,
        // Spread over all 90 days at every checkpoint (a prime stride), so each one is a busier shop.
        created_at: new Date(start + (((i * 7919) % TOTAL) / TOTAL) * DAYS * 86_400_000).toISOString(),
      };
    });
    await svc.ingest(ws, items);
  }
  await h.ctx.services.listening.list(ws, {}, 1);
}

async function median(f: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[7] ?? 0) * 100) / 100;
}

const day = (n: number) => new Date(start + n * 86_400_000 + 1_234_567).toISOString();
const QUESTIONS: { name: string; filters: MentionFilters; bucket?: "hour" | "day" }[] = [
  { name: "count_all_originals", filters: { originals: true } },
  { name: "count_last_24h", filters: { originals: true, since: day(DAYS - 1) } },
  { name: "chart_7d_hourly", filters: { since: day(DAYS - 7) }, bucket: "hour" },
  { name: "chart_90d_daily", filters: {}, bucket: "day" },
];

const out: Record<string, unknown>[] = [];
for (const share of [0.25, 0.5, 1]) {
  const n = Math.round(TOTAL * share);
  const t0 = performance.now();
  await fill(n);
  log(`${n} mentions (${Math.round((performance.now() - t0) / 1000)} s to add)`);
  await h.ctx.jobs.drain();
  // As the minute's fold job leaves them: one row per hour.
  while ((await hoursStore.compact(h.ctx.db, 1000)) > 0);
  const row: Record<string, unknown> = { mentions: n };
  for (const q of QUESTIONS) {
    const rollup = await median(() =>
      q.bucket ? svc.stats(ws, q.filters, q.bucket) : svc.count(ws, q.filters),
    );
    const scan = await median(() =>
      q.bucket
        ? listeningStore.stats(h.ctx.db, ws, q.filters, q.bucket)
        : listeningStore.count(h.ctx.db, ws, q.filters),
    );
    log(`  ${q.name}: rollup ${rollup} ms, scan ${scan} ms`);
    row[q.name] = { rollup_ms: rollup, scan_ms: scan, scan_vs_rollup: Math.round((scan / rollup) * 10) / 10 };
  }
  out.push(row);
}
process.stdout.write(`${JSON.stringify({ store: h.ctx.store.dialect, checkpoints: out }, null, 2)}\n`);
await h.close();
