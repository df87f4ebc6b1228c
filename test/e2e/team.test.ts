import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtp, type TestSmtp } from "../../src/testing/smtp.js";
import { checkScreen, htmlLang, loginOn, openContext, poll } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard } from "./browser.js";

const catalogue = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../web/src/i18n/${lang}.json`, import.meta.url), "utf8")) as Record<
    string,
    string
  >;
const en = catalogue("en");
const pl = catalogue("pl");

/**
 * The team screen as an admin uses it, in English and Polish at 390 px with axe: invite by e-mail, the
 * invitee accepts in a browser of their own, then role change, password reset and removal.
 */
describe.runIf(hasBrowser)("team screen", () => {
  let b: BrowserHarness;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    b = await openDashboard(smtp.env);
  });
  afterAll(async () => {
    await b?.close();
    await smtp?.close();
  });

  const expectClean = async (page: Page, name: string) =>
    expect(await checkScreen(page, name)).toEqual({ name, violations: [], overflow: 0 });

  /** The first link in the newest e-mail to `to`, once it has arrived. */
  const linkMailedTo = async (to: string, nth: number) => {
    await poll(async () => {
      await b.h.ctx.jobs.drain();
      return smtp.messages.filter((m) => JSON.stringify(m.to).includes(to)).length;
    }).toBeGreaterThanOrEqual(nth);
    const mails = smtp.messages.filter((m) => JSON.stringify(m.to).includes(to));
    return mails[nth - 1]?.text?.match(/https?:\/\/\S+/)?.[0] ?? "";
  };

  it("invites by e-mail; the invitee accepts in Polish in a second browser and is logged in", async () => {
    const admin = await openContext(b, "en-GB");
    await loginOn(admin.page, b.url);
    await admin.page.goto(`${b.url}/settings/team`);
    await admin.page.getByTestId("invite-email").fill("kasia@shop.test");
    await admin.page.getByTestId("invite-role").selectOption("responder");
    await admin.page.getByTestId("invite-language").selectOption("pl");
    await admin.page.getByTestId("invite-send").click();
    await admin.page.getByTestId("invites-table-row").filter({ hasText: "kasia@shop.test" }).waitFor();
    expect(await admin.page.getByTestId("invite-send").textContent()).toBe(en["team.invite_send"]);
    await expectClean(admin.page, "team en");

    const link = await linkMailedTo("kasia@shop.test", 1);
    expect(link).toContain("/invite?token=");
    const kasia = await openContext(b, "pl-PL");
    await kasia.page.goto(link);
    await kasia.page.getByTestId("accept-form").waitFor();
    expect(await htmlLang(kasia.page)).toBe("pl");
    expect(await kasia.page.getByTestId("invite-what").textContent()).toContain("kasia@shop.test");
    // The token leaves the address bar once read.
    expect(kasia.page.url()).toBe(`${b.url}/invite`);
    await expectClean(kasia.page, "invite accept pl");
    await kasia.page.getByTestId("accept-name").fill("Kasia Nowak");
    await kasia.page.getByTestId("accept-password").fill("kasia's own password");
    await kasia.page.getByTestId("accept-confirm").fill("kasia's own password");
    await kasia.page.getByTestId("accept-submit").click();
    await kasia.page.getByTestId("overview").waitFor();

    // Her own name, changed under My account.
    await kasia.page.goto(`${b.url}/settings/account`);
    await kasia.page.getByTestId("profile-name").fill("Katarzyna Nowak");
    await kasia.page.getByTestId("profile-save").click();
    await poll(async () => {
      const users = await b.h.app.inject({ method: "GET", url: "/api/v1/users", headers: b.h.auth() });
      return users.json().items.find((u: { email: string }) => u.email === "kasia@shop.test")?.name;
    }).toBe("Katarzyna Nowak");
    await expectClean(kasia.page, "account pl");

    // The same link does not work twice.
    const again = await openContext(b, "pl-PL");
    await again.page.goto(link);
    expect(await again.page.getByTestId("invite-gone").textContent()).toBe(pl["invite.gone"]);
    await again.context.close();

    await admin.page.reload();
    const row = admin.page.getByTestId("users-table-row").filter({ hasText: "kasia@shop.test" });
    await row.waitFor();
    expect(await admin.page.getByTestId("invites-table-row").count()).toBe(0);
    await expectClean(admin.page, "team with a member en");

    // Role change, then a password reset that ends her session at once.
    await row.getByTestId("member-role").selectOption("viewer");
    await poll(async () => {
      const users = await b.h.app.inject({ method: "GET", url: "/api/v1/users", headers: b.h.auth() });
      return users.json().items.find((u: { email: string }) => u.email === "kasia@shop.test")?.role;
    }).toBe("viewer");
    await row.getByTestId("member-reset").click();
    await row.getByTestId("member-reset-confirm").click();
    expect(await linkMailedTo("kasia@shop.test", 2)).toContain("/login?link=");
    await kasia.page.goto(`${b.url}/settings/account`);
    await kasia.page.waitForURL(/\/login/);

    await row.getByTestId("member-remove").click();
    await row.getByTestId("member-remove-confirm").click();
    await poll(() =>
      admin.page.getByTestId("users-table-row").filter({ hasText: "kasia@shop.test" }).count(),
    ).toBe(0);
    await kasia.context.close();
    await admin.context.close();
  });

  it("reads in Polish at 390 px: members, invitations and the accept page without axe findings", async () => {
    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/settings/team`);
    await page.getByTestId("invite-form").waitFor();
    await page.getByTestId("invite-email").fill("marek@shop.test");
    await page.getByTestId("invite-send").click();
    await page.getByTestId("invites-table-row").filter({ hasText: "marek@shop.test" }).waitFor();
    expect(await page.getByTestId("invite-send").textContent()).toBe(pl["team.invite_send"]);
    expect(await htmlLang(page)).toBe("pl");
    await expectClean(page, "team pl");
    await page.getByTestId("invite-withdraw").click();
    await page.getByTestId("invite-withdraw-confirm").click();
    await poll(() => page.getByTestId("invites-table-row").count()).toBe(0);
    const link = await linkMailedTo("marek@shop.test", 1);
    await page.goto(link);
    expect(await page.getByTestId("invite-gone").textContent()).toBe(pl["invite.gone"]);
    await expectClean(page, "invite withdrawn pl");
    await context.close();
    expect(b.pageErrors).toEqual([]);
  });
});
