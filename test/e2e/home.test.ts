import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modules } from "../../src/app/modules.js";
import { checkScreen, htmlLang, loginOn, openContext, poll } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard, SCREENSHOTS } from "./browser.js";

describe.runIf(hasBrowser)("home page from the demo shop, in English and Polish at 390 px", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
    for (const m of modules) await m.demo?.(b.h.ctx, b.h.workspaceId);
  });
  afterAll(async () => b?.close());

  it("the login page loads only its own code: no other page, no chart library", async () => {
    const { context, page } = await openContext(b, "en-GB");
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${b.url}/login`);
    await page.getByTestId("login-form").waitFor();
    expect(scripts.some((s) => /LoginPage-/.test(s))).toBe(true);
    const others = scripts.filter((s) =>
      /(Home|Mentions|Crises|Cases|Alerts|Settings|Plan)Page-|Chart-|uPlot/.test(s),
    );
    expect(others).toEqual([]);
    // Only one language's catalogue.
    expect(scripts.filter((s) => /\/(en|pl|de|fr|it|es)-[\w-]+\.js$/.test(s))).toHaveLength(1);
    await context.close();
  });

  it("says what is happening and links every card to its list (English)", async () => {
    const { h } = b;
    const { context, page } = await openContext(b, "en-GB");
    await loginOn(page, b.url);
    expect(await htmlLang(page)).toBe("en");

    const open = (
      await h.app.inject({ method: "GET", url: "/api/v1/crises?status=open", headers: h.auth() })
    ).json();
    await poll(() => page.getByTestId("home-crises-count").textContent()).toBe(String(open.items.length));
    if (open.items.length > 0) {
      // Severity, lead, the next deadline and the next task: the soonest due of the open tasks.
      const c = open.items[0];
      const first = await page.getByTestId("home-crisis").first().textContent();
      expect(first).toContain(c.title);
      expect(first).toContain(c.severity);
      expect(first).toContain("Lead");
      expect(first).toMatch(/Next task/);
      const due = (t: { due_at: string | null }) => (t.due_at ? Date.parse(t.due_at) : Infinity);
      const next = (c.tasks as { title: string; status: string; due_at: string | null }[])
        .filter((t) => t.status !== "done" && t.status !== "skipped")
        .sort((a, b) => due(a) - due(b))[0];
      if (next) expect(first).toContain(next.title);
    }
    await page
      .getByTestId("home-next")
      .getByRole("list")
      .or(page.getByTestId("home-all-clear"))
      .first()
      .waitFor();

    await page.screenshot({ path: `${SCREENSHOTS}/home-en-390.png`, fullPage: true });
    const result = await checkScreen(page, "home en 390");
    expect(result).toEqual({ name: "home en 390", violations: [], overflow: 0 });

    for (const [card, path] of [
      ["home-crises", "/crises"],
      ["home-alerts", "/alerts"],
      ["home-approvals", "/approvals"],
      ["home-cases", "/cases"],
      ["home-monitors", "/monitors"],
      ["home-paging", "/alerts/rules"],
    ] as const) {
      await page.getByTestId(card).getByRole("link", { name: "See the whole list" }).click();
      await page.waitForURL((u) => u.pathname === path);
      await page.goBack();
      await page.getByTestId(card).waitFor();
    }
    await context.close();
  });

  it("speaks Polish to a Polish browser, and keeps a chosen language across devices", async () => {
    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url);
    expect(await htmlLang(page)).toBe("pl");
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Start");
    expect(await page.getByTestId("nav-mentions").textContent()).toBe("Wzmianki");
    // What waits for approval is said in Polish: the demo's discount for Ola Nowak.
    await poll(() => page.getByTestId("home-approvals").textContent()).toContain(
      "Kod rabatowy dla: Ola Nowak",
    );
    // Alerts the detector explained are said from their fields in Polish, not with its English title.
    const alerts = (
      await b.h.app.inject({ method: "GET", url: "/api/v1/alerts?status=open", headers: b.h.auth() })
    ).json().items as { title: string; explanation: unknown; observed: number }[];
    // The demo's delivery spike is explained, as the detector explains a rise.
    expect(alerts[0]?.explanation).toBeTruthy();
    const englishTitle = alerts[0]?.title ?? "";
    const first = page.getByTestId("home-alerts").locator(".home-item-title").first();
    await poll(() => first.textContent()).toMatch(/oczekiwano ok\. /);
    expect(await first.textContent()).not.toContain(englishTitle);
    const result = await checkScreen(page, "home pl 390");
    expect(result).toEqual({ name: "home pl 390", violations: [], overflow: 0 });
    // The same words on the Alerts list and on the alert's own page.
    await page.goto(`${b.url}/alerts`);
    const link = page.getByTestId("alert-link").first();
    await poll(() => link.textContent()).toMatch(/oczekiwano ok\. /);
    expect(await link.textContent()).not.toContain(englishTitle);
    await link.click();
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(/oczekiwano ok\. /);

    // Choosing German in Settings → My account keeps it on the user: another browser in English gets German.
    await page.goto(`${b.url}/settings/account`);
    await page.getByTestId("language-picker").selectOption("de");
    await poll(() => htmlLang(page)).toBe("de");
    await context.close();

    const other = await openContext(b, "en-US");
    await loginOn(other.page, b.url);
    await poll(() => htmlLang(other.page)).toBe("de");
    expect(await other.page.getByTestId("nav-settings").textContent()).toBe("Einstellungen");
    await other.page.goto(`${b.url}/settings/account`);
    await other.page.getByTestId("language-picker").selectOption("");
    await poll(() => htmlLang(other.page)).toBe("en");
    await other.context.close();
    expect(b.pageErrors).toEqual([]);
  });
});
