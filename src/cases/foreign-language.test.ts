import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";

/**
 * A post in a language we do not write (Portuguese in a German shop): the mention keeps its own language
 * for the filter, the case is answered in the shop's default language.
 */
let h: Harness;
beforeAll(async () => {
  h = await shopHarness({ time_zone: "Europe/Berlin", languages: ["de", "en"], default_language: "de" });
});
afterAll(() => h.close());

const TEXT = "O produto veio partido e ninguém responde aos meus emails, quero o meu dinheiro de volta";

describe("a Portuguese post in a German shop", () => {
  it("is stored and filtered as pt, and its case gets a German reply", async () => {
    const posted = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: { mentions: [{ source: "reviews", external_id: "pt1", text: TEXT }] },
    });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    const list = await h.app.inject({
      method: "GET",
      url: "/api/v1/mentions?language=pt",
      headers: h.auth("viewer"),
    });
    expect((list.json().items as { text: string }[]).map((m) => m.text)).toEqual([TEXT]);

    const c = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: h.auth("responder"),
      payload: { customer: { name: "Ana", email: "ana@example.pt" }, text: TEXT },
    });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json().language).toBe("de");
    expect(c.json().suggested_reply.language).toBe("de");
  });
});
