import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSecret } from "../../src/core/secrets.js";
import { createHarness, type Harness } from "../../src/testing/harness.js";
import { setShop } from "../../src/testing/shop.js";
import { hasBrowser, launchChromium } from "./browser.js";

/**
 * The page a subscriber's confirm link opens, drawn in Chromium: before the button, the shop's name and
 * what pressing it will do, in the subscriber's language; pressing it confirms. On the old code the page
 * showed a title and a bare "Potwierdzam" button.
 */
describe.runIf(hasBrowser)("the confirm link's page, in Chromium", () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await createHarness({ listen: true });
    h.clock.freeze(new Date("2026-12-06T09:00:00Z"));
    await setShop(h, { name: "Księgarnia Ola", languages: ["pl", "en"], default_language: "pl" });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("names the shop and says what the button does, then the button confirms", async () => {
    const sub = await h.app.inject({
      method: "POST",
      url: "/status/subscribe",
      payload: { email: "ola@example.pl", lang: "pl" },
    });
    expect(sub.statusCode).toBe(202);
    const row = await h.ctx.db
      .selectFrom("status_subscribers")
      .select("token")
      .where("email", "=", "ola@example.pl")
      .executeTakeFirstOrThrow();
    const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await page.goto(`${h.ctx.config.publicUrl}/status/confirm?token=${openSecret(row.token)}`);
    const said = await page.locator("main p").first().innerText();
    expect(said).toBe(
      "Po potwierdzeniu strona statusu sklepu Księgarnia Ola będzie wysyłać Ci e-maile o zdarzeniach i zaplanowanych pracach serwisowych. W każdej wiadomości jest link do wypisania się.",
    );
    // The sentence is above the button, where it is read before pressing it.
    const p = await page.locator("main p").first().boundingBox();
    const button = page.getByRole("button", { name: "Potwierdzam" });
    const b = await button.boundingBox();
    expect(p && b && p.y < b.y).toBe(true);
    await button.click();
    await page.waitForLoadState();
    expect(await page.locator("h1").innerText()).toBe("Subskrypcja potwierdzona");
    const confirmed = await h.ctx.db
      .selectFrom("status_subscribers")
      .select("confirmed_at")
      .where("email", "=", "ola@example.pl")
      .executeTakeFirstOrThrow();
    expect(confirmed.confirmed_at).not.toBeNull();
  });
});
