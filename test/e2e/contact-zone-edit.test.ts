import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/**
 * One customer's time zone, edited on Messages → Customers in Chromium (the API in
 * src/comms/contact-zone-edit.test.ts). On the old code only the CSV and shop events could give one.
 */
describe.runIf(hasBrowser)("one customer's time zone, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  it("says which field is wrong, then saves the zone", async () => {
    const { h, page } = b;
    await h.ctx.services.comms.contacts.upsert(h.workspaceId, { email: "anna@example.com" }, "test");
    await login(b);
    await page.goto(`${h.ctx.config.publicUrl}/messages/customers`);
    const card = page.getByTestId("contact-zone");
    await page.getByTestId("contact-zone-email").fill("anna@example.com");
    await page.getByTestId("contact-zone-input").fill("Mars/Olympus");
    await page.getByTestId("contact-zone-save").click();
    await expect.poll(() => card.textContent()).toContain("not an IANA time zone");
    await page.getByTestId("contact-zone-input").fill("America/New_York");
    await page.getByTestId("contact-zone-save").click();
    const zone = async () =>
      (
        await h.ctx.db
          .selectFrom("comms_contacts")
          .select("time_zone")
          .where("email", "=", "anna@example.com")
          .executeTakeFirst()
      )?.time_zone;
    await expect.poll(zone).toBe("America/New_York");
    expect(b.pageErrors).toEqual([]);
  });
});
