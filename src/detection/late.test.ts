import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mentionInput } from "../listening/schema.js";
import { createHarness, type Harness } from "../testing/harness.js";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

let h: Harness;
let n = 0;

/** Mentions of `source` stamped at each of `ats` (ms), stored as the API stores them, then one round. */
async function deliver(source: string, ats: number[], workspaceId = h.workspaceId) {
  const items = ats.map((at) =>
    mentionInput.parse({
      source,
      external_id: `${source}-${++n}`,
      text: `Ordered a pair of shoes from this shop, number ${n}`,
      created_at: new Date(at).toISOString(),
    }),
  );
  await h.ctx.services.listening.ingest(workspaceId, items);
  await h.ctx.jobs.drain();
  await h.ctx.services.detection.idle(workspaceId);
}

/** Mentions the detectors counted, bucket by bucket, once data time has reached `until`. */
async function counted(until: number, workspaceId = h.workspaceId) {
  await h.ctx.services.detection.process(workspaceId, { catchUp: true, advanceTo: until });
  const points = await h.ctx.services.detection.series(workspaceId, "volume");
  return points.reduce((sum, p) => sum + p.observed, 0);
}

async function freshWorkspace(slug: string) {
  return (await h.ctx.services.accounts.createWorkspace({ name: slug, slug })).id;
}

beforeAll(async () => {
  h = await createHarness();
  h.clock.freeze(new Date(Math.floor(Date.now() / HOUR) * HOUR));
});
afterAll(async () => h?.close());

// Live, a mention's own time is often behind its arrival: a feed polled every few minutes, a review
// platform stamping the day, a crawler running late. The detectors read the store from a cursor; read by
// the mentions' own time, everything older than the cursor's two minutes of overlap was never counted once
// a faster source (the API, a webhook) had moved the cursor on.
describe("mentions that arrive after their own time", () => {
  it("count when they arrive, even after a faster source moved the detectors on", async () => {
    const ws = await freshWorkspace("late-feed");
    const t0 = h.clock.now().getTime();
    await deliver("api", [t0], ws);
    await deliver("rss", [t0 - 30_000], ws);
    h.clock.advance(10 * MIN);
    const t1 = h.clock.now().getTime();
    await deliver("api", [t1], ws);
    // The feed's next poll: twenty items published 3 to 8 minutes ago.
    await deliver(
      "rss",
      Array.from({ length: 20 }, (_, i) => t1 - 8 * MIN + i * 15_000),
      ws,
    );
    expect(await counted(t1 + 10 * MIN, ws)).toBe(23);
  });

  it("a day-stamped review counts on the day it arrives", async () => {
    const ws = await freshWorkspace("late-reviews");
    const t0 = h.clock.now().getTime();
    await deliver("api", [t0], ws);
    await deliver("reviews", [t0], ws);
    h.clock.advance(5 * HOUR);
    const t1 = h.clock.now().getTime();
    await deliver("api", [t1], ws);
    // Stamped with their day only: midnight, hours before they arrive.
    const midnight = Math.floor(t1 / DAY) * DAY;
    await deliver("reviews", [midnight, midnight, midnight], ws);
    // The detectors keep the last three hours in memory: the newest mention and the three reviews.
    expect(await counted(t1 + 10 * MIN, ws)).toBe(4);
  });

  it("history is not news: a new source's backlog and anything days old are stored but not counted", async () => {
    const ws = await freshWorkspace("late-history");
    const t0 = h.clock.now().getTime();
    await deliver("api", [t0, t0], ws);
    h.clock.advance(10 * MIN);
    const t1 = h.clock.now().getTime();
    // A feed connected now hands over its last day at once, and one item published this minute.
    await deliver("blog-feed", [...Array.from({ length: 30 }, (_, i) => t1 - DAY + i * 40 * MIN), t1], ws);
    // A known source's backfill of last week.
    await deliver(
      "api",
      Array.from({ length: 40 }, (_, i) => t1 - 7 * DAY + i * HOUR),
      ws,
    );
    expect(await counted(t1 + 10 * MIN, ws)).toBe(3);
    const stored = await h.ctx.services.listening.list(ws, {}, 1000);
    expect(stored.items.length).toBe(73);
    const alerts = await h.ctx.services.alerts.list(h.ctx.services.alerts.systemActor(ws), { limit: 100 });
    expect(alerts.items).toEqual([]);
  });

  it("a mention stamped in the future counts when it arrives, not later", async () => {
    const ws = await freshWorkspace("late-future");
    const t0 = h.clock.now().getTime();
    await deliver("api", [t0], ws);
    // A sender whose clock is a day ahead: read at its own time, it would pull data time a day forward
    // and every later mention would wait for that bucket.
    await deliver("api", [t0 + DAY], ws);
    h.clock.advance(10 * MIN);
    await deliver("api", [h.clock.now().getTime()], ws);
    expect(await counted(h.clock.now().getTime() + 10 * MIN, ws)).toBe(3);
  });

  it("a shop's webhook retried after newer events still counts, and a backfill of old orders does not", async () => {
    const ws = await freshWorkspace("late-shop");
    const shop = h.ctx.services.detection.shopEvents;
    const t0 = h.clock.now().getTime();
    const order = (id: string, at: number) => ({
      id,
      type: "order_placed" as const,
      at: new Date(at).toISOString(),
    });
    await shop.record(ws, [order("o1", t0)], "shopify");
    await h.ctx.services.detection.process(ws, { catchUp: true });
    h.clock.advance(10 * MIN);
    const t1 = h.clock.now().getTime();
    await shop.record(ws, [order("o2", t1)], "shopify");
    await h.ctx.services.detection.process(ws, { catchUp: true });
    // Delivered late (the shop retried after a timeout): placed 9 and 8 minutes ago.
    await shop.record(ws, [order("o3", t1 - 9 * MIN), order("o4", t1 - 8 * MIN)], "shopify");
    // An import of last month's orders.
    await shop.record(
      ws,
      Array.from({ length: 30 }, (_, i) => order(`old${i}`, t1 - 30 * DAY + i * HOUR)),
      "shopify",
    );
    await h.ctx.services.detection.process(ws, { catchUp: true, advanceTo: t1 + 10 * MIN });
    const points = await h.ctx.services.detection.series(ws, "orders");
    expect(points.reduce((sum, p) => sum + p.observed, 0)).toBe(4);
  });
});
