import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/**
 * The customer list's CSV with a `time_zone` column, uploaded in Chromium: the zone is kept (shop e-mails
 * to the contact give their times in it, src/comms/contact-zones.test.ts) and a line with a zone that is
 * not IANA is skipped with its reason shown. On the old code the column was ignored.
 */
describe.runIf(hasBrowser)("a customer's time zone from the CSV, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  it("keeps the zone and names the line with a bad one", async () => {
    const { h, page } = b;
    await login(b);
    await page.goto(`${h.ctx.config.publicUrl}/messages/customers`);
    await expect.poll(() => page.getByTestId("contacts-file").count()).toBe(1);
    expect(await page.locator("body").textContent()).toContain("time_zone");
    const csv =
      "email,name,time_zone\nny@example.com,Ann,America/New_York\nbad@example.com,Bad,Mars/Olympus\n";
    await page
      .getByTestId("contacts-file")
      .setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect
      .poll(() => page.getByTestId("contacts-result").textContent())
      .toContain("line 3, time_zone: not an IANA time zone");
    const row = await h.ctx.db
      .selectFrom("comms_contacts")
      .select("time_zone")
      .where("email", "=", "ny@example.com")
      .executeTakeFirstOrThrow();
    expect(row.time_zone).toBe("America/New_York");
    expect(b.pageErrors).toEqual([]);
  });
});
