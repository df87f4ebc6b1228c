import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { setShop, shopHarness } from "../testing/shop.js";

/**
 * A German shop's mentions are read with its languages as a prior (src/nlp/language.ts): a post whose
 * words alone do not decide reads German, a clearly English one stays English, and an emoji stays "und".
 */
let h: Harness;
beforeAll(async () => {
  h = await shopHarness({ languages: ["de", "en"], default_language: "de" }, "2026-12-01T09:00:00Z");
});
afterAll(() => h.close());

const TEXTS: Record<string, string> = {
  weak: "Ware kaputt angekommen",
  english: "My order never arrived and support ignores me",
  emoji: "😡😡",
};

describe("a German shop's mentions", () => {
  it("are stored in the language the shop's prior gives where the words do not decide", async () => {
    const r = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: {
        mentions: Object.entries(TEXTS).map(([id, text]) => ({
          source: "x",
          external_id: id,
          text,
          created_at: "2026-12-01T08:00:00Z",
        })),
      },
    });
    expect(r.statusCode, r.body).toBe(202);
    const res = await h.app.inject({ method: "GET", url: "/api/v1/mentions?source=x", headers: h.auth() });
    const by = new Map(
      (res.json().items as { external_id: string; language: string; sentiment: string }[]).map((m) => [
        m.external_id,
        m,
      ]),
    );
    expect(by.get("weak")).toMatchObject({ language: "de", sentiment: "negative" });
    expect(by.get("english")).toMatchObject({ language: "en", sentiment: "negative" });
    expect(by.get("emoji")?.language).toBe("und");
  });

  it("are read the same way by the classify endpoint", async () => {
    const r = await h.app.inject({
      method: "POST",
      url: "/api/v1/classify",
      headers: h.auth("responder"),
      payload: { items: Object.entries(TEXTS).map(([id, text]) => ({ id, text })) },
    });
    expect(r.statusCode, r.body).toBe(200);
    const langs = (r.json().items as { id: string; language: string }[]).map((i) => [i.id, i.language]);
    expect(Object.fromEntries(langs)).toEqual({ weak: "de", english: "en", emoji: "und" });
  });

  it("are read again in the shop's languages when it adds one: an und mention takes it", async () => {
    await setShop(h, { languages: ["en"], default_language: "en" });
    const text = "Lieferung kaputt!!";
    const r = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: { mentions: [{ source: "y", external_id: "late", text, created_at: "2026-12-01T08:30:00Z" }] },
    });
    expect(r.statusCode, r.body).toBe(202);
    const stored = async () =>
      (await h.app.inject({ method: "GET", url: "/api/v1/mentions?source=y", headers: h.auth() })).json()
        .items[0] as { language: string };
    expect((await stored()).language).toBe("und");
    await setShop(h, { languages: ["de", "en"], default_language: "de" });
    const done = await h.ctx.services.listening.reclassify(h.workspaceId, "2026-11-01T00:00:00Z", "", 100);
    expect(done.changed).toBeGreaterThanOrEqual(1);
    expect((await stored()).language).toBe("de");
  });
});
