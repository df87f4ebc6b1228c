import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const batch = (b: number, n: number, at: string) =>
  Array.from({ length: n }, (_, i) => ({
    source: "feed-test",
    url: null,
    author: null,
    external_id: `${b}-${i}`,
    text: `parcel ${b}-${i} arrived broken, I want a refund`,
    created_at: at,
  }));

describe("the detection feed", () => {
  it("lists ids by arrival and reads whole mentions by id across chunks, oldest first", async () => {
    const svc = h.ctx.services.listening;
    const arrived = h.clock.now().toISOString();
    await svc.ingest(h.workspaceId, batch(1, 700, "2026-12-01T10:00:00.000Z"));
    h.clock.advance(1000);
    // Arrives later, stamped an hour earlier (a feed's late items): after the first batch by arrival.
    await svc.ingest(h.workspaceId, batch(2, 10, "2026-12-01T09:00:00.000Z"));
    const all = await svc.mentionIdsReceivedSince(h.workspaceId, null, 10_000);
    expect(all).toHaveLength(710);
    const late = await svc.mentionIdsReceivedSince(
      h.workspaceId,
      new Date(Date.parse(arrived) + 500).toISOString(),
      10_000,
    );
    expect(late).toHaveLength(10);
    expect(late).toEqual(all.slice(-10));
    expect(await svc.mentionIdsReceivedSince(h.workspaceId, null, 5)).toEqual(all.slice(-5));
    const rows = await svc.mentionsByIds(h.workspaceId, [...all].reverse());
    // By their own time: the late ones first.
    expect(rows.map((m) => m.id)).toEqual([...all.slice(-10), ...all.slice(0, 700)]);
    expect(rows[0]?.created_at).toBe("2026-12-01T09:00:00.000Z");
    expect(await svc.mentionsByIds("another-workspace", all)).toEqual([]);
  });

  it("a detection catch-up reads whole rows only for mentions it has not seen", async () => {
    const svc = h.ctx.services.listening;
    const now = h.ctx.clock.now().toISOString();
    await svc.ingest(h.workspaceId, batch(3, 50, now));
    await h.ctx.services.detection.process(h.workspaceId, { catchUp: true });
    const read = vi.spyOn(svc, "mentionsByIds");
    try {
      await svc.ingest(h.workspaceId, batch(4, 20, now));
      await h.ctx.services.detection.process(h.workspaceId, { catchUp: true });
      const asked = read.mock.calls.flatMap((c) => c[1]);
      expect(asked).toHaveLength(20);
    } finally {
      read.mockRestore();
    }
  });
  it("a mention remembered from ingest is read as corrected once someone corrects it", async () => {
    const svc = h.ctx.services.listening;
    const now = h.ctx.clock.now().toISOString();
    const res = await svc.ingest(h.workspaceId, [
      {
        source: "feed-test",
        external_id: "c-1",
        text: "lovely shop, great service",
        url: null,
        author: null,
        created_at: now,
      },
    ]);
    const id = res.mentions[0]?.id as string;
    expect((await svc.mentionsByIds(h.workspaceId, [id]))[0]?.sentiment).not.toBe("negative");
    const patched = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/mentions/${id}`,
      headers: h.auth("responder"),
      payload: { sentiment: "negative" },
    });
    expect(patched.statusCode).toBe(200);
    const [after] = await svc.mentionsByIds(h.workspaceId, [id]);
    expect(after).toMatchObject({ sentiment: "negative", corrected: true });
  });
});
