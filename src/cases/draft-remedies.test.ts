import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { buildReply, formatDue } from "./replies.js";
import { giveRefund, inboundEmail, mexicanMailCase, rawMail } from "./test-mail.js";

/**
 * A case where the team gave more than one remedy: the drafted reply names every one given, in the
 * order given, as the language joins a list, as done ("we have given you"), a discount with the code the
 * customer needs to use it. On the old code it offered the latest only ("we would like to offer you"),
 * so a customer given a discount and then a refund read of the refund alone, as if it had replaced the
 * discount, and never read the discount's code.
 */
const { h } = setupMailHarness();

const given = [
  { kind: "discount" as const, amount: 1000, currency: "EUR", code: "OLA-7K2Q" },
  { kind: "refund" as const, amount: 4500, currency: "EUR" },
];

describe("the drafted reply after several remedies", () => {
  it("names them all as given, a discount with its code, in six languages", () => {
    const want = {
      en: "To make this right, we have given you a discount of €10.00 on your next order (code: OLA-7K2Q) and a refund of €45.00.",
      pl: "Aby to naprawić, przyznaliśmy Ci rabat 10,00 € na kolejne zamówienie (kod: OLA-7K2Q) i zwrot 45,00 €.",
      de: "Als Wiedergutmachung haben wir Ihnen einen Rabatt von 10,00 € auf Ihre nächste Bestellung (Code: OLA-7K2Q) und eine Erstattung von 45,00 € gewährt.",
      fr: "Pour réparer cela, nous vous avons accordé une remise de 10,00 € sur votre prochaine commande (code : OLA-7K2Q) et un remboursement de 45,00 €.",
      it: "Per rimediare, ti abbiamo concesso uno sconto di 10,00 € sul prossimo ordine (codice: OLA-7K2Q) e un rimborso di 45,00 €.",
      es: "Para compensarte, te hemos concedido un descuento de 10,00 € en tu próximo pedido (código: OLA-7K2Q) y un reembolso de 45,00 €.",
    } as const;
    for (const [language, text] of Object.entries(want)) {
      const r = buildReply({
        language: language as keyof typeof want,
        topic: "delivery",
        dueAt: "2026-12-07T13:00:00Z",
        timezone: "Europe/Berlin",
        shop: "Ola",
        remedy: { kind: "replacement", amount: 0, currency: "EUR" },
        given,
      });
      expect(r.parts.remedy.replace(/[\u00a0\u202f]/g, " "), language).toBe(text);
    }
  });

  it("an apology given beside a refund is not offered as a remedy; the same remedy twice is named once", () => {
    const r = buildReply({
      language: "en",
      topic: "delivery",
      dueAt: "2026-12-07T13:00:00Z",
      timezone: "Europe/Berlin",
      shop: "Ola",
      remedy: null,
      given: [
        { kind: "apology", amount: 0, currency: "EUR" },
        { kind: "return_shipping_paid", amount: 0, currency: "EUR" },
        { kind: "return_shipping_paid", amount: 0, currency: "EUR" },
      ],
    });
    expect(r.parts.remedy).toBe(
      "To make this right, we have given you a free return, with the shipping paid by us.",
    );
  });

  it("through the API: a refund of $100.00, then one of $450.00, both named (Mexico City, Spanish)", async () => {
    h.clock.freeze(new Date("2026-12-31T23:30:00Z"));
    const created = await mexicanMailCase(h, {
      subject: "Cobro doble",
      id: "<mx-two@example.mx>",
      body: "Hola, me cobraron dos veces el pedido 4411 y nadie me responde. Quiero que me devuelvan el dinero.",
    });
    await giveRefund(h, created.id, 10_000);
    await giveRefund(h, created.id, 45_000);
    const c = await h.app.inject({
      method: "GET",
      url: `/api/v1/cases/${created.id}`,
      headers: h.auth("admin"),
    });
    // On the old code: "te ofrecemos un reembolso de $450.00." only, offered as if not yet given.
    expect(c.json().suggested_reply.text).toContain(
      "Para compensarte, te hemos concedido un reembolso de $100.00 y un reembolso de $450.00.",
    );
  });

  it("through the API: a discount given names its code, the one the shop's checkout takes", async () => {
    // Another customer of the same shop (the first test set it up: Mexico City, Spanish, MXN).
    const opened = await inboundEmail(
      h,
      rawMail({
        from: "Marta Ruiz <marta@example.mx>",
        subject: "Pedido tarde",
        id: "<mx-code@example.mx>",
        body: "Hola, mi pedido 5120 llega tarde otra vez. Estoy muy molesta.",
      }),
    );
    expect(opened.statusCode, opened.body).toBe(201);
    const created = opened.json() as { id: string };
    const given = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${created.id}/remedies`,
      headers: h.auth("admin"),
      payload: { kind: "discount", amount: 5000 },
    });
    expect(given.statusCode, given.body).toBe(201);
    const code = given.json().code as string;
    expect(code).toBeTruthy();
    const c = await h.app.inject({
      method: "GET",
      url: `/api/v1/cases/${created.id}`,
      headers: h.auth("admin"),
    });
    // On the old code the draft offered the discount without the code it is used with.
    expect(c.json().suggested_reply.text).toContain(
      `te hemos concedido un descuento de $50.00 en tu próximo pedido (código: ${code}).`,
    );
  });

  it("a case not answered by e-mail: the discount named, its single-use code kept out of the draft", async () => {
    const opened = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: h.auth("responder"),
      payload: { customer: { name: "Paco" }, text: "Mi pedido llegó tarde y nadie contesta." },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    expect(opened.json().channel).not.toBe("email");
    const given = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${id}/remedies`,
      headers: h.auth("admin"),
      payload: { kind: "discount", amount: 5000 },
    });
    expect(given.statusCode, given.body).toBe(201);
    const c = await h.app.inject({ method: "GET", url: `/api/v1/cases/${id}`, headers: h.auth("admin") });
    const draft = c.json().suggested_reply.text as string;
    expect(draft).toContain("te hemos concedido un descuento de $50.00 en tu próximo pedido.");
    expect(draft).not.toContain(given.json().code as string);
  });

  it("writes the first of a month as French does, '1er novembre', across the autumn change", () => {
    // 06:30 UTC on 1 November 2026 is 01:30 EST in New York, an hour after the clocks went back
    // (French names it by its offset, as French names every zone).
    expect(formatDue("2026-11-01T06:30:00Z", "fr", "America/New_York")).toBe(
      "dimanche 1er novembre à 01:30 UTC−5",
    );
    expect(formatDue("2026-11-02T06:30:00Z", "fr", "America/New_York")).toBe(
      "lundi 2 novembre à 01:30 UTC−5",
    );
    expect(formatDue("2026-11-01T06:30:00Z", "en", "America/New_York")).toBe(
      "Sunday 1 November at 01:30 EST",
    );
  });
});
