/**
 * `npm run bench:recovery`: replays the airline tweets of ../shared/data (Twitter US Airline Sentiment,
 * February 2015) through the store as mentions, finds the worst day of the daily sentiment index, opens
 * a crisis over that day, resolves it, and asks GET /api/v1/reputation?crisis_id=… for the baseline,
 * the depth of the fall and the days to recover. Prints JSON.
 *
 * The store's index uses Firebreak's own classifier; beside it, the same measures computed from the
 * dataset's human labels show how far the classifier moves them. Speed: the reputation route is timed
 * against a baseline measured in the same run, an in-memory pass that counts the same rows per day
 * (no store, no HTTP), reported as a ratio.
 * SQLite by default; PostgreSQL when DATABASE_URL is set.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { baselineOf, type DayCounts, dailyPoints, recoveryOf } from "../src/review/reputation.js";
import { createHarness, type Harness } from "../src/testing/harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const FILE = process.env["AIRLINE_CSV"] ?? join(here, "..", "..", "shared", "data", "airline-tweets-dev.csv");
const RUNS = 5;

interface Row {
  tweet_id: string;
  airline_sentiment: string;
  text: string;
  tweet_created: string;
}

function countByDay(rows: Row[]): DayCounts[] {
  const days = new Map<string, DayCounts>();
  for (const r of rows) {
    const day = new Date(r.tweet_created).toISOString().slice(0, 10);
    const d = days.get(day) ?? { day, mentions: 0, negative: 0, positive: 0, rated: 0, rating_sum: 0 };
    d.mentions++;
    if (r.airline_sentiment === "negative") d.negative++;
    if (r.airline_sentiment === "positive") d.positive++;
    days.set(day, d);
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[s.length >> 1] as number) : 0;
};

/** A GET on the API as a viewer; anything but 200 stops the bench. */
// biome-ignore lint/suspicious/noExplicitAny: the bench reads the answers' JSON as it comes.
type Get = (url: string) => Promise<any>;
const getterFor =
  (h: Harness): Get =>
  async (url) => {
    const res = await h.app.inject({ method: "GET", url, headers: h.auth("viewer") });
    if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode} ${res.body}`);
    return res.json();
  };

function readRows(): Row[] {
  if (!existsSync(FILE)) {
    console.error(`bench:recovery: the data file is missing: ${FILE} (see ../shared/data/README.md)`);
    console.log(JSON.stringify({ bench: "recovery", skipped: `data file missing: ${FILE}` }));
    process.exit(2);
  }
  return parse(readFileSync(FILE), { columns: true, skip_empty_lines: true }) as Row[];
}

/** Stores every tweet as a mention (classified on the way in); answers the time it took in ms. */
async function ingest(h: Harness, rows: Row[]): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += 1000) {
    await h.ctx.services.listening.ingest(
      h.workspaceId,
      rows.slice(i, i + 1000).map((r) => ({
        source: "twitter",
        external_id: r.tweet_id,
        text: r.text,
        created_at: new Date(r.tweet_created).toISOString(),
        url: null,
        author: null,
      })),
    );
  }
  return performance.now() - t0;
}

/** The worst day of the store's own index, among days with a normal volume (a two-tweet day is noise). */
async function worstDay(get: Get, first: string, last: string): Promise<string> {
  const all = await get(`/api/v1/reputation?since=${first}&until=${last}`);
  const typical = median(all.items.map((d: { mentions: number }) => d.mentions));
  const judged = all.items.filter(
    (d: { mentions: number; index: number | null }) => d.index !== null && d.mentions >= 0.2 * typical,
  );
  return judged.reduce((a: { index: number }, b: { index: number }) => (b.index < a.index ? b : a)).day;
}

/** Opens a crisis that started on `day` and walks it to resolved; answers its id. */
async function crisisOver(h: Harness, day: string): Promise<string> {
  const open = await h.app.inject({
    method: "POST",
    url: "/api/v1/crises",
    headers: h.auth("responder"),
    payload: {
      title: "Replay: the worst day of the airline tweets",
      type: "negative_wave",
      severity: "SEV2",
      started_at: `${day}T00:00:00.000Z`,
    },
  });
  if (open.statusCode !== 201) throw new Error(`open crisis: ${open.body}`);
  const crisisId = open.json().id as string;
  for (const status of ["acknowledged", "mitigating", "monitoring", "resolved"]) {
    const r = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/crises/${crisisId}`,
      headers: h.auth("responder"),
      payload: { status },
    });
    if (r.statusCode !== 200) throw new Error(`status ${status}: ${r.body}`);
  }
  return crisisId;
}

/** The same measures from the human labels, same crisis day, same functions. */
function fromLabels(labelled: DayCounts[], first: string, last: string, crisisDay: string) {
  const pts = dailyPoints(labelled, first, last);
  const baseline = baselineOf(pts.filter((p) => p.day < crisisDay));
  const recovery = baseline ? recoveryOf(pts, baseline, crisisDay) : null;
  return {
    baseline,
    worst_day: recovery?.worst_day ?? null,
    worst_index: recovery?.worst_index ?? null,
    depth: recovery?.depth ?? null,
    days_to_recover: recovery?.days_to_recover ?? null,
    recovered_on: recovery?.recovered_on ?? null,
  };
}

/** Speed: the route (store query + index) against an in-memory count of the same rows, same run (medians). */
async function timeRoute(get: Get, url: string, rows: Row[], first: string, last: string, crisisDay: string) {
  const routeMs: number[] = [];
  const memoryMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await get(url);
    routeMs.push(performance.now() - t);
    t = performance.now();
    const b = dailyPoints(countByDay(rows), first, last);
    recoveryOf(
      b,
      baselineOf(b.filter((p) => p.day < crisisDay)) ?? {
        index: 0,
        low: 0,
        high: 0,
        from: first,
        to: first,
        days: 0,
        mentions: 0,
        rating: null,
      },
      crisisDay,
    );
    memoryMs.push(performance.now() - t);
  }
  return { route: median(routeMs), memory: median(memoryMs) };
}

async function main() {
  const rows = readRows();
  const h = await createHarness();
  try {
    const ingestMs = await ingest(h, rows);
    const labelled = countByDay(rows);
    const first = labelled[0]?.day as string;
    const last = labelled[labelled.length - 1]?.day as string;
    const get = getterFor(h);
    const crisisDay = await worstDay(get, first, last);
    const crisisId = await crisisOver(h, crisisDay);
    // Every day of data before the crisis is its baseline.
    const baselineDays = Math.max(3, Math.round((Date.parse(crisisDay) - Date.parse(first)) / 86_400_000));
    const url = `/api/v1/reputation?crisis_id=${crisisId}&until=${last}&baseline_days=${baselineDays}`;
    const store = await get(url);
    const humanLabels = fromLabels(labelled, first, last, crisisDay);
    const { route, memory } = await timeRoute(get, url, rows, first, last, crisisDay);

    console.log(
      JSON.stringify(
        {
          bench: "recovery",
          store: h.ctx.store.dialect,
          data: { file: "airline-tweets-dev.csv", tweets: rows.length, first_day: first, last_day: last },
          crisis_day: crisisDay,
          classifier: {
            baseline: store.baseline,
            worst_index: store.recovery?.worst_index ?? null,
            depth: store.recovery?.depth ?? null,
            days_to_recover: store.recovery?.days_to_recover ?? null,
            recovered_on: store.recovery?.recovered_on ?? null,
            daily: store.items.map((d: { day: string; mentions: number; index: number | null }) => ({
              day: d.day,
              mentions: d.mentions,
              index: d.index,
            })),
          },
          human_labels: humanLabels,
          speed: {
            ingest_mentions_per_s: Math.round(rows.length / (ingestMs / 1000)),
            reputation_route_ms: Math.round(route * 10) / 10,
            in_memory_baseline_ms: Math.round(memory * 10) / 10,
            route_vs_in_memory_ratio: Math.round((route / Math.max(memory, 0.01)) * 10) / 10,
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await h.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
