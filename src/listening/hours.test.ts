import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { hoursStore } from "./hours.js";
import type { MentionFilters } from "./schema.js";
import { listeningStore } from "./store.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const TEXTS = [
  "The parcel never arrived and nobody answers, worst shop ever",
  "Lovely dress, fits perfectly, thank you!",
  "Where is my order? Tracking says nothing for a week",
  "Paczka nie dotarła, jestem bardzo rozczarowany",
  "Die Lieferung war schnell, alles bestens",
  "Order arrived.",
];

/** Mentions spread over three days, some rated, some reposted word for word (copies). */
function mentions(prefix: string, n: number) {
  return Array.from({ length: n }, (_, i) => ({
    source: i % 3 === 0 ? "twitter" : "reviews",
    external_id: `${prefix}-${i}`,
    text: i % 7 === 0 ? TEXTS[0] : `${TEXTS[i % TEXTS.length]} (#${prefix}${i})`,
    created_at: new Date(Date.UTC(2026, 10, 20, 0, 0) + i * 37 * 60_000 + (i % 5) * 61_000).toISOString(),
    ...(i % 4 === 0 ? { rating: (i % 5) + 1 } : {}),
  }));
}

async function post(items: unknown[]) {
  const res = await h.app.inject({
    method: "POST",
    url: "/api/v1/mentions",
    headers: h.auth("responder"),
    payload: { mentions: items },
  });
  expect(res.statusCode).toBe(202);
}

/** The same figures read from the hourly counts (the service) and by scanning the mentions (the store). */
async function expectSameAsScan() {
  const ws = h.workspaceId;
  const svc = h.ctx.services.listening;
  const ranges: MentionFilters[] = [
    {},
    { originals: true },
    { since: "2026-11-20T05:17:00.000Z" },
    { since: "2026-11-20T05:00:00.000Z", until: "2026-11-21T13:00:00.000Z", originals: true },
    { since: "2026-11-20T03:30:00.000Z", until: "2026-11-21T22:45:10.000Z" },
    { since: "2026-11-20T07:10:00.000Z", until: "2026-11-20T07:50:00.000Z" },
    { until: "2026-11-21T09:31:00.000Z" },
  ];
  for (const f of ranges) {
    expect(await svc.count(ws, f), JSON.stringify(f)).toEqual(await listeningStore.count(h.ctx.db, ws, f));
    for (const bucket of ["hour", "day"] as const) {
      const scan = await listeningStore.stats(h.ctx.db, ws, f, bucket);
      const rolled = (await svc.stats(ws, f, bucket)).map(({ negative_share: _, ...r }) => r);
      expect(rolled, `${bucket} ${JSON.stringify(f)}`).toEqual(scan);
    }
  }
  const [since, until] = ["2026-11-19T00:00:00.000Z", "2026-11-23T00:00:00.000Z"];
  const daily = await svc.dailySentiment(ws, since, until);
  const scanned = await listeningStore.dailySentiment(h.ctx.db, ws, since, until);
  expect(daily.map((d) => ({ ...d, rating_sum: Math.round(d.rating_sum * 1000) }))).toEqual(
    scanned.map((d) => ({ ...d, rating_sum: Math.round(d.rating_sum * 1000) })),
  );
}

describe("hourly mention counts", () => {
  it("answer counts, the volume chart and daily sentiment exactly as a scan of the mentions does", async () => {
    await post(mentions("a", 120));
    // A second batch repeats some external ids (skipped, not counted twice) and adds copies of the first.
    await post([...mentions("a", 10), ...mentions("b", 60)]);
    const total = await listeningStore.count(h.ctx.db, h.workspaceId, {});
    expect(total.n).toBe(180);
    expect((await listeningStore.count(h.ctx.db, h.workspaceId, { originals: true })).n).toBeLessThan(180);
    await expectSameAsScan();
  });

  it("follow a person's correction of sentiment, and fold an hour's deltas into one row", async () => {
    const page = await h.ctx.services.listening.list(h.workspaceId, {}, 30);
    for (const m of page.items.slice(0, 12)) {
      const sentiment = m.sentiment === "negative" ? "positive" : "negative";
      const res = await h.app.inject({
        method: "PATCH",
        url: `/api/v1/mentions/${m.id}`,
        headers: h.auth("responder"),
        payload: { sentiment },
      });
      expect(res.statusCode).toBe(200);
    }
    await expectSameAsScan();

    const rowsBefore = await h.ctx.db.selectFrom("mention_hours").select("id").execute();
    const folded = await hoursStore.compact(h.ctx.db);
    expect(folded).toBeGreaterThan(0);
    const perHour = await h.ctx.db
      .selectFrom("mention_hours")
      .select(["hour", (eb) => eb.fn.countAll<number>().as("n")])
      .where("workspace_id", "=", h.workspaceId)
      .groupBy("hour")
      .execute();
    expect(perHour.every((r) => Number(r.n) === 1)).toBe(true);
    expect(perHour.length).toBeLessThan(rowsBefore.length);
    await expectSameAsScan();
  });
});
