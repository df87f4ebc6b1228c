import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/**
 * A team member's own time zone, set in Settings → Account in Chromium: clock reminders, update
 * reminders and escalations mailed to them give times on it (src/accounts/user-zones.test.ts,
 * src/cases/escalation-zones.test.ts). On the old code there was no such field.
 */
describe.runIf(hasBrowser)("your own time zone in the account settings, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  it("refuses a zone that is not IANA beside the field, saves one that is, and clears it", async () => {
    const { h, page } = b;
    await login(b);
    await page.goto(`${b.url}/settings/account`);
    const input = page.getByTestId("account-time-zone-input");
    const card = page.getByTestId("account-time-zone");
    // The hint says where an empty field differs: the shop's zone in e-mails, the browser's on screen.
    await expect.poll(() => card.textContent()).toContain("the browser's on the dashboard");
    await input.fill("Mars/Olympus");
    await page.getByTestId("account-time-zone-save").click();
    await expect.poll(() => card.textContent()).toContain("IANA");
    await input.fill("asia/tokyo");
    await page.getByTestId("account-time-zone-save").click();
    const zone = async () => {
      const user = await h.ctx.db
        .selectFrom("users")
        .select("time_zone")
        .where("email", "=", "lead@shop.test")
        .executeTakeFirst();
      return user?.time_zone ?? null;
    };
    await expect.poll(zone).toBe("Asia/Tokyo");
    // The field shows the canonical name once the session is read again.
    await expect.poll(() => input.inputValue()).toBe("Asia/Tokyo");
    await input.fill("");
    await page.getByTestId("account-time-zone-save").click();
    await expect.poll(zone).toBeNull();
    expect(b.pageErrors).toEqual([]);
  });
});
