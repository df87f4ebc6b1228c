import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/**
 * A breach notice translated in the dashboard (customer-truth row 104): the German translation started
 * from its template shows the parts after German labels, so it needs them in German. On the old build
 * a translation had a subject and a body only, and the German reader read "names and e-mail addresses".
 */
describe.runIf(hasBrowser)("a breach notice's translation in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  it("gives each translation its own breach parts, saved with it and shown in its preview", async () => {
    const { h, page } = b;
    const crisis = await h.app.inject({
      method: "POST",
      url: "/api/v1/crises",
      headers: h.auth("responder"),
      payload: { title: "Customer list leaked", type: "data_breach", severity: "SEV1", personal_data: true },
    });
    const m = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/messages",
      headers: h.auth("responder"),
      payload: {
        kind: "breach_notice",
        crisis_id: crisis.json().id,
        language: "en",
        vars: {
          breach: {
            what_happened: "Someone copied our customer list.",
            data: "names and e-mail addresses",
            consequences: "phishing e-mails in our name",
            measures: "we closed the access",
            contact: "privacy@shop.test",
          },
        },
      },
    });
    expect(m.statusCode, m.body).toBe(201);
    const id = m.json().id as string;
    await login(b);
    await page.goto(`${b.url}/messages/${id}`);
    await page.getByTestId("message-form").waitFor();
    await page.locator("[data-testid=translations] summary", { hasText: "de" }).click();
    await page.getByRole("button", { name: "Start from the de template" }).click();
    await expect.poll(() => page.getByTestId("translation-de").inputValue()).toContain("Betroffene Daten");
    const part = (k: string) => page.getByTestId(`vars.translations.de.breach.${k}`);
    await part("what_happened").fill("Jemand hat unsere Kundenliste kopiert.");
    await part("data").fill("Namen und E-Mail-Adressen");
    await part("consequences").fill("Phishing-E-Mails in unserem Namen");
    await part("measures").fill("wir haben den Zugang gesperrt");
    expect(await page.getByTestId("vars.translations.de.breach.contact").count()).toBe(0);
    await page.getByTestId("message-save").click();
    await expect
      .poll(async () => {
        const r = await h.app.inject({
          method: "GET",
          url: `/api/v1/comms/messages/${id}`,
          headers: h.auth("viewer"),
        });
        return r.json().translations?.de?.preview?.body ?? "";
      })
      .toContain("Betroffene Daten: Namen und E-Mail-Adressen");
    const r = await h.app.inject({
      method: "GET",
      url: `/api/v1/comms/messages/${id}`,
      headers: h.auth("viewer"),
    });
    expect(r.json().translations.de.preview.body).toContain("Ansprechpartner: privacy@shop.test");
    expect(r.json().translations.de.preview.body).not.toContain("names and e-mail");
    expect(
      (
        await h.app.inject({
          method: "POST",
          url: `/api/v1/comms/messages/${id}/submit`,
          headers: h.auth("responder"),
        })
      ).statusCode,
    ).toBe(200);

    // Approved, it goes by e-mail: the public page is not offered (the server refuses it, row 105).
    await h.app.inject({
      method: "POST",
      url: `/api/v1/comms/messages/${id}/approve`,
      headers: h.auth("admin"),
    });
    await page.reload();
    await page.getByTestId("send-channel").waitFor();
    expect(await page.getByTestId("send-channel").inputValue()).toBe("email");
    expect(await page.locator("[data-testid=send-channel] option[value=status_page]").count()).toBe(0);
  });
});
