import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/**
 * A plan contact's own time zone, set in the plan editor in Chromium: the page e-mail to them gives the
 * crisis's start in it (src/crises/paging-zones.test.ts). On the old code there was no such field.
 */
describe.runIf(hasBrowser)("a contact's time zone in the plan editor, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  it("saves the crisis lead's zone and a press contact's, and clears one", async () => {
    const { h, page } = b;
    await login(b);
    await page.getByTestId("nav-plan").click();
    await page.getByTestId("plan-review").waitFor();
    await page.getByTestId("tab-plan-edit").click();
    const lead = page.getByTestId("team-crisis_lead");
    await lead.getByTestId("contact-time-zone").fill("Europe/London");
    await page.getByTestId("contact-add-press").click();
    const press = page.getByTestId("contacts-press");
    await press.getByTestId("contact-name").last().fill("Jan Reporter");
    await press.getByTestId("contact-time-zone").last().fill("America/New_York");
    await page.getByTestId("plan-save").click();
    const plan = async () =>
      (await h.app.inject({ url: "/api/v1/plan", headers: h.auth("viewer") })).json().plan as {
        team: { role: string; primary: { timeZone?: string } }[];
        stakeholders: { id: string; contacts: { name: string; timeZone?: string }[] }[];
      };
    await expect
      .poll(async () => (await plan()).team.find((t) => t.role === "crisis_lead")?.primary.timeZone)
      .toBe("Europe/London");
    const saved = await plan();
    expect(saved.stakeholders.find((g) => g.id === "press")?.contacts.at(-1)).toMatchObject({
      name: "Jan Reporter",
      timeZone: "America/New_York",
    });
    // Emptied: the key goes, and the shop's zone applies again.
    await lead.getByTestId("contact-time-zone").fill("");
    await page.getByTestId("plan-save").click();
    await expect
      .poll(
        async () => "timeZone" in ((await plan()).team.find((t) => t.role === "crisis_lead")?.primary ?? {}),
      )
      .toBe(false);
    expect(b.pageErrors).toEqual([]);
  });
});
