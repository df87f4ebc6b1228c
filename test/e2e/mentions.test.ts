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
    await page.getByTestId("filter-q").fill("");

    // Each select filter shows exactly what the API answers for it (classification is not this test's
    // business, the wiring from control to query is).
    const apiTexts = async (qs: string) => {
      const res = await h.app.inject({
        method: "GET",
        url: `/api/v1/mentions?${qs}`,
        headers: h.auth("viewer"),
      });
      return (res.json().items as { text: string }[]).map((m) => m.text);
    };
    let narrowed = 0;
    for (const [testId, value, qs] of [
      ["filter-sentiment", "positive", "sentiment=positive"],
      ["filter-language", "en", "language=en"],
      ["filter-topic", "returns_refunds", "topic=returns_refunds"],
    ] as const) {
      const expected = await apiTexts(qs);
      await page.getByTestId(testId).selectOption(value);
      if (expected.length) {
        narrowed++;
        await expect
          .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
          .toEqual(expected);
      } else {
        await expect.poll(() => page.getByTestId("mention-text").count(), { timeout: 15_000 }).toBe(0);
      }
      await page.getByTestId(testId).selectOption("");
      await expect.poll(() => page.getByTestId("mention-text").count(), { timeout: 15_000 }).toBe(3);
    }
    expect(narrowed).toBeGreaterThan(0);
    await b.screenshot("mentions");
    expect(b.pageErrors).toEqual([]);
  }, 120_000);
});
