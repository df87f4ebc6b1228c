import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScreen, loginOn, openContext, poll } from "./a11y.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

interface Item {
  id: string;
  name: Record<string, string>;
  group: boolean;
  group_id: string | null;
}

describe.runIf(hasBrowser)("the shop's own status page components, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  const api = (method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
    b.h.app.inject({ method, url, headers: b.h.auth("admin"), ...(payload ? { payload } : {}) });
  const items = async () => (await api("GET", "/api/v1/status/components")).json().items as Item[];
  const byName = async (en: string) => (await items()).find((c) => c.name["en"] === en);
  const publicText = async (lang: string) => {
    const visitor = await b.browser.newContext();
    const pub = await visitor.newPage();
    await pub.goto(`${b.url}/status?lang=${lang}`);
    const text = (await pub.locator("main").textContent()) ?? "";
    await visitor.close();
    return text;
  };

  it("adds, renames, orders and groups a component in the dashboard, and visitors see it on /status", async () => {
    const { page } = b;
    const ws = await api("PATCH", "/api/v1/workspace", { languages: ["pl", "en"], default_language: "pl" });
    expect(ws.statusCode).toBe(200);
    await login(b);
    await page.goto(`${b.url}/statuspage`);
    await page.getByTestId("components-card").waitFor();

    // Add: a name in each language the shop speaks, or the button stays disabled.
    await page.getByTestId("component-add-name-pl").fill("Karty podarunkowe");
    expect(await page.getByTestId("component-add-submit").isDisabled()).toBe(true);
    await page.getByTestId("component-add-name-en").fill("Gift cards");
    await page.getByTestId("component-add-submit").click();
    await expect.poll(async () => (await byName("Gift cards"))?.id).toBeTruthy();
    const gift = (await byName("Gift cards")) as Item;
    await page.getByTestId(`component-row-${gift.id}`).waitFor();

    // Rename in both languages.
    await page.getByTestId(`component-rename-${gift.id}`).click();
    await page.getByTestId("component-rename-name-pl").fill("Karty i bony");
    await page.getByTestId("component-rename-name-en").fill("Gift cards & vouchers");
    await page.getByTestId("component-rename-save").click();
    await expect
      .poll(() => page.getByTestId(`component-name-${gift.id}`).textContent())
      .toBe("Gift cards & vouchers");

    // Order: two steps up puts it right after Payments.
    await page.getByTestId(`component-up-${gift.id}`).click();
    await expect.poll(async () => (await items()).map((c) => c.id).indexOf(gift.id)).toBe(4);
    await page.getByTestId(`component-up-${gift.id}`).click();
    await expect.poll(async () => (await items()).map((c) => c.id).indexOf(gift.id)).toBe(3);

    let pl = await publicText("pl");
    expect(pl).toContain("Karty i bony");
    expect(pl.indexOf("Płatności")).toBeLessThan(pl.indexOf("Karty i bony"));
    expect(pl.indexOf("Karty i bony")).toBeLessThan(pl.indexOf("Dostawa"));
    expect(await publicText("en")).toContain("Gift cards & vouchers");

    // A group, and the component moved into it.
    await page.getByTestId("component-add-is-group").check();
    await page.getByTestId("component-add-name-pl").fill("Sprzedaż");
    await page.getByTestId("component-add-name-en").fill("Sales");
    await page.getByTestId("component-add-submit").click();
    await expect.poll(async () => (await byName("Sales"))?.group).toBe(true);
    const sales = (await byName("Sales")) as Item;
    await page.getByTestId(`component-group-${gift.id}`).selectOption(sales.id);
    await expect.poll(async () => (await byName("Gift cards & vouchers"))?.group_id).toBe(sales.id);
    pl = await publicText("pl");
    expect(pl.indexOf("Sprzedaż")).toBeGreaterThan(-1);
    expect(pl.indexOf("Sprzedaż")).toBeLessThan(pl.indexOf("Karty i bony"));
    await b.screenshot("status-components-admin");
    expect(b.pageErrors).toEqual([]);
  }, 240_000);

  it("the update editor pre-fills from the plan's templates, warns about a missing language and lists the components that change", async () => {
    const { page } = b;
    const gift = (await byName("Gift cards & vouchers")) as Item;
    const crisis = await api("POST", "/api/v1/crises", {
      title: "Card payments fail",
      type: "payment_failure",
      severity: "SEV2",
    });
    const inc = await api("POST", "/api/v1/status/incidents", {
      title: { pl: "Płatności kartą nie działają", en: "Card payments fail" },
      body: { pl: "Sprawdzamy.", en: "We are looking into it." },
      impact: "major",
      components: ["payments"],
      crisis_id: crisis.json().id,
    });
    expect(inc.statusCode).toBe(201);
    await page.goto(`${b.url}/statuspage`);
    const form = page.getByTestId("update-form");
    await form.waitFor();

    // Both languages come pre-filled from the payment failure template, marked for reading.
    await page.getByTestId("update-body-pl-prefilled").waitFor();
    await expect.poll(() => page.getByTestId("update-body-en").inputValue()).not.toBe("");
    expect(await page.getByTestId("update-body-pl").inputValue()).not.toMatch(/\{\{/);

    // Without English, sending first says so and cannot go on.
    await page.getByTestId("update-body-en").fill("");
    await page.getByTestId("update-publish").click();
    await expect.poll(() => page.getByTestId("update-missing-warning").textContent()).toContain("en");
    expect(await page.getByTestId("update-confirm-send").isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Back" }).click();

    // Naming another component: the confirmation lists it with its old and new state.
    await page
      .getByTestId("update-body-en")
      .fill("Gift card payments are affected too. Next update within the hour.");
    await page.getByTestId(`update-component-${gift.id}`).check();
    await page.getByTestId("update-publish").click();
    await expect
      .poll(() => page.getByTestId("update-changes").textContent())
      .toContain("Gift cards & vouchers: operational → partial outage");
    await page.getByTestId("update-confirm-send").click();
    await expect
      .poll(async () => (await api("GET", "/api/v1/status/page")).json().incidents[0].updates.length)
      .toBe(2);
    const snap = (await api("GET", "/api/v1/status/page")).json();
    expect(snap.components.find((c: { id: string }) => c.id === gift.id).state).toBe("partial_outage");
    expect(await publicText("en")).toContain("Gift card payments are affected too.");
    // The next update starts pre-filled again.
    await poll(() => page.getByTestId("update-body-pl").inputValue()).not.toBe("");
    await page.getByTestId("update-body-pl-prefilled").waitFor();
    expect(b.pageErrors).toEqual([]);
  }, 240_000);

  it("speaks Polish on a phone: the status page screen and the approvals queue, with no serious accessibility finding", async () => {
    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/statuspage`);
    await page.getByTestId("components-card").waitFor();
    await poll(() => page.getByTestId("components-card").textContent()).toContain(
      "Dodaj komponent lub grupę",
    );
    // Component names in the reader's language.
    await poll(() => page.getByTestId("components-list").textContent()).toContain("Karty i bony");
    expect(await checkScreen(page, "status page pl")).toEqual({
      name: "status page pl",
      violations: [],
      overflow: 0,
    });
    await page.screenshot({ path: "test/e2e/screenshots/status-components-pl-phone.png", fullPage: true });

    await page.goto(`${b.url}/approvals`);
    await page.getByTestId("approvals-page").waitFor();
    await poll(() => page.getByTestId("approvals-page").textContent()).toContain(
      "Nic nie czeka na zatwierdzenie",
    );
    expect(await page.getByTestId("approvals-page").textContent()).not.toContain("Nothing waits");
    expect(await checkScreen(page, "approvals pl")).toEqual({
      name: "approvals pl",
      violations: [],
      overflow: 0,
    });
    await context.close();

    const visitor = await b.browser.newContext({ viewport: { width: 390, height: 844 } });
    const pub = await visitor.newPage();
    await pub.goto(`${b.url}/status?lang=pl`);
    await pub.screenshot({ path: "test/e2e/screenshots/status-components-public-pl.png", fullPage: true });
    expect(await pub.locator(`#component-${(await byName("Sales"))?.id} .group-items .card`).count()).toBe(1);
    await visitor.close();
    expect(b.pageErrors).toEqual([]);
  }, 240_000);

  it("the approvals queue tells a viewer in Polish why they may not decide", async () => {
    const { h } = b;
    const viewer = { email: "viewer@shop.test", password: "another long enough password" };
    const user = await h.ctx.services.accounts.createUser({ ...viewer, name: "Vera Viewer" });
    await h.ctx.services.accounts.addMember(h.workspaceId, user.id, "viewer");
    await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth(),
      payload: { allow_self_approval: false },
    });
    const c = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: h.auth("responder"),
      payload: { customer: { name: "Paula" }, text: "Charged twice, payment failed." },
    });
    const r = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${c.json().id}/remedies`,
      headers: h.auth("responder"),
      payload: { kind: "discount", amount: 50_000 },
    });
    expect(r.json().status).toBe("awaiting_approval");

    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url, viewer);
    await page.goto(`${b.url}/approvals`);
    await poll(() => page.getByTestId("approval-why-not").first().textContent()).toBe(
      "Decyzja wymaga roli: administrator.",
    );
    expect(await page.getByTestId("approval").first().textContent()).toContain("prosi:");
    expect(await page.getByTestId("approval-approve").count()).toBe(0);
    await context.close();
    expect(b.pageErrors).toEqual([]);
  }, 120_000);

  it("removes a group (its components stay, at the top) and a component (gone from the page)", async () => {
    const { page } = b;
    const sales = (await byName("Sales")) as Item;
    const gift = (await byName("Gift cards & vouchers")) as Item;
    await page.goto(`${b.url}/statuspage`);
    await page.getByTestId(`component-remove-${sales.id}`).click();
    await page.getByTestId(`component-remove-${sales.id}-confirm`).click();
    await expect.poll(async () => (await byName("Sales")) === undefined).toBe(true);
    await expect.poll(async () => (await byName("Gift cards & vouchers"))?.group_id).toBeNull();
    expect(await publicText("en")).not.toContain("Sales");

    await page.getByTestId(`component-remove-${gift.id}`).click();
    await page.getByTestId(`component-remove-${gift.id}-confirm`).click();
    await expect.poll(async () => (await byName("Gift cards & vouchers")) === undefined).toBe(true);
    await expect.poll(() => page.getByTestId(`component-row-${gift.id}`).count()).toBe(0);
    const en = await publicText("en");
    expect(en).not.toContain("Gift cards & vouchers");
    expect(en).toContain("Payments");
    expect(b.pageErrors).toEqual([]);
  }, 120_000);
});
