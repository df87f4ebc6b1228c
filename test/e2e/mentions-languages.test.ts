import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/** The language filter offers languages outside our six that the classifier names ("pt"). */
describe.runIf(hasBrowser)("mentions language filter in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  });
  afterAll(async () => b?.close());

  it("offers Portuguese once a Portuguese post is shown, and filters by it", async () => {
    const { h, page } = b;
    const PT = "Olá, gostaria de saber quando chega a minha encomenda";
    const EN = "Lovely shop, quick delivery, thank you!";
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: {
        mentions: [
          { source: "reviews", external_id: "pt1", text: PT },
          { source: "reviews", external_id: "en1", text: EN },
        ],
      },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    await login(b);
    await page.getByTestId("nav-mentions").click();
    await expect.poll(() => page.getByTestId("mention-text").count(), { timeout: 15_000 }).toBe(2);
    const options = await page
      .getByTestId("filter-language")
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    expect(options).toEqual(["", "en", "pl", "it", "fr", "de", "es", "pt", "und"]);
    await page.getByTestId("filter-language").selectOption("pt");
    await expect
      .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
      .toEqual([PT]);
    expect(new URL(page.url()).searchParams.get("language")).toBe("pt");
    expect(b.pageErrors).toEqual([]);
  }, 120_000);
});
