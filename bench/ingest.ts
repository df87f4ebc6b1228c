/**
 * `tsx bench/ingest.ts`: pushes 200,000 mentions through the real HTTP route (a server on loopback, batches of 1000, a few
 * concurrent clients) and, in the same run and store, a bare batched insert of the same rows.
 * SQLite by default; PostgreSQL when DATABASE_URL is set. Prints JSON.
 *
 * `tsx bench/ingest.ts --import [ROWS,ROWS,…]` (default 500000,1000000,2000000): generates a CSV of each
 * size in the temporary folder, runs the real `firebreak import` on it as its own process and samples
 * that process's peak resident memory (VmHWM). Memory is flat when the peak of the largest file is
 * about that of the smallest: the `flatness` ratio, measured in the same run, says by how much.
 */
import { spawn } from "node:child_process";
import { createWriteStream, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Pool } from "undici";
import { modules } from "../src/app/modules.js";
import { newId } from "../src/core/ids.js";
import type { MentionsTable } from "../src/listening/tables.js";
import { createHarness } from "../src/testing/harness.js";

const TOTAL = Number(process.env["BENCH_MENTIONS"] ?? 200_000);
const BATCH = 1000;
const CLIENTS = Number(process.env["BENCH_CLIENTS"] ?? 4);

const TEMPLATES = [
  "My order #{n} from {shop} still has not arrived after {d} days, nobody answers the support emails",
  "Love the new {p} I bought at {shop}, fast delivery and great quality! #{d}",
  "Paczka z zamówienia {n} przyszła uszkodzona, {shop} nie odpowiada na reklamację od {d} dni",
  "Ho ricevuto il prodotto sbagliato ({p}), ordine {n}, aspetto il rimborso da {d} giorni",
  "Commande {n} chez {shop} : remboursement toujours pas reçu après {d} jours, service client injoignable",
  "Die Lieferung von {shop} kam pünktlich an, {p} funktioniert super, Bestellung {n}",
  "El pago del pedido {n} se cobró dos veces en {shop}, nadie responde desde hace {d} días",
  "{shop} website is down again, cannot log in to check order {n} #outage",
  "Price of the {p} jumped from {d} to {n} overnight at {shop}, is this a price error?",
  "Just a neutral note: {shop} opens a new warehouse for {p} orders, {n} jobs, {d} cities",
];
const PRODUCTS = ["kettle", "sneakers", "lamp", "headphones", "sofa", "backpack", "blender", "jacket"];

function mention(i: number) {
  const t = TEMPLATES[i % TEMPLATES.length] as string;
  const text = t
    .replaceAll("{n}", String(100_000 + i))
    .replaceAll("{d}", String((i % 29) + 2))
    .replaceAll("{p}", PRODUCTS[i % PRODUCTS.length] as string)
    .replaceAll("{shop}", "Acme Shop");
  return {
    source: i % 3 === 0 ? "twitter" : i % 3 === 1 ? "reviews" : "forum",
    external_id: `bench-${i}`,
    // Every 20th is a repost of the one before: the copy linking is on the measured path.
    text: i % 20 === 19 ? `RT @someone: ${text.replace(String(100_000 + i), String(100_000 + i - 1))}` : text,
    created_at: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
    url: `https://example.com/p/${i}`,
    author: `author${i % 5000}`,
    author_followers: i % 10_000,
  };
}

async function main() {
  // BENCH_WITHOUT=cases leaves domains out, to see what their reactions to new mentions cost.
  const without = (process.env["BENCH_WITHOUT"] ?? "").split(",").filter(Boolean);
  const h = await createHarness({ listen: true, modules: modules.filter((m) => !without.includes(m.name)) });
  const store = h.ctx.store.dialect;
  const mentions = Array.from({ length: TOTAL }, (_, i) => mention(i));
  const bodies: string[] = [];
  for (let i = 0; i < TOTAL; i += BATCH)
    bodies.push(JSON.stringify({ mentions: mentions.slice(i, i + BATCH) }));

  const pool = new Pool(h.ctx.config.publicUrl, { connections: CLIENTS, pipelining: 1 });
  const headers = { ...h.auth("responder"), "content-type": "application/json" };
  let next = 0;
  let accepted = 0;
  const client = async () => {
    while (next < bodies.length) {
      const body = bodies[next++] as string;
      const res = await pool.request({ method: "POST", path: "/api/v1/mentions", headers, body });
      const json = (await res.body.json()) as { accepted: number };
      if (res.statusCode !== 202) throw new Error(`HTTP ${res.statusCode}: ${JSON.stringify(json)}`);
      accepted += json.accepted;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const httpS = (performance.now() - t0) / 1000;
  await pool.close();
  if (accepted !== TOTAL) throw new Error(`accepted ${accepted} of ${TOTAL}`);

  // The same rows, bare: no HTTP, no validation, no classification, no copy lookup; one multi-row
  // insert per batch in one transaction, into the same table of the same store.
  const other = await h.ctx.services.accounts.createWorkspace({ name: "Raw", slug: "raw-bench" });
  const now = new Date().toISOString();
  const rows: MentionsTable[] = mentions.map((m) => ({
    id: newId(),
    workspace_id: other.id,
    source: m.source,
    external_id: m.external_id,
    text: m.text,
    url: m.url,
    author: m.author,
    author_followers: m.author_followers,
    rating: null,
    created_at: m.created_at,
    received_at: now,
    language: "en",
    sentiment: "neutral",
    score: 0,
    complaint: 0,
    topics: "[]",
    fingerprint: null,
    copy_day: null,
    copy_key: null,
    duplicate_of: null,
    copies: 0,
    corrected: 0,
    label: null,
    model: "shipped",
  }));
  const t1 = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    await h.ctx.db.transaction().execute((trx) => trx.insertInto("mentions").values(chunk).execute());
  }
  const rawS = (performance.now() - t1) / 1000;
  await h.close();

  const mentionsPerS = Math.round(TOTAL / httpS);
  const rawPerS = Math.round(TOTAL / rawS);
  process.stdout.write(
    `${JSON.stringify({
      mentions_per_s: mentionsPerS,
      raw_insert_per_s: rawPerS,
      ratio: Math.round((mentionsPerS / rawPerS) * 1000) / 1000,
      store,
      mentions: TOTAL,
      batch: BATCH,
      clients: CLIENTS,
      without,
      http_s: Math.round(httpS * 100) / 100,
      raw_s: Math.round(rawS * 100) / 100,
    })}\n`,
  );
}

const CLI = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));

/** Streams a Brandwatch-style CSV of `rows` generated mentions to `file`, respecting back-pressure. */
async function writeCsv(file: string, rows: number) {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r()));
  await write("Date,Url,Author,Full Text,Twitter Followers,Resource Id\n");
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    const m = mention(i);
    chunk += `${m.created_at},${m.url},${m.author},"${m.text.replaceAll('"', '""')}",${m.author_followers},${m.external_id}\n`;
    if (i % 1000 === 999) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

const kbOf = (status: string, key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);

interface TimelinePoint {
  s: number;
  rows: number;
  rss_mb: number;
}

/**
 * Runs `firebreak import FILE` and samples its peak RSS from /proc while it runs; every 30 s it also
 * notes the rows done so far (from the progress line) and the RSS then, printed to stderr as it goes,
 * so a long import shows whether memory keeps rising with the rows or levels off.
 */
function importWithPeak(file: string, env: Record<string, string>) {
  return new Promise<{ peakKb: number; result: Record<string, number>; timeline: TimelinePoint[] }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", CLI, "import", file, "--source", "bench"], {
        env: { ...process.env, LOG_LEVEL: "warn", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderrTail = "";
      let peakKb = 0;
      let rssKb = 0;
      let rows = 0;
      const t0 = performance.now();
      const timeline: TimelinePoint[] = [];
      child.stdout.on("data", (d) => {
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        stderrTail = (stderrTail + d).slice(-2000);
        const done = [...stderrTail.matchAll(/\| (\d+) rows \|/g)].pop();
        if (done) rows = Number(done[1]);
      });
      const sample = () => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
          peakKb = Math.max(peakKb, kbOf(status, "VmHWM"));
          rssKb = kbOf(status, "VmRSS");
        } catch {
          // The process has just exited; the last sample stands.
        }
      };
      const note = () => {
        const point = {
          s: Math.round((performance.now() - t0) / 1000),
          rows,
          rss_mb: Math.round(rssKb / 1024),
        };
        timeline.push(point);
        process.stderr.write(`${JSON.stringify(point)}\n`);
      };
      const timer = setInterval(sample, 200);
      const noter = setInterval(note, 30_000);
      child.on("error", reject);
      child.on("exit", (code) => {
        clearInterval(timer);
        clearInterval(noter);
        if (code !== 0) return reject(new Error(`import exited ${code}: ${stderrTail}`));
        resolve({ peakKb, timeline, result: JSON.parse(stdout.trim().split("\n").pop() ?? "{}") });
      });
    },
  );
}

async function importBench(sizes: number[]) {
  const h = await createHarness();
  const runs = [];
  try {
    for (const rows of sizes) {
      const file = join(tmpdir(), `firebreak-bench-import-${rows}.csv`);
      await writeCsv(file, rows);
      try {
        const { peakKb, result, timeline } = await importWithPeak(file, h.test.env);
        if (result["accepted"] !== rows) throw new Error(`imported ${result["accepted"]} of ${rows} rows`);
        runs.push({
          rows,
          peak_rss_mb: Math.round(peakKb / 102.4) / 10,
          rows_per_s: result["rows_per_s"],
          seconds: result["seconds"],
          timeline,
        });
        process.stderr.write(`${JSON.stringify(runs[runs.length - 1])}\n`);
      } finally {
        rmSync(file, { force: true });
      }
      // Each size imports into a fresh source: the next run must not meet the previous rows as duplicates.
      await h.ctx.db.deleteFrom("mentions").where("workspace_id", "=", h.workspaceId).execute();
    }
  } finally {
    await h.close();
  }
  const peaks = runs.map((r) => r.peak_rss_mb);
  process.stdout.write(
    `${JSON.stringify({
      store: h.ctx.store.dialect,
      runs,
      peak_rss_mb: Math.max(...peaks),
      // Peak of the largest file over the peak of the smallest: 1.0 is perfectly flat.
      flatness: Math.round(((peaks[peaks.length - 1] as number) / (peaks[0] as number)) * 1000) / 1000,
    })}\n`,
  );
}

const importAt = process.argv.indexOf("--import");
if (importAt >= 0) {
  const arg = process.argv[importAt + 1] ?? "500000,1000000,2000000";
  const sizes = arg.split(",").map((s) => Number(s.replace(/_/g, "")));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--import takes ROWS,ROWS,…");
  await importBench(sizes);
} else {
  await main();
}
