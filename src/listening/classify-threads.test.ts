import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { waitFor } from "../testing/wait.js";

// Ingest with classify threads on the store under test (SQLite, or PostgreSQL with DATABASE_URL).
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const batch = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    source: "load",
    external_id: `m${i}`,
    url: null,
    author: null,
    text: `parcel ${i} still not here, refund please and the courier was rude, day ${i % 30}`,
  }));

const stored = async (x: Harness) =>
  (
    await x.ctx.db
      .selectFrom("mentions")
      .select([
        "external_id",
        "language",
        "sentiment",
        "score",
        "complaint",
        "topics",
        "fingerprint",
        "model",
      ])
      .where("workspace_id", "=", x.workspaceId)
      .orderBy("external_id")
      .execute()
  ).map((r) => ({ ...r, score: Number(r.score), complaint: Number(r.complaint) }));

describe("ingest with classify threads", () => {
  it("a thread killed mid-batch loses no mention: the batch is stored, classified as inline", async () => {
    h = await createHarness({ env: { FIREBREAK_CLASSIFY_THREADS: "1" } });
    const pool = h.ctx.services.listening.classifyPool;
    expect(pool.size).toBe(1);
    expect(await pool.ready()).toBe(true);
    const ingest = h.ctx.services.listening.ingest(h.workspaceId, batch(1000));
    await waitFor(() => pool.pending > 0, { what: "the batch to reach the classify thread" });
    await pool.close();
    const r = await ingest;
    expect(r.accepted).toBe(1000);
    expect(pool.fallbacks).toBe(1);
    const rows = await stored(h);
    expect(rows).toHaveLength(1000);
    expect(rows.every((m) => m.sentiment === "negative" && m.complaint === 1)).toBe(true);

    // The same batch on an inline store gives the same rows.
    const inline = await createHarness({ env: { FIREBREAK_CLASSIFY_THREADS: "0" } });
    try {
      await inline.ctx.services.listening.ingest(inline.workspaceId, batch(1000));
      expect(rows).toEqual(await stored(inline));
    } finally {
      await inline.close();
    }
  }, 60_000);

  it("threads and inline store the same rows through the API", async () => {
    const rowsOf = async (threads: string) => {
      const x = await createHarness({ env: { FIREBREAK_CLASSIFY_THREADS: threads } });
      try {
        expect(await x.ctx.services.listening.classifyPool.ready()).toBe(true);
        const res = await x.app.inject({
          method: "POST",
          url: "/api/v1/mentions",
          headers: x.auth("responder"),
          payload: { mentions: batch(300) },
        });
        expect(res.statusCode).toBe(202);
        const pool = x.ctx.services.listening.classifyPool;
        expect(pool.fallbacks).toBe(0);
        expect(pool.answered).toBe(threads === "0" ? 0 : 1);
        return await stored(x);
      } finally {
        await x.close();
      }
    };
    const threaded = await rowsOf("2");
    expect(threaded).toHaveLength(300);
    expect(threaded).toEqual(await rowsOf("0"));
  }, 60_000);

  it("FIREBREAK_CLASSIFY_THREADS=0 classifies inline and starts no thread", async () => {
    h = await createHarness({ env: { FIREBREAK_CLASSIFY_THREADS: "0" } });
    const pool = h.ctx.services.listening.classifyPool;
    expect(pool.size).toBe(0);
    const ingest = h.ctx.services.listening.ingest(h.workspaceId, batch(200));
    expect(pool.pending).toBe(0);
    expect((await ingest).accepted).toBe(200);
    expect(await stored(h)).toHaveLength(200);
  });
});
