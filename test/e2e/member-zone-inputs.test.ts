import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setShop } from "../../src/testing/shop.js";
import { loginOn } from "./a11y.js";
import { ADMIN, type BrowserHarness, hasBrowser, openDashboard } from "./browser.js";

/**
 * A date-time field on the member's clock (components/DateTimeInput), not the browser's. On the old code
 * a member in New York whose browser said Tokyo typed a planned surge's 14:00 and stored 05:00 UTC
 * (14:00 in Tokyo), then read it back in the table as 00:00 on their own clock.
 */
describe.runIf(hasBrowser)("date-time fields on the member's zone, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  it("stores a planned surge typed at 14:00 New York time as 19:00 UTC and shows it back as 14:00", async () => {
    const { h } = b;
    await setShop(h, { time_zone: "Europe/Warsaw" });
    await h.ctx.db
      .updateTable("users")
      .set({ time_zone: "America/New_York" })
      .where("email", "=", ADMIN.email)
      .execute();
    // The browser's own clock is Tokyo's: neither the member's nor the shop's.
    const context = await b.browser.newContext({ locale: "en-US", timezoneId: "Asia/Tokyo" });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.on("pageerror", (e) => b.pageErrors.push(`pageerror: ${e.message}`));
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("Asia/Tokyo");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/settings/detection`);
    await page.getByTestId("surges-card").waitFor();
    await page.getByTestId("surge-label").fill("Winter sale");
    await page.getByTestId("surge-multiple").fill("4");
    const start = page.getByTestId("surge-start");
    await start.fill("2026-12-20T14:00");
    await page.getByTestId("surge-end").fill("2026-12-20T18:00");
    // The typed wall time stays as typed (read and written on the same clock).
    expect(await start.inputValue()).toBe("2026-12-20T14:00");
    await page.getByTestId("surge-add").click();
    const table = page.getByTestId("surges-table");
    await expect.poll(() => table.textContent(), { timeout: 20_000 }).toContain("Winter sale");
    const stored = (
      await h.app.inject({ method: "GET", url: "/api/v1/detection/settings", headers: h.auth() })
    ).json().plannedSurges;
    expect(stored).toEqual([
      {
        label: "Winter sale",
        start: "2026-12-20T19:00:00.000Z",
        end: "2026-12-20T23:00:00.000Z",
        multiple: 4,
      },
    ]);
    // Shown back on the member's clock, named (it is not the shop's): 2:00 PM and 6:00 PM EST.
    const text = (await table.textContent())?.replace(/\s+/g, " ") ?? "";
    expect(text).toContain("Dec 20, 2026, 2:00 PM EST");
    expect(text).toContain("Dec 20, 2026, 6:00 PM EST");
    // FormField's wiring reaches the input inside the component (the form is now for a second surge):
    // its label, and its hint naming the member's zone.
    const field = page.getByTestId("field-plannedSurges.1.start");
    expect(await field.textContent()).toContain("America/New_York");
    const id = await start.getAttribute("id");
    expect(id).toBeTruthy();
    expect(await field.locator("label").getAttribute("for")).toBe(id);
    const hintId = await start.getAttribute("aria-describedby");
    expect(hintId).toBeTruthy();
    expect(await field.locator(`[id="${hintId}"]`).textContent()).toContain("America/New_York");
    expect(b.pageErrors).toEqual([]);
    await context.close();
  });

  it("schedules a status page maintenance window typed on the member's clock", async () => {
    const { h } = b;
    await setShop(h, { time_zone: "Europe/Warsaw", languages: ["en"], default_language: "en" });
    const context = await b.browser.newContext({ locale: "en-US", timezoneId: "Asia/Tokyo" });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.on("pageerror", (e) => b.pageErrors.push(`pageerror: ${e.message}`));
    await loginOn(page, b.url);
    await page.goto(`${b.url}/statuspage`);
    const form = page.getByTestId("maintenance-form");
    await form.waitFor();
    await page.getByTestId("maintenance-title-en").fill("Payments pause");
    await page.getByTestId("maintenance-body-en").fill("We replace the gateway.");
    await page.getByTestId("field-starts_at").locator("input").fill("2026-12-21T23:30");
    await page.getByTestId("field-ends_at").locator("input").fill("2026-12-22T01:00");
    expect(await page.getByTestId("field-starts_at").textContent()).toContain("America/New_York");
    await form.locator("input[type=checkbox]").first().check();
    await form.locator("button[type=submit]").click();
    const stored = async () =>
      h.ctx.db.selectFrom("status_maintenance").select(["starts_at", "ends_at"]).execute();
    // 23:30 on 21 December in New York (EST) is 04:30 UTC on the 22nd; in Tokyo it would be 14:30 UTC.
    await expect
      .poll(async () => (await stored()).map((m) => [m.starts_at, m.ends_at]), { timeout: 20_000 })
      .toEqual([["2026-12-22T04:30:00.000Z", "2026-12-22T06:00:00.000Z"]]);
    expect(b.pageErrors).toEqual([]);
    await context.close();
  });
});
