import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../src/testing/harness.js";
import { setShop } from "../../src/testing/shop.js";
import { hasBrowser, launchChromium } from "./browser.js";

/**
 * A maintenance window on a Warsaw shop's page, read by a visitor in Tokyo: the page writes it in the
 * shop's zone ("7 Dec 2026, 02:00–03:00 CET"), and its script adds the visitor's own time beside it, in
 * the page's language; a visitor whose clock is the shop's gets nothing more.
 */
describe.runIf(hasBrowser)("a maintenance window in the visitor's own time zone, in Chromium", () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await createHarness({ listen: true });
    h.clock.freeze(new Date("2026-12-06T09:00:00Z"));
    await setShop(h, { time_zone: "Europe/Warsaw", languages: ["en", "de"], default_language: "en" });
    const posted = await h.app.inject({
      method: "POST",
      url: "/api/v1/status/maintenance",
      headers: h.auth("responder"),
      payload: {
        title: { en: "Payments pause", de: "Zahlungspause" },
        body: { en: "We replace the gateway.", de: "Wir tauschen das Gateway." },
        components: ["payments"],
        starts_at: "2026-12-07T01:00:00Z",
        ends_at: "2026-12-07T02:00:00Z",
      },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const opened = await h.app.inject({
      method: "POST",
      url: "/api/v1/status/incidents",
      headers: h.auth("responder"),
      payload: {
        title: { en: "Card payments fail", de: "Kartenzahlungen gestört" },
        body: { en: "We are looking into it.", de: "Wir sehen nach." },
        impact: "minor",
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  /** The text of the first `selector` on the public page as a visitor in `timezoneId` reads it. */
  const readAs = async (timezoneId: string, lang: string, selector: (page: Page) => Locator) => {
    const context = await browser.newContext({ timezoneId, locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto(`${h.ctx.config.publicUrl}/status?lang=${lang}`);
    const meta = selector(page);
    await meta.waitFor();
    // The script runs once the page is parsed (defer): wait for it to have run, whatever it added.
    await page.waitForFunction("document.readyState === 'complete'");
    const text = await meta.textContent();
    await context.close();
    return text ?? "";
  };
  const windowText = (timezoneId: string, lang: string) =>
    readAs(timezoneId, lang, (page) => page.locator("[id^=maintenance-] [data-from]").first());

  it("adds Tokyo's time for a visitor in Tokyo, in the page's language", async () => {
    const en = await windowText("Asia/Tokyo", "en");
    expect(en).toContain("7 Dec 2026, 02:00–03:00 CET");
    // On the old page the shop's time only: the visitor had to work out 10:00 from "CET".
    expect(en).toMatch(/\(your time: 7 Dec 2026, 10:00\s?–\s?11:00 GMT\+9\)/);
    const de = await windowText("Asia/Tokyo", "de");
    expect(de).toMatch(/\(Ihre Zeit: 7\. Dez\. 2026, 10:00\s?–\s?11:00 (Uhr )?GMT\+9\)/);
  });

  it("writes the visitor's window with two-digit hours in Spanish too, as the page does", async () => {
    // 01:00–02:00 UTC is 06:30–07:30 in Kolkata; ICU's Spanish range alone wrote "6:30–7:30".
    expect(await windowText("Asia/Kolkata", "es")).toMatch(
      /\(tu hora: 7 dic 2026, 06:30\s?–\s?07:30 GMT\+5:30\)$/,
    );
  });

  it("adds nothing for a visitor on the shop's clock, even under another zone's name", async () => {
    expect(await windowText("Europe/Warsaw", "en")).toBe("7 Dec 2026, 02:00–03:00 CET");
    // Berlin's clock is Warsaw's: the same wall time, so nothing to convert.
    expect(await windowText("Europe/Berlin", "en")).toBe("7 Dec 2026, 02:00–03:00 CET");
  });

  const updateTime = (timezoneId: string, lang: string) =>
    readAs(timezoneId, lang, (page) =>
      page.locator("[id^=incident-] .update time[datetime]").first().locator(".."),
    );

  it("adds the visitor's time to an incident update too, in each of the six languages", async () => {
    // Opened at 09:00 UTC: 10:00 in Warsaw, 18:00 in Tokyo. On the old page the shop's time only.
    expect(await updateTime("Asia/Tokyo", "en")).toMatch(
      /^6 Dec 2026, 10:00 CET \(your time: 6 Dec 2026, 18:00 GMT\+9\)$/,
    );
    const words: Record<string, RegExp> = {
      pl: /\(Twój czas: 6 gru 2026, 18:00 GMT\+9\)$/,
      de: /\(Ihre Zeit: 6\. Dez\. 2026, 18:00 GMT\+9\)$/,
      fr: /\(votre heure\u202f?: 6 déc\. 2026, 18:00 UTC\+9\)$/,
      it: /\(ora locale: 6 dic 2026, 18:00 GMT\+9\)$/,
      es: /\(tu hora: 6 dic 2026, 18:00 GMT\+9\)$/,
    };
    for (const [lang, want] of Object.entries(words))
      expect(await updateTime("Asia/Tokyo", lang), lang).toMatch(want);
  });

  it("gives the visitor's date when it is another day there, and nothing on the shop's clock", async () => {
    // 09:00 UTC is 23:00 the day before in Honolulu.
    expect(await updateTime("Pacific/Honolulu", "en")).toMatch(/\(your time: 5 Dec 2026, 23:00 GMT-10\)$/);
    expect(await updateTime("Europe/Berlin", "en")).toBe("6 Dec 2026, 10:00 CET");
  });

  const footer = (timezoneId: string, lang: string) =>
    readAs(timezoneId, lang, (page) => page.locator("footer"));

  it("adds the visitor's time to the footer's 'Updated' time, before the feed link, in six languages", async () => {
    // The page was drawn at 09:00 UTC: 10:00 in Warsaw, 18:00 in Tokyo. On the old page the footer
    // gave the shop's time only, the one time on the page the script left alone.
    const words: Record<string, RegExp> = {
      en: /^Updated: 6 Dec 2026, 10:00 CET \(your time: 6 Dec 2026, 18:00 GMT\+9\) · /,
      pl: /^[^:]+: 6 gru 2026, 10:00 CET \(Twój czas: 6 gru 2026, 18:00 GMT\+9\) · /,
      de: /^[^:]+: 6\. Dez\. 2026, 10:00 MEZ \(Ihre Zeit: 6\. Dez\. 2026, 18:00 GMT\+9\) · /,
      fr: /^[^:]+: 6 déc\. 2026, 10:00 UTC\+1 \(votre heure\u202f?: 6 déc\. 2026, 18:00 UTC\+9\) · /,
      it: /^[^:]+: 6 dic 2026, 10:00 CET \(ora locale: 6 dic 2026, 18:00 GMT\+9\) · /,
      es: /^[^:]+: 6 dic 2026, 10:00 CET \(tu hora: 6 dic 2026, 18:00 GMT\+9\) · /,
    };
    for (const [lang, want] of Object.entries(words))
      expect(await footer("Asia/Tokyo", lang), lang).toMatch(want);
  });

  it("leaves the footer as the server wrote it on the shop's clock, and without script", async () => {
    expect(await footer("Europe/Berlin", "en")).toMatch(/^Updated: 6 Dec 2026, 10:00 CET · \S/);
    const context = await browser.newContext({ timezoneId: "Asia/Tokyo", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${h.ctx.config.publicUrl}/status?lang=en`);
    expect(await page.locator("footer").textContent()).toMatch(/^Updated: 6 Dec 2026, 10:00 CET · \S/);
    await context.close();
  });
});
