import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { buildReply } from "./replies.js";
import { inboundEmail, rawMail } from "./test-mail.js";

/**
 * A "price honoured" remedy the team has given: the price is kept (done), and cancelling free of charge
 * is still the customer's choice (open). On the old code the draft read "we have given you the price you
 * saw when you ordered, or free cancellation if you prefer": the offer's words after "we have given you",
 * as if both had been given, or as if the price were still only offered.
 */
const { h } = setupMailHarness();

const price = { kind: "price_honoured" as const, amount: 0, currency: "EUR" };
type Input = Parameters<typeof buildReply>[0];
/** A reply about a price error whose price is already honoured, by e-mail unless `more` says otherwise. */
const priceReply = (language: string, more: Partial<Input> = {}) =>
  buildReply({
    language: language as Input["language"],
    topic: "price",
    dueAt: "2026-12-07T13:00:00Z",
    timezone: "Europe/Berlin",
    shop: "Ola",
    remedy: price,
    given: [price],
    ...more,
  });

describe("a given 'price honoured' in the draft", () => {
  it("says the price is kept and leaves the cancellation as the customer's choice, in six languages", () => {
    const want = {
      en: "We have kept the price you saw when you ordered; if you would rather cancel the order, tell us and we will cancel it free of charge.",
      pl: "Utrzymaliśmy dla Ciebie cenę z chwili zamówienia; jeśli jednak wolisz anulować zamówienie, daj nam znać, a zrobimy to bezpłatnie.",
      de: "Für Ihre Bestellung gilt der Preis, den Sie beim Bestellen gesehen haben; wenn Sie sie lieber stornieren möchten, sagen Sie uns Bescheid, dann stornieren wir sie kostenlos.",
      fr: "Nous avons maintenu le prix affiché lors de votre commande ; si vous souhaitez plutôt l'annuler, dites-le-nous et nous l'annulerons gratuitement.",
      it: "Abbiamo mantenuto per te il prezzo che hai visto al momento dell'ordine; se invece preferisci annullare l'ordine, faccelo sapere e lo annulleremo gratuitamente.",
      es: "Hemos mantenido para ti el precio del momento de tu pedido; si quieres cancelarlo, dínoslo y lo cancelaremos sin coste.",
    } as const;
    for (const [language, text] of Object.entries(want)) {
      const r = priceReply(language);
      expect(r.parts.remedy.replace(/[\u00a0\u202f]/g, " "), language).toBe(text);
    }
    // Under a post the private-message line follows with its own "if you prefer": not said twice in a row.
    const prefer = {
      pl: "jeśli wolisz",
      fr: "si vous préférez",
      it: "se preferisci",
      es: "prefieres",
    } as const;
    for (const [language, word] of Object.entries(prefer)) {
      const r = priceReply(language, { channel: "webhook" });
      expect(`${r.parts.remedy} ${r.parts.private}`.toLowerCase().split(word).length - 1, language).toBe(1);
    }
  });

  it("after the other remedies given, in row 94's words; the offer before anything is given unchanged", () => {
    const r = priceReply("en", {
      given: [price, { kind: "discount", amount: 500, currency: "EUR", code: "OLA-5" }],
    });
    expect(r.parts.remedy).toBe(
      "To make this right, we have given you a discount of €5.00 on your next order (code: OLA-5). We have kept the price you saw when you ordered; if you would rather cancel the order, tell us and we will cancel it free of charge.",
    );
    const offered = priceReply("en", { given: undefined });
    expect(offered.parts.remedy).toBe(
      "To make this right, we would like to offer you the price you saw when you ordered, or free cancellation if you prefer.",
    );
  });

  it("through the API: a German customer given the price", async () => {
    h.clock.freeze(new Date("2026-12-07T09:00:00Z"));
    await setShop(h, { time_zone: "Europe/Berlin", languages: ["de"], default_language: "de" });
    const opened = await inboundEmail(
      h,
      rawMail({
        from: "Jonas Weber <jonas@example.de>",
        subject: "Falscher Preis",
        id: "<price-1@example.de>",
        date: "Mon, 7 Dec 2026 09:55:00 +0100",
        body: "Hallo, der Preis im Warenkorb war 49 Euro, abgebucht wurden 69 Euro für Bestellung 3301.",
      }),
    );
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    const given = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${id}/remedies`,
      headers: h.auth("admin"),
      payload: { kind: "price_honoured" },
    });
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json().status).toBe("given");
    const c = await h.app.inject({ method: "GET", url: `/api/v1/cases/${id}`, headers: h.auth("admin") });
    const draft = c.json().suggested_reply.text as string;
    expect(draft).toContain("Für Ihre Bestellung gilt der Preis, den Sie beim Bestellen gesehen haben;");
    // On the old code: "… haben wir Ihnen den Preis zum Zeitpunkt Ihrer Bestellung oder eine kostenlose Stornierung gewährt."
    expect(draft).not.toContain("oder eine kostenlose Stornierung gewährt");
  });
});
