import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScreen, htmlLang, PHONE, poll } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard } from "./browser.js";

/**
 * The public status page keeps itself current without a meta refresh: a visitor typing their e-mail to
 * subscribe keeps what they typed (and the cursor) while a new incident appears around the form.
 */
describe.runIf(hasBrowser)("the public status page refreshes by script", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  });
  afterAll(async () => b?.close());

  it("shows a new incident after a minute without losing the typed e-mail, in Polish at 390 px, axe clean", async () => {
    const context = await b.browser.newContext({ viewport: PHONE, locale: "pl-PL", bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    // The page's own timers run on a clock the test moves: no waiting a real minute.
    await page.clock.install();
    await page.goto(`${b.url}/status?lang=pl`);
    expect(await htmlLang(page)).toBe("pl");
    expect(await page.locator("meta[http-equiv]").count()).toBe(0);
    expect(await checkScreen(page, "status pl")).toEqual({ name: "status pl", violations: [], overflow: 0 });

    const email = page.locator("input[type=email]");
    await email.click();
    await email.pressSequentially("ola@shop.exam");

    const inc = await b.h.app.inject({
      method: "POST",
      url: "/api/v1/status/incidents",
      headers: b.h.auth("responder"),
      payload: {
        title: { pl: "Płatności kartą nie działają", en: "Card payments fail" },
        body: { pl: "Sprawdzamy.", en: "We are looking into it." },
        impact: "major",
        components: ["payments"],
      },
    });
    expect(inc.statusCode).toBe(201);
    expect(await page.locator("main").textContent()).not.toContain("Płatności kartą nie działają");

    await page.clock.runFor(61_000);
    await poll(() => page.locator("main").textContent()).toContain("Płatności kartą nie działają");
    // The form is the same element: what was typed is there, the cursor still in it.
    expect(await email.inputValue()).toBe("ola@shop.exam");
    expect(await page.evaluate("document.activeElement && document.activeElement.type")).toBe("email");
    await page.keyboard.type("ple");
    expect(await email.inputValue()).toBe("ola@shop.example");
    expect(await page.locator("main form").count()).toBe(1);
    expect(await page.locator("h1").count()).toBe(1);
    expect(await checkScreen(page, "status pl after")).toEqual({
      name: "status pl after",
      violations: [],
      overflow: 0,
    });
    await context.close();
  });
});
