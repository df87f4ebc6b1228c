import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";
import { draftMessage, openCrisis } from "./testing.js";

/**
 * Dates in messages as each language writes them, on the shop's calendar: a press release is dated
 * "5 grudnia 2026", not "2026-12-05", and a next update on another day reads naturally in every language.
 */
let h: Harness;
beforeAll(async () => {
  // 23:30 UTC on 4 December is already 00:30 on 5 December in Warsaw.
  h = await shopHarness(
    { time_zone: "Europe/Warsaw", languages: ["pl", "en", "de", "fr", "it", "es"], default_language: "pl" },
    "2026-12-04T23:30:00Z",
  );
}, 60_000);
afterAll(async () => h.close());

const crisis = (extra: Record<string, unknown> = {}) => openCrisis(h, extra);
const draft = (crisisId: string, kind: string, language: string) => draftMessage(h, crisisId, kind, language);

const TODAY: Record<string, string> = {
  en: "statement of 5 December 2026",
  pl: "oświadczenie z dnia 5 grudnia 2026",
  de: "Stellungnahme vom 5. Dezember 2026",
  fr: "communiqué du 5 décembre 2026",
  it: "comunicato del 5 dicembre 2026",
  es: "comunicado del 5 de diciembre de 2026",
};

// "Next update" on another day than the shop's today: the day after its own word, then the time.
const ANOTHER_DAY: Record<string, RegExp> = {
  en: /Next update on 6 Dec 2026 at \d{2}:\d{2} CET\./,
  pl: /Kolejna aktualizacja 6 gru 2026 o \d{2}:\d{2} CET\./,
  de: /Nächstes Update am 6\. Dez\. 2026 um \d{2}:\d{2} MEZ\./,
  fr: /Prochaine mise à jour le 6 déc\. 2026 à \d{2}:\d{2} UTC\+1\./,
  it: /Prossimo aggiornamento il 6 dic 2026 alle \d{2}:\d{2} CET\./,
  es: /Próxima actualización el 6 dic 2026 a las? \d{1,2}:\d{2} CET\./,
};
const SAME_DAY: Record<string, RegExp> = {
  en: /Next update at \d{2}:\d{2} CET\./,
  pl: /Kolejna aktualizacja o \d{2}:\d{2} CET\./,
  de: /Nächstes Update um \d{2}:\d{2} MEZ\./,
  fr: /Prochaine mise à jour à \d{2}:\d{2} UTC\+1\./,
  it: /Prossimo aggiornamento alle \d{2}:\d{2} CET\./,
  es: /Próxima actualización a las? \d{1,2}:\d{2} CET\./,
};

describe("dates in messages", () => {
  it("{{ now }} is the shop's date in the template's language, not an ISO date or UTC's day", async () => {
    const id = await crisis();
    for (const [lang, dated] of Object.entries(TODAY)) {
      const press = await draft(id, "press_release", lang);
      expect(press.body, lang).toContain(dated);
      expect(press.body, lang).not.toMatch(/2026-12-0\d|4 Dec|4 gru/);
    }
  });

  it("a next update today names the time alone; on another day, the day with its own word", async () => {
    const today = await crisis();
    for (const [lang, phrase] of Object.entries(SAME_DAY))
      expect((await draft(today, "status_update", lang)).body, lang).toMatch(phrase);

    // 22:00 in Warsaw; a SEV3's first public word is due within 4 hours: 02:00 on the next day.
    h.clock.freeze(new Date("2026-12-05T21:00:00Z"));
    const later = await crisis({ severity: "SEV3" });
    for (const [lang, phrase] of Object.entries(ANOTHER_DAY)) {
      const body = (await draft(later, "status_update", lang)).body;
      expect(body, lang).toMatch(phrase);
      expect(body, lang).toContain(lang === "es" ? "a las 2:00" : "02:00");
      expect(body, lang).not.toMatch(/ o 6 gru| at 6 Dec| um 6\.| à 6 déc| alle 6 dic| a las 6 dic/);
    }
  });

  it("Spanish says 'a la' before one o'clock and writes the hour without a leading zero", async () => {
    // 21:00 in Warsaw; a SEV3's first public word is due within 4 hours: 01:00 on the next day.
    h.clock.freeze(new Date("2026-12-05T20:00:00Z"));
    const body = (await draft(await crisis({ severity: "SEV3" }), "status_update", "es")).body;
    expect(body).toContain("el 6 dic 2026 a la 1:00 CET.");
    expect(body).not.toMatch(/a las 0?1:00/);
  });
});
