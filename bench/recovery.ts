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
import { createHarness } from "../src/testing/harness.js";

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

async function main() {
  if (!existsSync(FILE)) {
    console.error(`bench:recovery: the data file is missing: ${FILE} (see ../shared/data/README.md)`);
    console.log(JSON.stringify({ bench: "recovery", skipped: `data file missing: ${FILE}` }));
    process.exit(2);
  }
  const rows = parse(readFileSync(FILE), { columns: true, skip_empty_lines: true }) as Row[];
  const h = await createHarness();
  try {
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
    const ingestMs = performance.now() - t0;
    const labelled = countByDay(rows);
    const first = labelled[0]?.day as string;
    const last = labelled[labelled.length - 1]?.day as string;
    const get = async (url: string) => {
      const res = await h.app.inject({ method: "GET", url, headers: h.auth("viewer") });
      if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode} ${res.body}`);
      return res.json();
    };

    // The worst day of the store's own index, among days with a normal volume (a two-tweet day is noise).
    const all = await get(`/api/v1/reputation?since=${first}&until=${last}`);
    const typical = median(all.items.map((d: { mentions: number }) => d.mentions));
    const judged = all.items.filter(
      (d: { mentions: number; index: number | null }) => d.index !== null && d.mentions >= 0.2 * typical,
    );
    const worst = judged.reduce((a: { index: number }, b: { index: number }) => (b.index < a.index ? b : a));

    const open = await h.app.inject({
      method: "POST",
      url: "/api/v1/crises",
      headers: h.auth("responder"),
      payload: {
        title: "Replay: the worst day of the airline tweets",
        type: "negative_wave",
        severity: "SEV2",
        started_at: `${worst.day}T00:00:00.000Z`,
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
    // Every day of data before the crisis is its baseline.
    const baselineDays = Math.max(3, Math.round((Date.parse(worst.day) - Date.parse(first)) / 86_400_000));
    const url = `/api/v1/reputation?crisis_id=${crisisId}&until=${last}&baseline_days=${baselineDays}`;
    const store = await get(url);

    // The same measures from the human labels, same crisis day, same functions.
    const pts = dailyPoints(labelled, first, last);
    const labelBaseline = baselineOf(pts.filter((p) => p.day < worst.day));
    const labelRecovery = labelBaseline ? recoveryOf(pts, labelBaseline, worst.day) : null;

    // Speed: the route (store query + index) against an in-memory count of the same rows, same run.
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
        baselineOf(b.filter((p) => p.day < worst.day)) ?? {
          index: 0,
          low: 0,
          high: 0,
          from: first,
          to: first,
          days: 0,
          mentions: 0,
          rating: null,
        },
        worst.day,
      );
      memoryMs.push(performance.now() - t);
    }
    const route = median(routeMs);
    const memory = median(memoryMs);

    console.log(
      JSON.stringify(
        {
          bench: "recovery",
          store: h.ctx.store.dialect,
          data: { file: "airline-tweets-dev.csv", tweets: rows.length, first_day: first, last_day: last },
          crisis_day: worst.day,
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
          human_labels: {
            baseline: labelBaseline,
            worst_day: labelRecovery?.worst_day ?? null,
            worst_index: labelRecovery?.worst_index ?? null,
            depth: labelRecovery?.depth ?? null,
            days_to_recover: labelRecovery?.days_to_recover ?? null,
            recovered_on: labelRecovery?.recovered_on ?? null,
          },
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
