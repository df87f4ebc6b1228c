import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftMessage, openCrisis } from "../../src/comms/testing.js";
import { setShop } from "../../src/testing/shop.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/**
 * The crisis room's summary in each language the shop writes, in Chromium: a German notice quotes the
 * German summary written here. On the old code the card had one text, in the plan's language.
 */
describe.runIf(hasBrowser)("the summary per language, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  it("writes the German summary beside the Polish one, and a German notice quotes it", async () => {
    const { h, page } = b;
    await setShop(h, { languages: ["pl", "de"], default_language: "pl" });
    const id = await openCrisis(h, { summary: "Centrum sortowania stanęło." });
    await login(b);
    await page.goto(`${h.ctx.config.publicUrl}/crises/${id}`);
    await page.getByTestId("summary-edit").click();
    await page.getByTestId("summary-input-de").fill("Das Sortierzentrum steht still.");
    await page.getByTestId("summary-save").click();
    await expect
      .poll(() => page.getByTestId("summary-text-de").textContent())
      .toContain("Das Sortierzentrum steht still.");
    expect(await page.getByTestId("summary-text-de").getAttribute("lang")).toBe("de");
    const got = await h.app.inject({ url: `/api/v1/crises/${id}`, headers: h.auth("viewer") });
    expect(got.json().summaries).toEqual({ de: "Das Sortierzentrum steht still." });
    expect(got.json().summary).toBe("Centrum sortowania stanęło.");
    expect((await draftMessage(h, id, "status_update", "de")).body).toContain(
      "Das Sortierzentrum steht still.",
    );
    expect(b.pageErrors).toEqual([]);
  });
});
