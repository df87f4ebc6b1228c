import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

const SCRIPT = `<script>window.__pwned = 1; alert("xss")</script>Acme parcel lost`;
const IMG = `<img src=x onerror="window.__pwned = 2; alert('img')">Acme refund missing`;

describe.runIf(hasBrowser)("mentions in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  });
  afterAll(async () => b?.close());

  it("shows mentions live, filters them, charts them, and never runs their markup", async () => {
    const { h, page } = b;
    const post = (mentions: unknown[]) =>
      h.app.inject({
        method: "POST",
        url: "/api/v1/mentions",
        headers: h.auth("responder"),
        payload: { mentions },
      });
    await post([
      {
        source: "twitter",
        external_id: "x1",
        text: SCRIPT,
        created_at: new Date(Date.now() - 3600_000).toISOString(),
      },
      { source: "reviews", external_id: "x2", text: "Lovely shop, quick delivery, thank you!" },
    ]);
    await login(b);
    await page.getByTestId("nav-mentions").click();
    await page.getByTestId("mentions-table-row").first().waitFor();
    const texts = await page.getByTestId("mention-text").allTextContents();
    expect(texts).toContain(SCRIPT);
    await page.getByTestId("mentions-chart").locator("canvas").first().waitFor();

    await expect
      .poll(() => page.getByTestId("mentions-live").textContent(), { timeout: 15_000 })
      .toBe("live");
    await post([{ source: "forum", external_id: "x3", text: IMG }]);
    await expect
      .poll(() => page.getByTestId("live-text").first().textContent(), { timeout: 15_000 })
      .toBe(IMG);
    await expect
      .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
      .toContain(IMG);

    // The payloads are text on the page, not elements, and nothing they carry has run.
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator("main img[src='x']").count()).toBe(0);
    expect(await page.locator("main script").count()).toBe(0);

    await page.getByTestId("filter-source").fill("reviews");
    await expect
      .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
      .toEqual(["Lovely shop, quick delivery, thank you!"]);
    await page.getByTestId("filter-source").fill("");
    await page.getByTestId("filter-q").fill("refund missing");
    await expect
      .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
      .toEqual([IMG]);
    await b.screenshot("mentions");
    expect(b.pageErrors).toEqual([]);
  }, 120_000);
});
