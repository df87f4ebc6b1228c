import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const post = (mentions: unknown[], role: "admin" | "responder" | "viewer" = "responder") =>
  h.app.inject({ method: "POST", url: "/api/v1/mentions", headers: h.auth(role), payload: { mentions } });
const list = async (qs = "") => {
  const res = await h.app.inject({ method: "GET", url: `/api/v1/mentions${qs}`, headers: h.auth("viewer") });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Record<string, unknown>[]; next_cursor: string | null };
};

describe("POST /api/v1/mentions", () => {
  it("accepts a batch after commit, classifies it, and a retry doubles nothing", async () => {
    const batch = Array.from({ length: 50 }, (_, i) => ({
      source: "push",
      external_id: `p-${i}`,
      text: `Order ${i} arrived two weeks late and the parcel was damaged, really disappointed`,
      created_at: new Date(Date.UTC(2024, 0, 1, 10, i)).toISOString(),
      author: `user${i}`,
      author_followers: i,
    }));
    const first = await post(batch);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ accepted: 50, duplicates: 0, filtered: 0 });
    const again = await post(batch);
    expect(again.json()).toEqual({ accepted: 0, duplicates: 50, filtered: 0 });
    const page = await list("?source=push&limit=1000");
    expect(page.items).toHaveLength(50);
    const one = page.items[0] as Record<string, unknown>;
    for (const k of [
      "id",
      "source",
      "external_id",
      "text",
      "url",
      "author",
      "created_at",
      "language",
      "sentiment",
      "score",
      "complaint",
      "topics",
    ]) {
      expect(one).toHaveProperty(k);
    }
    expect(Array.isArray(one["topics"])).toBe(true);
  });

  it("rejects a bad batch whole, naming the item's field", async () => {
    const before = (await list("?source=bad&limit=1000")).items.length;
    const res = await post([
      { source: "bad", external_id: "b-0", text: "fine" },
      { source: "bad", external_id: "b-1", text: "fine too" },
      { source: "bad", external_id: "b-2", text: "ok" },
      { source: "bad", external_id: "b-3", text: "" },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("mentions.3.text");
    const date = await post([{ source: "bad", external_id: "b-9", text: "x", created_at: "yesterday-ish" }]);
    expect(date.json().error.field).toBe("mentions.0.created_at");
    expect((await list("?source=bad&limit=1000")).items.length).toBe(before);
  });

  it("refuses more than 1000 per batch and viewers", async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ source: "s", external_id: `${i}`, text: "t" }));
    const res = await post(many);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("mentions");
    expect((await post([{ source: "s", external_id: "v", text: "t" }], "viewer")).statusCode).toBe(403);
  });

  it("counts a repeated (source, external_id) inside one batch as a duplicate", async () => {
    const m = { source: "same", external_id: "x1", text: "hello there shop" };
    expect((await post([m, m, { ...m, source: "other" }])).json()).toEqual({
      accepted: 2,
      duplicates: 1,
      filtered: 0,
    });
  });
});

describe("GET /api/v1/mentions", () => {
  it("pages newest first with a cursor and no overlap", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let prev = "9999";
    do {
      const page = await list(`?source=push&limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      for (const m of page.items) {
        expect(String(m["created_at"]) <= prev).toBe(true);
        prev = String(m["created_at"]);
        seen.push(String(m["id"]));
      }
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
  });

  it("filters by time, text, sentiment and language", async () => {
    const since = await list("?source=push&since=2024-01-01T10:40:00Z&limit=1000");
    expect(since.items).toHaveLength(10);
    const until = await list("?source=push&until=2024-01-01T10:05:00Z");
    expect(until.items).toHaveLength(5);
    expect((await list("?q=ORDER%2012%20arrived")).items).toHaveLength(1);
    expect((await list("?q=100%25")).items).toHaveLength(0);
    const bySent = await list("?sentiment=positive&source=push");
    expect(bySent.items.every((m) => m["sentiment"] === "positive")).toBe(true);
    const bad = await h.app.inject({ method: "GET", url: "/api/v1/mentions?limit=5000", headers: h.auth() });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("limit");
  });

  it("answers one mention by id, and stats per bucket", async () => {
    const first = (await list("?source=push&limit=1")).items[0] as { id: string };
    const one = await h.app.inject({
      method: "GET",
      url: `/api/v1/mentions/${first.id}`,
      headers: h.auth("viewer"),
    });
    expect(one.json().id).toBe(first.id);
    const stats = await h.app.inject({
      method: "GET",
      url: "/api/v1/mentions/stats?bucket=minute&source=push",
      headers: h.auth("viewer"),
    });
    expect(stats.statusCode).toBe(200);
    expect(stats.json().items).toHaveLength(50);
    expect(stats.json().items[0]).toMatchObject({ t: "2024-01-01T10:00:00.000Z", mentions: 1 });
    const hour = await h.app.inject({
      method: "GET",
      url: "/api/v1/mentions/stats?bucket=hour&source=push",
      headers: h.auth("viewer"),
    });
    expect(hour.json().items).toEqual([
      expect.objectContaining({ t: "2024-01-01T10:00:00.000Z", mentions: 50 }),
    ]);
  });
});

describe("ingest hooks", () => {
  it("run inside the batch's transaction with only the new mentions, and a failing hook stores nothing", async () => {
    const seen: string[][] = [];
    const off = h.ctx.services.listening.onIngest(async (trx, workspaceId, mentions) => {
      seen.push(mentions.map((m) => m.external_id));
      await h.ctx.jobs.enqueue(
        "listening.test-hook",
        { workspaceId, ids: mentions.map((m) => m.id) },
        { key: `hook:${mentions[0]?.id}`, runAt: new Date(Date.now() + 86_400_000) },
        trx,
      );
    });
    const first = await post([
      { source: "hook", external_id: "h1", text: "Acme lost my parcel" },
      { source: "hook", external_id: "h2", text: "Acme refund missing" },
    ]);
    expect(first.json()).toMatchObject({ accepted: 2 });
    await post([
      { source: "hook", external_id: "h2", text: "Acme refund missing" },
      { source: "hook", external_id: "h3", text: "Acme checkout down" },
    ]);
    expect(seen).toEqual([["h1", "h2"], ["h3"]]);
    const jobs = await h.ctx.db
      .selectFrom("jobs")
      .select("payload")
      .where("queue", "=", "listening.test-hook")
      .execute();
    expect(jobs).toHaveLength(2);
    off();

    const offBroken = h.ctx.services.listening.onIngest(async () => {
      throw new Error("downstream refused");
    });
    const broken = await post([{ source: "hook", external_id: "h4", text: "Acme lost another parcel" }]);
    offBroken();
    expect(broken.statusCode).toBe(500);
    expect((await list("?source=hook&limit=1000")).items.map((m) => m["external_id"]).sort()).toEqual([
      "h1",
      "h2",
      "h3",
    ]);
    // The retry after the fault goes through.
    expect(
      (await post([{ source: "hook", external_id: "h4", text: "Acme lost another parcel" }])).json(),
    ).toMatchObject({ accepted: 1 });
  });
});
