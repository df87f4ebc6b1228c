import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { mailCustomerList } from "./test-customer-mail.js";

/**
 * A customer's own clock named as their language names it. On the old code a Polish, Italian or Spanish
 * customer in New York read "21:00 EDT", an English abbreviation their language does not use (and a
 * customer in Tokyo "10:00 GMT+9", an offset that does not say whose clock it is).
 */
const { h, smtp } = setupMailHarness();

const csv = [
  "email,name,language,time_zone",
  "ny@example.com,Ann,en,America/New_York",
  "tokyo@example.com,Aiko,en,Asia/Tokyo",
  "waw@example.com,Ola,en,",
].join("\n");

// 01:00 UTC on 25 October, the first public word's due time: 21:00 on 24 October in New York (their
// today still), 10:00 in Tokyo, 02:00 CET in Warsaw after the change.
const expected: Record<string, { ny: string; tokyo: string; waw: string }> = {
  en: { ny: "21:00 New York Time", tokyo: "10:00 Japan Time", waw: "02:00 CET" },
  pl: { ny: "21:00 (czas: Nowy Jork)", tokyo: "10:00 (czas: Japonia)", waw: "02:00 CET" },
  de: { ny: "21:00 New York (Ortszeit)", tokyo: "10:00 Japan (Ortszeit)", waw: "02:00 MEZ" },
  fr: { ny: "21:00 (heure : New York)", tokyo: "10:00 (heure : Japon)", waw: "02:00 UTC+1" },
  it: { ny: "21:00 (ora New York)", tokyo: "10:00 (ora Giappone)", waw: "02:00 CET" },
  es: { ny: "21:00 hora de Nueva York", tokyo: "10:00 hora de Japón", waw: "2:00 CET" },
};

const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("a customer's own zone, named in their language", () => {
  for (const [language, want] of Object.entries(expected)) {
    it(`names New York and Tokyo as ${language} does, in the text and the HTML part`, async () => {
      await setShop(h, { name: "Księgarnia Ola", time_zone: "Europe/Warsaw" });
      h.clock.freeze(new Date("2026-10-25T00:30:00Z"));
      const before = smtp.messages.length;
      const { sent } = await mailCustomerList(h, smtp, {
        csv,
        crisis: { title: "Checkout down", type: "site_outage", severity: "SEV1" },
        language,
      });
      expect(sent.statusCode, sent.body).toBe(200);
      const mails = (await smtp.waitFor(before + 3)).slice(before);
      const to = (who: string) => mails.find((m) => JSON.stringify(m.to).includes(who));
      for (const [who, time] of [
        ["ny@", want.ny],
        ["tokyo@", want.tokyo],
        ["waw@", want.waw],
      ] as const) {
        const m = to(who);
        expect(flat(m?.text ?? ""), `${who} ${language}`).toContain(time);
        expect(flat(String(m?.html ?? "")), `${who} ${language} html`).toContain(time);
      }
      if (language === "pl")
        expect(flat(to("ny@")?.text ?? "")).toContain("Kolejna aktualizacja o 21:00 (czas: Nowy Jork).");
      expect(to("ny@")?.text ?? "").not.toMatch(/\bE[DS]T\b/);
      expect(to("tokyo@")?.text ?? "").not.toMatch(/GMT\+9|UTC\+9/);
    });
  }
});
