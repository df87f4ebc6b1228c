import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCrisis } from "../../src/comms/testing.js";
import { setShop } from "../../src/testing/shop.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/**
 * The crisis title in each language the shop writes, in Chromium: a Polish message whose subject
 * quotes `{{ crisis.title }}` quotes the Polish title written in the room. On the old code the room had
 * no such field and the message quoted the English title.
 */
describe.runIf(hasBrowser)("the title per language, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  it("writes the Polish title beside the English one, and a Polish message quotes it", async () => {
    const { h, page } = b;
    await setShop(h, { languages: ["en", "pl"], default_language: "en" });
    const id = await openCrisis(h, { title: "Card payments failing" });
    await login(b);
    await page.goto(`${h.ctx.config.publicUrl}/crises/${id}`);
    await page.getByTestId("summary-edit").click();
    await page.getByTestId("title-input-pl").fill("Płatności kartą nie działają");
    await page.getByTestId("summary-save").click();
    await expect
      .poll(() => page.getByTestId("title-text-pl").textContent())
      .toContain("Płatności kartą nie działają");
    expect(await page.getByTestId("title-text-pl").getAttribute("lang")).toBe("pl");
    const got = await h.app.inject({ url: `/api/v1/crises/${id}`, headers: h.auth("viewer") });
    expect(got.json().titles).toEqual({ pl: "Płatności kartą nie działają" });
    expect(got.json().title).toBe("Card payments failing");
    const m = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/messages",
      headers: h.auth("responder"),
      payload: {
        kind: "status_update",
        crisis_id: id,
        language: "pl",
        subject: "{{ crisis.title }}",
        body: ".",
      },
    });
    expect(m.json().preview.subject).toBe("Płatności kartą nie działają");
    expect(b.pageErrors).toEqual([]);
  });
});
