import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES } from "../../src/core/lang.js";
import { createHarness, type Harness } from "../../src/testing/harness.js";
import { hasBrowser, launchChromium } from "./browser.js";

/**
 * Text from the internet on the public page, on a phone: a title or update with a very long word (a
 * German compound, a pasted link) must wrap, not widen the page so the status word leaves the screen.
 */
describe.runIf(hasBrowser)("the status page with very long words, on a 390 px phone", () => {
  let h: Harness;
  let browser: Browser;
  const word = "Zahlungsdienstleistungsunterbrechungsbenachrichtigung".repeat(6);
  beforeAll(async () => {
    h = await createHarness({ listen: true });
    browser = await launchChromium();
    const all = [...LANGUAGES];
    const ws = await h.app.inject({
      method: "PATCH",
      url: "/api/v1/workspace",
      headers: h.auth("admin"),
      payload: { name: `Shop${word.slice(0, 60)}`, languages: all, default_language: "en" },
    });
    expect(ws.statusCode).toBe(200);
    const text = (s: string) => Object.fromEntries(all.map((l) => [l, s]));
    const inc = await h.app.inject({
      method: "POST",
      url: "/api/v1/status/incidents",
      headers: h.auth("responder"),
      payload: {
        title: text(`Payments <b>&</b> 💳 ${word}`),
        body: text(`See https://example.com/${word}?q=${word}`),
        impact: "major",
      },
    });
    expect(inc.statusCode).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("wraps them in every language: no sideways scroll, the incident's state on screen", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    for (const lang of LANGUAGES) {
      await page.goto(`${h.ctx.config.publicUrl}/status?lang=${lang}`);
      // Pixels the page is wider than the screen (a string: the test's types know no DOM).
      const wider = (await page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
      )) as number;
      // On the old stylesheet the page was 3 262 px wide.
      expect(wider, lang).toBeLessThanOrEqual(0);
      const state = await page.locator("article .row .state").first().boundingBox();
      expect(state && state.x + state.width, lang).toBeLessThanOrEqual(390);
    }
    await page.close();
  });
});
