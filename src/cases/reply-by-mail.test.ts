import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { buildReply } from "./replies.js";
import { inboundEmail, rawMail } from "./test-mail.js";

/**
 * Read as the customer who wrote by e-mail (the journey: a payment outage notice, the status page, a
 * case reply): on the old code the reply e-mail ended "If you prefer, you can send us a private message
 * or an e-mail with your order number and we can continue there." — an e-mail inviting an e-mail, as if
 * the conversation were still public. A reply by e-mail now says the way on is to answer it; a reply
 * under a post keeps the invitation.
 */
const { h } = setupMailHarness();

const BY_MAIL = {
  en: "If there is anything else, just reply to this e-mail.",
  pl: "Jeśli chcesz coś dodać, po prostu odpowiedz na tę wiadomość.",
  de: "Wenn noch etwas ist, antworten Sie einfach auf diese E-Mail.",
  fr: "Pour toute autre question, répondez simplement à cet e-mail.",
  it: "Se c'è altro, rispondi pure a questa e-mail.",
  es: "Si necesitas algo más, responde a este correo.",
} as const;

const reply = (language: keyof typeof BY_MAIL, channel: "email" | "webhook") =>
  buildReply({
    language,
    topic: "payment",
    dueAt: "2026-12-08T22:50:00Z",
    timezone: "Europe/Warsaw",
    shop: "Sklep Ola",
    remedy: { kind: "refund", amount: 0, currency: "PLN" },
    channel,
  });

describe("a case reply that is an e-mail", () => {
  it("asks for an answer to it, not for 'a private message or an e-mail', in six languages", () => {
    for (const [language, text] of Object.entries(BY_MAIL)) {
      const r = reply(language as keyof typeof BY_MAIL, "email");
      expect(r.parts.private, language).toBe(text);
      expect(r.text, language).toContain(text);
    }
    expect(reply("en", "webhook").parts.private).toContain("send us a private message or an e-mail");
  });

  it("through the API: the draft of a case opened by e-mail", async () => {
    await setShop(h, { time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" });
    const res = await inboundEmail(
      h,
      rawMail({
        from: "Anna Nowak <anna@example.pl>",
        subject: "Płatność",
        id: "<by-mail-1@example.pl>",
        body: "Dzień dobry, karta została obciążona dwa razy za zamówienie 5521, a płatność nie przeszła. Proszę o zwrot.",
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json().suggested_reply.text as string;
    expect(draft).toContain(BY_MAIL.pl);
    // On the old code: "… możesz napisać do nas wiadomość prywatną lub e-mail z numerem zamówienia …".
    expect(draft).not.toContain("wiadomość prywatną lub e-mail");
  });
});
