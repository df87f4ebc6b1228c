import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/** A Portuguese complaint in an English-speaking shop: the case says so, and the team chooses German. */
describe.runIf(hasBrowser)("a case in a language outside ours, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => {
    await b?.close();
  });

  it("shows the customer's language, a note above the draft, and redrafts in the language chosen", async () => {
    const { h, page } = b;
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: h.auth(),
      payload: {
        customer: { name: "Ana Souza" },
        text: "O produto veio partido e ninguém responde aos meus emails, quero o meu dinheiro de volta",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json() as { id: string; language: string; customer_language: string };
    expect([c.language, c.customer_language]).toEqual(["en", "pt"]);

    await login(b);
    await page.goto(`${b.url}/cases/${c.id}`);
    await page.getByTestId("case-view").waitFor();
    expect(await page.getByTestId("case-view").textContent()).toContain("PT → EN");
    const note = page.getByTestId("reply-language-note");
    await expect.poll(() => note.textContent()).toContain("The customer wrote in Portuguese");
    expect(await note.textContent()).toContain("this draft is in English");
    expect(await page.getByTestId("reply-text").inputValue()).not.toContain("Portuguese");

    await page.getByTestId("reply-language").selectOption("de");
    await expect.poll(() => page.getByTestId("reply-text").inputValue()).toMatch(/^Hallo Ana Souza/);
    expect(await note.textContent()).toContain("this draft is in German");
    expect(await page.getByTestId("case-view").textContent()).toContain("PT → DE");
  }, 120_000);
});
