import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

describe.runIf(hasBrowser)("messages and the public status page in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  it("writes a status update for a crisis, sees the tone check, publishes it, and finds it on /status and in the feed", async () => {
    const { h, page } = b;
    const crisis = await h.app.inject({
      method: "POST",
      url: "/api/v1/crises",
      headers: h.auth("responder"),
      payload: { title: "Checkout down", type: "site_outage", severity: "SEV1" },
    });
    expect(crisis.statusCode).toBe(201);
    await login(b);
    await page.getByTestId("nav-messages").click();
    await page.getByTestId("message-new").waitFor();
    await expect
      .poll(async () => page.getByTestId("message-crisis").locator("option").count())
      .toBeGreaterThan(1);
    await page.getByTestId("message-crisis").selectOption(crisis.json().id);
    await page.getByTestId("message-kind").selectOption("status_update");
    await page.getByTestId("message-language").selectOption("en");
    await page.getByTestId("message-create").click();
    await page.getByTestId("message-form").waitFor();
    // The template's own words, rendered with the crisis.
    await expect.poll(() => page.getByTestId("preview-body").textContent()).toContain("We are sorry");

    // Defensive, vague wording is flagged with the reason, and hostile text stays text.
    await page
      .getByTestId("message-body")
      .fill("<b>Checkout</b> is down. This is beyond our control and we will fix it soon.");
    await page.getByTestId("message-save").click();
    await expect
      .poll(async () =>
        page.getByTestId("tone-remark").evaluateAll((els) => els.map((e) => e.getAttribute("data-kind"))),
      )
      .toEqual(expect.arrayContaining(["defensive", "undated_promise", "missing_apology"]));
    await expect(page.getByTestId("preview-body").textContent()).resolves.toContain("<b>Checkout</b>");

    const words = "We are sorry: checkout does not load <i>for anyone</i>. Next update at 16:00 UTC.";
    await page.getByTestId("message-body").fill(words);
    await page.locator("[data-testid=translations] summary", { hasText: "pl" }).click();
    await page
      .getByTestId("translation-pl")
      .fill("Przepraszamy: zamówienia nie działają. Kolejna aktualizacja o 16:00.");
    await page.getByTestId("message-save").click();
    await expect.poll(() => page.getByTestId("tone-ok").count()).toBe(1);

    await page.getByTestId("send-channel").selectOption("status_page");
    await page.getByTestId("send-submit").click();
    // A SEV1 outage moves the type's components: the panel says so and sends only on the second click.
    await expect
      .poll(() => page.getByTestId("send-changes").textContent())
      .toContain("Shop: operational → major outage");
    expect(await page.getByTestId("send-changes").locator("li").count()).toBe(2);
    await expect(page.getByTestId("message-status").textContent()).resolves.not.toContain("sent");
    await b.screenshot("message-send-confirm");
    await page.getByTestId("send-confirm-send").click();
    await expect.poll(() => page.getByTestId("message-status").textContent()).toContain("sent");
    expect(await page.getByTestId("send-confirm").count()).toBe(0);
    await expect.poll(() => page.getByTestId("message-audit").textContent()).toContain("sent");
    await b.screenshot("message-sent");

    // The public page, as a visitor without a session sees it.
    const visitor = await b.browser.newContext();
    const pub = await visitor.newPage();
    await pub.goto(`${b.url}/status`);
    await expect(pub.locator("main").textContent()).resolves.toContain(
      "checkout does not load <i>for anyone</i>",
    );
    expect(await pub.locator("main i").count()).toBe(0);
    await expect(pub.locator(".banner").textContent()).resolves.not.toContain("All systems operational");
    await pub.goto(`${b.url}/status?lang=pl`);
    await expect(pub.locator("main").textContent()).resolves.toContain("zamówienia nie działają");
    const feed = await pub.request.get(`${b.url}/status/feed.atom`);
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    expect(xml).toContain("checkout does not load &lt;i&gt;for anyone&lt;/i&gt;");
    await pub.screenshot({ path: "test/e2e/screenshots/status-public.png", fullPage: true });
    await visitor.close();

    // The crisis timeline carries it.
    const rec = await h.app.inject({ url: `/api/v1/crises/${crisis.json().id}`, headers: h.auth("viewer") });
    expect(rec.json().timeline.map((e: { kind: string }) => e.kind)).toContain("message.sent");

    // The status page admin shows the incident the message opened.
    await page.getByTestId("nav-statuspage").click();
    await expect
      .poll(() => page.getByTestId("status-incident").first().textContent())
      .toContain("checkout does not load");
    expect(b.pageErrors).toEqual([]);
  }, 240_000);

  it("edits a template for the workspace, refusing Liquid that does not parse", async () => {
    const { page } = b;
    await page.getByTestId("nav-messages").click();
    await page.getByTestId("messages-templates").click();
    await page.getByTestId("template-kind").selectOption("social_post");
    await page.getByTestId("template-type").selectOption("ddos");
    await page.getByTestId("template-language").selectOption("pl");
    await expect.poll(() => page.getByTestId("template-body").inputValue()).toContain("Przepraszamy");
    await page.getByTestId("template-body").fill("{% if broken %}");
    await page.getByTestId("template-save").click();
    await expect.poll(() => page.getByTestId("field-body-error").textContent()).toMatch(/does not parse/);
    await page
      .getByTestId("template-body")
      .fill("Przepraszamy, {{ shop.name }} działa wolno. Kolejna aktualizacja o 15:00.");
    await page.getByTestId("template-save").click();
    await expect.poll(() => page.getByText("Edited for this workspace").count()).toBe(1);
    const t = await b.h.app.inject({
      url: "/api/v1/comms/templates?kind=social_post&crisis_type=ddos&language=pl",
      headers: b.h.auth("viewer"),
    });
    expect(t.json().items[0]).toMatchObject({
      customized: true,
      body: expect.stringContaining("działa wolno"),
    });
    expect(b.pageErrors).toEqual([]);
  }, 240_000);
});
