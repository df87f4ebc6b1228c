import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

/**
 * The public follow-up is read by everyone under the customer's post: it names what was given, for a
 * stranger, in the words of a list (not the reply's "we offer you ..., or free cancellation").
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  const policy = await h.app.inject({
    method: "PUT",
    url: "/api/v1/cases/policy",
    headers: h.auth("admin"),
    payload: { allow_self_approval: true },
  });
  expect(policy.statusCode, policy.body).toBe(200);
});
afterAll(() => h.close());

const TEXT: Record<string, string> = {
  en: "The price changed after I ordered and nobody answers my e-mails.",
  pl: "Cena zmieniła się po zamówieniu i nikt nie odpowiada na maile.",
  de: "Der Preis hat sich nach meiner Bestellung geändert und niemand antwortet.",
  fr: "Le prix a changé après ma commande et personne ne répond.",
  it: "Il prezzo è cambiato dopo l'ordine e nessuno risponde.",
  es: "El precio cambió después de mi pedido y nadie responde.",
};

async function publicOutcome(language: string): Promise<string> {
  const c = await h.app.inject({
    method: "POST",
    url: "/api/v1/cases",
    headers: h.auth("admin"),
    payload: {
      customer: { name: "Ola", email: `ola-${language}@example.com` },
      text: TEXT[language],
      language,
    },
  });
  expect(c.statusCode, c.body).toBe(201);
  const id = c.json().id as string;
  for (const payload of [
    { kind: "discount", amount: 1500 },
    { kind: "replacement" },
    { kind: "price_honoured" },
  ]) {
    const r = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${id}/remedies`,
      headers: h.auth("admin"),
      payload,
    });
    expect(r.json().status, r.body).toBe("given");
  }
  const done = await h.app.inject({
    method: "PATCH",
    url: `/api/v1/cases/${id}`,
    headers: h.auth("admin"),
    payload: { status: "resolved" },
  });
  expect(done.statusCode, done.body).toBe(200);
  return done.json().follow_up.public_text as string;
}

describe("the public outcome of a resolved case", () => {
  it("lists what was given in the third person, one item per remedy, with no choice left open", async () => {
    const seen: Record<string, string> = {};
    for (const language of Object.keys(TEXT)) seen[language] = await publicOutcome(language);
    const list = (language: string) => /\(([^)]*)\)/.exec(seen[language] ?? "")?.[1] ?? "";
    // Public readers are not the customer: no "your next order".
    expect(list("en")).not.toMatch(/\byour\b|if you prefer|or free cancellation/);
    expect(list("de")).not.toMatch(/\bIhre[rn]?\b|oder eine kostenlose Stornierung/);
    expect(list("fr")).not.toMatch(/\bvotre\b|ou une annulation/);
    expect(list("es")).not.toMatch(/\btu\b|o la cancelación/);
    expect(list("it")).not.toMatch(/oppure l'annullamento/);
    // A list after "jest już rozwiązana (" is in the nominative, not the reply's accusative.
    expect(seen["pl"]).toContain("wymiana produktu na nasz koszt");
    expect(seen["pl"]).toContain("cena z chwili zamówienia)");
    expect(seen["pl"]).not.toMatch(/wymianę|cenę|albo bezpłatne anulowanie/);
    expect(seen["de"]).toMatch(
      /\(ein Rabatt von 15,00\s€ auf die nächste Bestellung, ein kostenloser Ersatz, der Preis/,
    );
    // Three remedies, three items; and no guess at who the customer is ("z klientem", "le client",
    // "il cliente", "el cliente" named a woman as a man; German named both).
    for (const [language, text] of Object.entries(seen)) {
      expect(list(language).split(", "), `${language}: ${text}`).toHaveLength(3);
      expect(text, language).not.toMatch(/klient|\bclient\b|\bcliente\b|Kund|\bcustomer\b/i);
    }
  });
});
