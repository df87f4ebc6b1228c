import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";
import { isolated, leftEdges } from "./left-edges.js";

/**
 * The monitors screen and the settings sections the earlier passes left (sources and brand queries,
 * webhooks, tokens) with names the team typed in Hebrew: each its own run among our words, and every
 * form field that takes free text `dir="auto"`, so a Hebrew entry is drawn right to left as it is typed
 * (dashboard-rtl-screens.test.ts does the same for plan, review, messages and team).
 */
const MONITOR = "קופה 24";
const BRAND = "חנות הספרים";
const TERM_A = "מדפים";
const TERM_B = "משלוח";
const FEED = "פיד 2";
const HOOK = "מחסן 3";
const TOKEN = "מפתח 7";
const HEBREW = [MONITOR, BRAND, TERM_A, TERM_B, FEED, HOOK, TOKEN];

describe.runIf(hasBrowser)("right-to-left names on the monitors and settings screens", () => {
  let b: BrowserHarness;
  let monitorId = "";
  beforeAll(async () => {
    b = await openDashboard();
    const { h } = b;
    const call = async (url: string, payload: object) => {
      const r = await h.app.inject({ method: "POST", url, headers: h.auth("admin"), payload });
      expect(r.statusCode, `${url} ${r.body}`).toBeLessThan(300);
      return r.json();
    };
    monitorId = (await call("/api/v1/monitors", { type: "heartbeat", name: MONITOR })).id;
    await call("/api/v1/brand-queries", { name: BRAND, any: [TERM_A, TERM_B], all: [], none: [] });
    await call("/api/v1/sources", { type: "webhook", name: FEED });
    await call("/api/v1/webhooks", {
      url: "https://hooks.shop.test/in",
      events: ["crisis.opened"],
      description: HOOK,
    });
    await call("/api/v1/tokens", { name: TOKEN, role: "viewer" });
    await login(b);
  }, 180_000);
  afterAll(async () => b?.close());

  const allIsolated = async (least: number) => {
    const found = await isolated(b.page, HEBREW, true);
    expect(found.length).toBeGreaterThanOrEqual(least);
    expect(found.filter((n) => !n.isolated)).toEqual([]);
  };
  /** Every field on the screen that takes free text (not a read-only address to copy), with its `dir`. */
  const freeFields = async () =>
    (await b.page.evaluate(`[...document.querySelectorAll(
      'main input:not([type]), main input[type=text], main input[type=search], main textarea')]
      .filter((el) => !el.readOnly)
      .map((el) => (el.getAttribute("data-testid") || el.name || el.tagName) + ":" + (el.getAttribute("dir") || ""))`)) as string[];
  const allAuto = async (least: number) => {
    const fields = await freeFields();
    expect(fields.length).toBeGreaterThanOrEqual(least);
    // On the old build none of them had it.
    expect(fields.filter((f) => !f.endsWith(":auto"))).toEqual([]);
  };

  it("monitors: the name in the list and as the detail's title; the form's free-text fields", async () => {
    const { page, url } = b;
    await page.goto(`${url}/monitors`);
    await page.getByTestId("monitor-link").first().waitFor();
    // On the old screen the name sat bare in its link, beside the target line of ours.
    await allIsolated(1);
    await page.goto(`${url}/monitors/${monitorId}`);
    await page.getByTestId("monitor-summary").waitFor();
    await allIsolated(1);
    await page.goto(`${url}/monitors/${monitorId}/edit`);
    await page.getByTestId("monitor-name").waitFor();
    await allAuto(1);
  });

  it("sources: the brand query's terms in our order, each name its own run, the forms' fields", async () => {
    const { page, url } = b;
    await page.goto(`${url}/settings/sources`);
    await page.getByTestId("brand-table").locator("bdi, td", { hasText: BRAND }).first().waitFor();
    const x = await leftEdges(page, '[data-testid="brand-table"] tbody', [TERM_A, TERM_B]);
    // On the old screen "מדפים, משלוח" was one right-to-left run: the first term drawn right of the second.
    expect(Object.keys(x)).toHaveLength(2);
    expect(x[TERM_A]).toBeLessThan(x[TERM_B] as number);
    await allIsolated(3);
    await allAuto(5);
  });

  it("webhooks and tokens: the endpoint's description and the token's name, the forms' fields", async () => {
    const { page, url } = b;
    await page.goto(`${url}/settings/webhooks`);
    await page.getByTestId("webhook-endpoint").first().waitFor();
    // On the old screen the description sat bare in a <strong>.
    await allIsolated(1);
    await allAuto(1);
    await page.goto(`${url}/settings/tokens`);
    await page.getByTestId("token-name").waitFor();
    await page.locator("main td", { hasText: TOKEN }).first().waitFor();
    await allIsolated(1);
    await allAuto(1);
  });
});
