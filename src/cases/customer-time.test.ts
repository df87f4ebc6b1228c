import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { dateOffset } from "./inbound.js";
import { buildReply } from "./replies.js";
import { inboundEmail, rawMail } from "./test-mail.js";

/**
 * A case opened from an e-mail: the customer's mail client wrote its clock's offset in the `Date:`
 * header, the only hint of their zone we get. A draft that promises a time adds their time after the
 * shop's, in their language, named by the offset ("UTC+1"), never a city. On the old code the promise
 * said "17:30 CST" only, a sum to do for a customer in Warsaw; the offset was not kept.
 */
const { h } = setupMailHarness();

// 23:30 UTC on Monday 7 December: 17:30 CST in Chicago, already Tuesday 00:30 at UTC+1.
const due = "2026-12-07T23:30:00Z";

describe("the customer's own time beside the promised one", () => {
  it("reads the offset from the Date header, and no offset where it says none", () => {
    expect(dateOffset("Date: Mon, 7 Dec 2026 10:00:00 +0100")).toBe(60);
    expect(dateOffset("Date: Mon, 7 Dec 2026 10:00:00 +0530 (IST)")).toBe(330);
    expect(dateOffset("Date: Mon, 7 Dec 2026 10:00:00 -0300")).toBe(-180);
    expect(dateOffset("Date: Mon, 7 Dec 2026 10:00:00 EST")).toBe(-300);
    // RFC 5322: "-0000" says the sender's zone is not known.
    expect(dateOffset("Date: Mon, 7 Dec 2026 10:00:00 -0000")).toBeNull();
    expect(dateOffset("Date: Mon, 7 Dec 2026 10:00:00 +2500")).toBeNull();
    expect(dateOffset(undefined)).toBeNull();
  });

  it("adds it after the shop's, in six languages", () => {
    const want = {
      en: "by Monday 7 December at 17:30 CST (your time: Tuesday 8 December at 00:30 UTC+1).",
      pl: "do 7 grudnia, godz. 17:30 GMT-6 (u Ciebie: 8 grudnia, godz. 00:30 UTC+1).",
      de: "bis Montag, 7. Dezember um 17:30 GMT-6 (Ihre Ortszeit: Dienstag, 8. Dezember um 00:30 UTC+1) mit",
      fr: "d'ici le lundi 7 décembre à 17:30 UTC−6 (chez vous : mardi 8 décembre à 00:30 UTC+1).",
      it: "entro lunedì 7 dicembre alle ore 17:30 GMT-6 (nel tuo fuso orario: martedì 8 dicembre alle ore 00:30 UTC+1).",
      es: "antes del lunes 7 de diciembre a las 17:30 CST (en tu zona horaria: martes 8 de diciembre a las 0:30 UTC+1).",
    } as const;
    for (const [language, text] of Object.entries(want)) {
      const r = buildReply({
        language: language as keyof typeof want,
        topic: "delivery",
        dueAt: due,
        timezone: "America/Chicago",
        shop: "Ola",
        remedy: null,
        customerOffset: 60,
      });
      expect(r.parts.next.replace(/[\u00a0\u202f]/g, " "), language).toContain(text);
    }
  });

  it("half hours, west of UTC, and nothing where the customer's clock reads as the shop's", () => {
    const reply = (customerOffset: number | null) =>
      buildReply({
        language: "en",
        topic: "payment",
        dueAt: due,
        timezone: "America/Chicago",
        shop: "Ola",
        remedy: null,
        customerOffset,
      }).parts.next;
    expect(reply(330)).toContain("(your time: Tuesday 8 December at 05:00 UTC+5:30)");
    expect(reply(-480)).toContain("(your time: Monday 7 December at 15:30 UTC-8)");
    expect(reply(0)).toContain("(your time: Monday 7 December at 23:30 UTC)");
    expect(reply(-360)).toBe(
      "We are checking your payment and will tell you what we found by Monday 7 December at 17:30 CST.",
    );
    expect(reply(null)).toBe(reply(-360));
  });

  it("through the API: an e-mail from UTC+1 to a Chicago shop; a post's case unchanged", async () => {
    h.clock.freeze(new Date("2026-12-06T23:30:00Z"));
    await setShop(h, { time_zone: "America/Chicago", languages: ["pl", "en"], default_language: "en" });
    const res = await inboundEmail(
      h,
      rawMail({
        from: "Ola Nowak <ola@example.pl>",
        subject: "Paczka",
        id: "<tz-1@example.pl>",
        date: "Mon, 7 Dec 2026 00:29:00 +0100",
        body: "Dzień dobry, moja paczka z zamówienia 5521 nie dotarła, a kurier nie odbiera telefonu.",
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const mailed = res.json();
    expect(mailed.customer_utc_offset).toBe(60);
    expect(mailed.language).toBe("pl");
    // On the old code: "… do 8 grudnia, godz. 17:30 CST." and nothing more.
    expect(mailed.suggested_reply.text).toMatch(
      /godz\. \d\d:\d\d GMT-6 \(u Ciebie: \d+ grudnia, godz\. \d\d:\d\d UTC\+1\)/,
    );

    const posted = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: h.auth("responder"),
      payload: {
        customer: { name: "Anna" },
        text: "My parcel from order 5530 never arrived and nobody answers.",
      },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json().customer_utc_offset).toBeNull();
    expect(posted.json().suggested_reply.text).not.toContain("your time");
    expect(posted.json().suggested_reply.text).toMatch(/\d\d:\d\d CST\./);
  });

  it("a later e-mail in the thread moves the hint to the clock it was written on", async () => {
    const first = await inboundEmail(
      h,
      rawMail({
        from: "Jan Kowalski <jan@example.pl>",
        subject: "Zwrot",
        id: "<tz-2@example.pl>",
        date: "Mon, 7 Dec 2026 00:29:00 +0100",
        body: "Dzień dobry, czekam na zwrot pieniędzy za zamówienie 7710 od dwóch tygodni.",
      }),
    );
    expect(first.statusCode, first.body).toBe(201);
    const again = await inboundEmail(
      h,
      rawMail({
        from: "Jan Kowalski <jan@example.pl>",
        subject: "Re: Zwrot",
        id: "<tz-3@example.pl>",
        inReplyTo: "<tz-2@example.pl>",
        date: "Mon, 7 Dec 2026 08:29:00 +0900",
        body: "Jestem teraz w Tokio, nadal nic.",
      }),
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect(again.json().customer_utc_offset).toBe(540);
    expect(again.json().suggested_reply.text).toContain("UTC+9)");
  });
});
