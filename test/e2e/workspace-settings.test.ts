import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

describe.runIf(hasBrowser)("workspace settings in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  it("an admin sets the time zone and the customer languages on the settings screen; the public page follows", async () => {
    const { page } = b;
    await login(b);
    await page.goto(`${b.url}/settings/workspace`);
    const form = page.getByTestId("workspace-form");
    await form.waitFor();

    // A bad currency is named at its field and nothing is saved.
    const currency = page.getByTestId("field-currency").locator("input");
    await currency.fill("XYZ");
    await page.getByTestId("workspace-save").click();
    await expect.poll(() => page.getByTestId("field-currency-error").count()).toBe(1);
    const api = () =>
      b.h.app.inject({ method: "GET", url: "/api/v1/workspace", headers: b.h.auth("viewer") });
    expect((await api()).json().currency).not.toBe("XYZ");

    await currency.fill("PLN");
    await page.getByTestId("field-time_zone").locator("select").selectOption("Europe/Warsaw");
    await page.getByTestId("workspace-lang-pl").check();
    await page.getByTestId("field-default_language").locator("select").selectOption("pl");
    await page.getByTestId("workspace-save").click();
    await expect
      .poll(async () => (await api()).json())
      .toMatchObject({
        time_zone: "Europe/Warsaw",
        languages: ["en", "pl"],
        default_language: "pl",
        currency: "PLN",
      });

    // A visitor whose language the page does not speak reads the shop's default, in the shop's zone.
    const visitor = await b.browser.newContext({ locale: "ja-JP" });
    const pub = await visitor.newPage();
    await pub.goto(`${b.url}/status`);
    expect(await pub.locator("html").getAttribute("lang")).toBe("pl");
    // The server's text, without the notes the page's script adds in the visitor's own zone (this
    // browser's is UTC): since the footer's time gets one too, "(Twój czas: … UTC)" is on every page.
    await pub.waitForFunction("document.readyState === 'complete'");
    const notes = (await pub.locator(".local-time").allTextContents()).join(" ");
    expect(notes).toMatch(/\(Twój czas: .*UTC\)/);
    const text = (await pub.evaluate(
      `(() => { document.querySelectorAll(".local-time").forEach((n) => n.remove()); return document.body.textContent; })()`,
    )) as string;
    expect(text).toMatch(/\d{2}:\d{2} CES?T/);
    expect(text).not.toContain("UTC");
    await visitor.close();
    expect(b.pageErrors).toEqual([]);
  }, 240_000);
});
