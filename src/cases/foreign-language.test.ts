import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";
import { inboundEmail, rawMail } from "./test-mail.js";

/**
 * A post or e-mail in a language we do not write (Portuguese, Turkish in a German shop): the mention keeps
 * its own language for the filter; the case keeps the customer's code, its draft is in the shop's
 * default language with a note for the team, and a team member may choose the language of the replies.
 */
let h: Harness;
beforeAll(async () => {
  h = await shopHarness({ time_zone: "Europe/Berlin", languages: ["de", "en"], default_language: "de" });
});
afterAll(() => h.close());

const TEXT = "O produto veio partido e ninguém responde aos meus emails, quero o meu dinheiro de volta";

interface CaseJson {
  id: string;
  language: string;
  customer_language: string | null;
  suggested_reply: { language: string; text: string; note: string | null };
  timeline?: { kind: string; text: string }[];
}

const getCase = async (id: string) =>
  (
    await h.app.inject({ method: "GET", url: `/api/v1/cases/${id}`, headers: h.auth("viewer") })
  ).json() as CaseJson;

/** A case opened by hand for a customer who wrote `text`. */
const openCase = (name: string, text: string) =>
  h.app.inject({
    method: "POST",
    url: "/api/v1/cases",
    headers: h.auth("responder"),
    payload: { customer: { name }, text },
  });

describe("a Portuguese post in a German shop", () => {
  it("is stored and filtered as pt, and its case gets a German draft that says the customer wrote Portuguese", async () => {
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
    const items = list.json().items as { id: string; text: string }[];
    expect(items.map((m) => m.text)).toEqual([TEXT]);

    const c = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: h.auth("responder"),
      payload: { mention_id: items[0]?.id },
    });
    expect(c.statusCode, c.body).toBeLessThan(300);
    const body = c.json() as CaseJson;
    expect([body.language, body.customer_language, body.suggested_reply.language]).toEqual([
      "de",
      "pt",
      "de",
    ]);
    expect(body.suggested_reply.note).toBe(
      "The customer wrote in Portuguese (pt); this draft is in German (de).",
    );
    // The note is for the team: the draft the customer would get does not carry it.
    expect(body.suggested_reply.text).not.toMatch(/Portuguese|customer wrote/);
  });
});

describe("a Portuguese e-mail", () => {
  it("opens a case with the customer's code; a team member chooses English and the note follows", async () => {
    const res = await inboundEmail(
      h,
      rawMail({
        from: "Ana Souza <ana@example.pt>",
        subject: "Encomenda partida",
        id: "<pt2@example.pt>",
        body: TEXT,
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const opened = res.json() as CaseJson;
    expect([opened.language, opened.customer_language]).toEqual(["de", "pt"]);
    expect(opened.suggested_reply.note).toMatch(/Portuguese \(pt\).*German \(de\)/);

    const patched = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${opened.id}`,
      headers: h.auth("responder"),
      payload: { language: "en" },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const after = await getCase(opened.id);
    expect([after.language, after.customer_language, after.suggested_reply.language]).toEqual([
      "en",
      "pt",
      "en",
    ]);
    expect(after.suggested_reply.text).toMatch(/^(Hello|Hi|Dear|Thank)/);
    expect(after.suggested_reply.note).toBe(
      "The customer wrote in Portuguese (pt); this draft is in English (en).",
    );
    expect(after.timeline?.find((e) => e.kind === "language.changed")?.text).toBe("Replies in: de → en");

    const bad = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${opened.id}`,
      headers: h.auth("responder"),
      payload: { language: "pt" },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe("a case in one of our languages", () => {
  it("has no note, and a Turkish complaint (read German by our words alone) keeps tr", async () => {
    const de = await openCase("Jonas", "Das Paket ist kaputt angekommen und keiner antwortet");
    expect(de.statusCode, de.body).toBe(201);
    expect([de.json().language, de.json().customer_language, de.json().suggested_reply.note]).toEqual([
      "de",
      "de",
      null,
    ]);

    const tr = await openCase("Ayşe", "Ürün kırık geldi ve kimse cevap vermiyor");
    expect(tr.statusCode, tr.body).toBe(201);
    expect([tr.json().language, tr.json().customer_language]).toEqual(["de", "tr"]);
    expect(tr.json().suggested_reply.note).toBe(
      "The customer wrote in Turkish (tr); this draft is in German (de).",
    );
  });
});
