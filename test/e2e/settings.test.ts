import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Receiver, startReceiver } from "../../src/testing/receiver.js";
import { checkScreen, loginOn, openContext, poll } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard } from "./browser.js";

const SECTIONS = [
  "account",
  "workspace",
  "team",
  "sources",
  "notifications",
  "detection",
  "classifier",
  "webhooks",
  "tokens",
];

describe.runIf(hasBrowser)("settings screens at 390 px", () => {
  let b: BrowserHarness;
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
    b = await openDashboard();
  });
  afterAll(async () => {
    await b?.close();
    await receiver?.close();
  });

  const expectClean = async (page: Page, name: string) =>
    expect(await checkScreen(page, name)).toEqual({ name, violations: [], overflow: 0 });

  it("connects sources: a feed (a bad address gets a friendly word), an inbound webhook, a brand query, Shopify", async () => {
    const { context, page } = await openContext(b, "en-GB");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/settings`);
    await page.waitForURL(/\/settings\/account$/);
    await page.getByTestId("tab-sources").click();
    await page.getByTestId("source-form").waitFor();
    await expectClean(page, "sources empty");

    await page.getByTestId("source-name").fill("Forum");
    await page.getByTestId("source-url").fill("forum.example/rss");
    await page.getByTestId("source-create").click();
    await poll(() => page.getByTestId("field-url-error").textContent()).toBe(
      "Enter a full web address, starting with https://",
    );
    await page.getByTestId("source-url").fill(receiver.url("/feed.xml"));
    await page.getByTestId("source-create").click();
    await page.getByTestId("sources-table-row").filter({ hasText: "Forum" }).waitFor();

    await page.getByTestId("source-type").selectOption("webhook");
    await page.getByTestId("source-name").fill("Helpdesk");
    await page.getByTestId("source-create").click();
    await poll(
      async () => (await page.getByTestId("source-secret-value").inputValue()).length,
    ).toBeGreaterThan(10);
    expect(await page.getByTestId("source-inbound-url").inputValue()).toContain("/api/v1/inbound/mentions/");

    await page.getByTestId("brand-name").fill("Our shop");
    await page.getByTestId("brand-any").fill("Acme, acme.pl");
    await page.getByTestId("brand-none").fill("acme corp");
    await page.getByTestId("brand-create").click();
    await page.getByTestId("brand-table-row").filter({ hasText: "acme.pl" }).waitFor();

    await page.getByTestId("shop-shopify-secret").fill("shpss_a_long_enough_secret");
    await page.getByTestId("shop-shopify-save").click();
    await poll(() => page.getByTestId("shop-shopify").getByTestId("badge").textContent()).toBe("connected");
    await expectClean(page, "sources filled");
    const stored = await b.h.app.inject({ method: "GET", url: "/api/v1/sources", headers: b.h.auth() });
    expect(
      stored
        .json()
        .items.map((s: { name: string }) => s.name)
        .sort(),
    ).toEqual(["Forum", "Helpdesk"]);
    await context.close();
  });

  it("adds a webhook endpoint, sends a test event and shows it in the delivery log", async () => {
    const { context, page } = await openContext(b, "en-GB");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/settings/webhooks`);
    await page.getByTestId("webhook-url").fill(receiver.url("/hook"));
    await page.getByTestId("webhook-description").fill("Team chat");
    await page.getByTestId("webhook-create").click();
    await poll(async () => page.getByTestId("webhook-secret-value").inputValue()).toMatch(/^whsec_/);
    const endpoint = page.getByTestId("webhook-endpoint").filter({ hasText: "Team chat" });
    await endpoint.getByTestId("webhook-test").click();
    await poll(async () => {
      await b.h.ctx.jobs.drain();
      return receiver.received.filter((r) => r.path === "/hook").length;
    }).toBeGreaterThan(0);
    await poll(() => endpoint.getByTestId("deliveries-table-row").first().textContent(), {
      timeout: 20_000,
    }).toContain("delivered (200)");
    // Resend from the log: the same message goes out again and gets a row of its own.
    const before = receiver.received.filter((r) => r.path === "/hook").length;
    await endpoint.getByTestId("delivery-resend").first().click();
    await poll(async () => {
      await b.h.ctx.jobs.drain();
      return receiver.received.filter((r) => r.path === "/hook").length;
    }).toBe(before + 1);
    await poll(() => endpoint.getByTestId("deliveries-table-row").count(), { timeout: 20_000 }).toBe(2);
    await expectClean(page, "webhooks");
    await context.close();
  });

  it("team: an admin adds a person and removes them; each person changes their own password", async () => {
    const { context, page } = await openContext(b, "en-GB");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/settings/team`);
    await page.getByTestId("user-name-input").fill("Kasia Nowak");
    await page.getByTestId("user-email").fill("kasia@shop.test");
    await page.getByTestId("user-role").selectOption("viewer");
    await page.getByTestId("user-password").fill("kasia's first password");
    await page.getByTestId("user-create").click();
    const row = page.getByTestId("users-table-row").filter({ hasText: "kasia@shop.test" });
    await row.waitFor();
    expect(await row.getByTestId("member-role").inputValue()).toBe("viewer");
    await expectClean(page, "team");

    // Kasia changes her own password, giving the current one.
    const kasia = await openContext(b, "pl-PL");
    await loginOn(kasia.page, b.url, { email: "kasia@shop.test", password: "kasia's first password" });
    await kasia.page.goto(`${b.url}/settings/account`);
    await kasia.page.getByTestId("current-password").fill("kasia's first password");
    await kasia.page.getByTestId("account-new-password").fill("kasia's second password");
    await kasia.page.getByTestId("account-confirm-password").fill("kasia's second password");
    await kasia.page.getByTestId("account-password-save").click();
    // On success the form empties itself; on failure it says why beside the fields.
    await poll(async () =>
      (await kasia.page.getByTestId("form-error").count())
        ? await kasia.page.getByTestId("form-error").textContent()
        : await kasia.page.getByTestId("current-password").inputValue(),
    ).toBe("");
    await kasia.context.close();
    const relogin = await b.h.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "kasia@shop.test", password: "kasia's second password" },
    });
    expect(relogin.statusCode).toBe(200);

    await row.getByTestId("member-remove").click();
    await row.getByTestId("member-remove-confirm").click();
    await poll(() => page.getByTestId("users-table-row").filter({ hasText: "kasia@shop.test" }).count()).toBe(
      0,
    );
    await context.close();
  });

  it("every section reads in Polish at 390 px without axe findings or sideways scroll", async () => {
    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url);
    for (const section of SECTIONS) {
      await page.goto(`${b.url}/settings/${section}`);
      await page.getByTestId(`tab-${section}`).waitFor();
      await page.locator(".settings-body > *").first().waitFor();
      await page.waitForLoadState("networkidle");
      if (section === "detection") {
        // The preview of the sensitivity renders its verdict (an empty workspace: no alerts, no mentions).
        await page.getByTestId("detection-preview").click();
        await poll(() => page.getByTestId("detection-preview-summary").textContent(), {
          timeout: 60_000,
        }).toMatch(/30/);
      }
      if (section === "classifier") {
        // No labels yet: the empty state leads to the mentions, where corrections make them.
        await page.locator(".empty-action a[href='/mentions']").waitFor();
      }
      await expectClean(page, `settings ${section} pl`);
    }
    expect(await page.getByTestId("tab-sources").textContent()).toBe("Źródła");
    await context.close();
    expect(b.pageErrors).toEqual([]);
  });
});
