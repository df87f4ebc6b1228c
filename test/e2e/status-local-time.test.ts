import type { Browser } from "playwright-core";
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
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  const windowText = async (timezoneId: string, lang: string) => {
    const context = await browser.newContext({ timezoneId, locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto(`${h.ctx.config.publicUrl}/status?lang=${lang}`);
    const meta = page.locator("[id^=maintenance-] .meta").first();
    await meta.waitFor();
    // The script runs once the page is parsed (defer): wait for it to have run, whatever it added.
    await page.waitForFunction("document.readyState === 'complete'");
    const text = await meta.textContent();
    await context.close();
    return text ?? "";
  };

  it("adds Tokyo's time for a visitor in Tokyo, in the page's language", async () => {
    const en = await windowText("Asia/Tokyo", "en");
    expect(en).toContain("7 Dec 2026, 02:00–03:00 CET");
    // On the old page the shop's time only: the visitor had to work out 10:00 from "CET".
    expect(en).toMatch(/\(your time: 7 Dec 2026, 10:00\s?–\s?11:00 GMT\+9\)/);
    const de = await windowText("Asia/Tokyo", "de");
    expect(de).toMatch(/\(Ihre Zeit: 7\. Dez\. 2026, 10:00\s?–\s?11:00 (Uhr )?GMT\+9\)/);
  });

  it("adds nothing for a visitor on the shop's clock, even under another zone's name", async () => {
    expect(await windowText("Europe/Warsaw", "en")).toBe("7 Dec 2026, 02:00–03:00 CET");
    // Berlin's clock is Warsaw's: the same wall time, so nothing to convert.
    expect(await windowText("Europe/Berlin", "en")).toBe("7 Dec 2026, 02:00–03:00 CET");
  });
});
