/**
 * Pushes 200,000 mentions through the real HTTP route (a server on loopback, batches of 1000, a few
 * concurrent clients) and, in the same run and store, a bare batched insert of the same rows.
 * SQLite by default; PostgreSQL when DATABASE_URL is set. Prints JSON.
 */
import { Pool } from "undici";
import { newId } from "../src/core/ids.js";
import type { MentionsTable } from "../src/listening/tables.js";
import { createHarness } from "../src/testing/harness.js";

const TOTAL = Number(process.env.BENCH_MENTIONS ?? 200_000);
const BATCH = 1000;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);

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
  const h = await createHarness({ listen: true });
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
    duplicate_of: null,
    copies: 0,
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
      http_s: Math.round(httpS * 100) / 100,
      raw_s: Math.round(rawS * 100) / 100,
    })}\n`,
  );
}

await main();
