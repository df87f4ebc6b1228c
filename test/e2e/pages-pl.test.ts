import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modules } from "../../src/app/modules.js";
import { checkScreen, htmlLang, loginOn, openContext, poll } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard } from "./browser.js";

const catalogue = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../web/src/i18n/${lang}.json`, import.meta.url), "utf8")) as Record<
    string,
    string
  >;
const en = catalogue("en");
const pl = catalogue("pl");

interface Screen {
  name: string;
  /** The path, or a function that finds it from the demo's data. */
  path: string | (() => Promise<string>);
  ready: string;
  /** Catalogue keys whose Polish text must show, and whose English text must not. */
  keys: string[];
}

/**
 * The working pages from the demo shop, read by a Polish browser at 390 px: each speaks Polish (texts of
 * the page's own keys, and not their English), has no serious axe finding and no sideways scroll.
 */
describe.runIf(hasBrowser)("the working pages in Polish", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
    for (const m of modules) await m.demo?.(b.h.ctx, b.h.workspaceId);
  });
  afterAll(async () => b?.close());

  const firstId = async (url: string) => {
    const res = await b.h.app.inject({ method: "GET", url, headers: b.h.auth() });
    const id = res.json().items?.[0]?.id as string | undefined;
    if (!id) throw new Error(`the demo has nothing at ${url}`);
    return id;
  };

  const SCREENS: Screen[] = [
    { name: "crises", path: "/crises", ready: "crises", keys: ["crises.open_title", "crises.list_intro"] },
    {
      name: "crisis room",
      path: async () => `/crises/${await firstId("/api/v1/crises?timeline=false")}`,
      ready: "crisis-room",
      keys: ["crisis.timeline", "crisis.impact", "crisis.links_title"],
    },
    { name: "cases", path: "/cases", ready: "cases-list", keys: ["cases.only_overdue", "cases.intro"] },
    {
      name: "case",
      path: async () => `/cases/${await firstId("/api/v1/cases")}`,
      ready: "case-view",
      keys: ["case.conversation", "case.first_response"],
    },
    { name: "policy", path: "/cases/policy", ready: "policy-form", keys: ["policy.money", "policy.codes"] },
    { name: "alerts", path: "/alerts", ready: "alerts", keys: ["alerts.intro", "alerts.col_behind"] },
    {
      name: "alert",
      path: async () => `/alerts/${await firstId("/api/v1/alerts")}`,
      ready: "alert-detail-status",
      keys: ["alert.evidence", "alert.episode"],
    },
    { name: "messages", path: "/messages", ready: "messages-table", keys: ["messages.new_title"] },
    {
      name: "monitor",
      path: async () => `/monitors/${await firstId("/api/v1/monitors")}`,
      ready: "monitor-summary",
      keys: ["monitor.history", "monitor.state_changes"],
    },
    { name: "reports", path: "/reports", ready: "reputation", keys: ["report.postmortems", "report.intro"] },
    {
      name: "plan",
      path: "/plan/overview",
      ready: "plan-review",
      keys: ["planview.team", "planview.continuity"],
    },
    {
      name: "workspace",
      path: "/settings/workspace",
      ready: "workspace-form",
      keys: ["workspace.name", "workspace.languages"],
    },
  ];

  // Lower case: table headers are shown in capitals by CSS, and innerText follows it.
  const textOf = async (page: Page) =>
    ((await page.evaluate("document.body.innerText")) as string).toLowerCase();

  it("every working page reads in Polish at 390 px without axe findings or sideways scroll", async () => {
    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url);
    expect(await htmlLang(page)).toBe("pl");
    for (const s of SCREENS) {
      const path = typeof s.path === "string" ? s.path : await s.path();
      await page.goto(`${b.url}${path}`);
      await page.getByTestId(s.ready).first().waitFor();
      await page.waitForLoadState("networkidle");
      for (const key of s.keys) {
        const polish = pl[key];
        const english = en[key];
        expect(polish, key).toBeTruthy();
        await poll(() => textOf(page), { timeout: 20_000 }).toContain(polish?.toLowerCase());
        if (english && english !== polish)
          expect(await textOf(page), `${s.name}: ${key}`).not.toContain(english.toLowerCase());
      }
      expect(await checkScreen(page, `${s.name} pl`)).toEqual({
        name: `${s.name} pl`,
        violations: [],
        overflow: 0,
      });
    }
    await context.close();
    expect(b.pageErrors).toEqual([]);
  });
});
