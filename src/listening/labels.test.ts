import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { ratingSentiment } from "./labels.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const post = (mentions: unknown[]) =>
  h.app.inject({
    method: "POST",
    url: "/api/v1/mentions",
    headers: h.auth("responder"),
    payload: { mentions },
  });
const patch = (
  id: string,
  payload: Record<string, unknown>,
  role: "admin" | "responder" | "viewer" = "responder",
) => h.app.inject({ method: "PATCH", url: `/api/v1/mentions/${id}`, headers: h.auth(role), payload });
async function idOf(externalId: string): Promise<string> {
  const res = await h.app.inject({ method: "GET", url: "/api/v1/mentions?limit=1000", headers: h.auth() });
  const m = (res.json().items as { id: string; external_id: string }[]).find(
    (x) => x.external_id === externalId,
  );
  if (!m) throw new Error(`no mention ${externalId}`);
  return m.id;
}

describe("ratings as labels", () => {
  it("maps stars to sentiment: 1–2 negative, 3 neutral, 4–5 positive; outside 1–5 no label", () => {
    expect([1, 2, 2.5, 3, 3.4, 3.5, 4, 5].map(ratingSentiment)).toEqual([
      "negative",
      "negative",
      "negative",
      "neutral",
      "neutral",
      "positive",
      "positive",
      "positive",
    ]);
    expect(ratingSentiment(0)).toBeNull();
    expect(ratingSentiment(null)).toBeNull();
  });
});

describe("PATCH /api/v1/mentions/{id}", () => {
  it("corrects sentiment, complaint and topics, keeps who and when, and makes a label", async () => {
    const res = await post([
      { source: "shop", external_id: "c-1", text: "The parcel arrived, thanks", language: "en" },
      { source: "shop", external_id: "c-2", text: "Lovely mug, arrived fast", language: "en", rating: 1 },
      { source: "shop", external_id: "c-3", text: "Nothing to say about it", language: "en" },
    ]);
    expect(res.statusCode).toBe(202);
    const id = await idOf("c-1");
    const before = (await h.app.inject({ url: `/api/v1/mentions/${id}`, headers: h.auth() })).json();
    expect(before).toMatchObject({ corrected: false, model: "shipped" });
    expect(before.sentiment).not.toBe("negative");

    const ok = await patch(id, { sentiment: "negative", complaint: true, topics: ["delivery", "delivery"] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      id,
      corrected: true,
      sentiment: "negative",
      complaint: true,
      topics: ["delivery"],
    });
    expect(ok.json().score).toBeLessThanOrEqual(-0.1);

    const history = await h.app.inject({
      url: `/api/v1/mentions/${id}/corrections`,
      headers: h.auth("viewer"),
    });
    expect(history.json().items).toEqual([
      expect.objectContaining({
        actor: "token responder token",
        sentiment: "negative",
        complaint: true,
        topics: ["delivery"],
      }),
    ]);

    // A correction of topics alone keeps the sentiment and is no sentiment label.
    const only = await patch(await idOf("c-3"), { topics: ["price"] });
    expect(only.json()).toMatchObject({ corrected: true, topics: ["price"] });

    // The person's sentiment wins over the stars: c-2 was rated 1, then corrected to positive.
    await patch(await idOf("c-2"), { sentiment: "positive" });
    const labels = await h.ctx.services.listening.labels(h.workspaceId, 100);
    expect(labels).toHaveLength(2);
    expect(labels).toEqual(
      expect.arrayContaining([
        { text: "The parcel arrived, thanks", language: "en", sentiment: "negative" },
        { text: "Lovely mug, arrived fast", language: "en", sentiment: "positive" },
      ]),
    );
    expect(await h.ctx.services.listening.labelCounts(h.workspaceId)).toEqual({ en: 2 });
  });

  it("refuses bad input with the field, unknown mentions, and viewers", async () => {
    await post([{ source: "shop", external_id: "bad-1", text: "ok", language: "en" }]);
    const id = await idOf("bad-1");
    const empty = await patch(id, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe("sentiment");
    const topic = await patch(id, { topics: ["weather"] });
    expect(topic.statusCode).toBe(400);
    expect(topic.json().error.field).toMatch(/^topics/);
    const sentiment = await patch(id, { sentiment: "angry" });
    expect(sentiment.statusCode).toBe(400);
    expect(sentiment.json().error.field).toBe("sentiment");
    expect((await patch("no-such-id", { sentiment: "neutral" })).statusCode).toBe(404);
    expect((await patch(id, { sentiment: "neutral" }, "viewer")).statusCode).toBe(403);
    const unchanged = (await h.app.inject({ url: `/api/v1/mentions/${id}`, headers: h.auth() })).json();
    expect(unchanged.corrected).toBe(false);
  });
});
