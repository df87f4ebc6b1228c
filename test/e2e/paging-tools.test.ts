import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScreen, loginOn, openContext, poll } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard } from "./browser.js";

const pl = JSON.parse(readFileSync(new URL("../../web/src/i18n/pl.json", import.meta.url), "utf8")) as Record<
  string,
  string
>;
const KEY = "R0ut1ngKeyR0ut1ngKeyR0ut1ngKey12";

/** Settings → Notifications adds a PagerDuty channel to a rule and removes it, in Polish at 390 px. */
describe.runIf(hasBrowser)("paging tools in the notifications settings", () => {
  let b: BrowserHarness;
  let ruleId: string;
  beforeAll(async () => {
    b = await openDashboard();
    const res = await b.h.app.inject({
      method: "POST",
      url: "/api/v1/alert-rules",
      headers: b.h.auth(),
      payload: { name: "Dyżur nocny", channels: [{ type: "email" }] },
    });
    ruleId = res.json().id;
  });
  afterAll(async () => {
    await b?.close();
  });

  const rule = async () =>
    (
      await b.h.app.inject({ method: "GET", url: `/api/v1/alert-rules/${ruleId}`, headers: b.h.auth() })
    ).json();

  it("adds PagerDuty (EU) to a rule, names a bad key's field, and removes it", async () => {
    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/settings/notifications`);
    await page.getByTestId("paging-tool-form").waitFor();
    expect(await page.getByTestId("paging-tool-add").textContent()).toBe(pl["notify.tools_add"]);

    await page.getByTestId("paging-tool-key").fill("too-short");
    await page.getByTestId("paging-tool-form").locator("select").nth(2).selectOption("eu");
    await page.getByTestId("paging-tool-add").click();
    await poll(() => page.getByTestId("field-channels.1.routing_key-error").count()).toBe(1);
    expect((await rule()).channels).toHaveLength(1);

    await page.getByTestId("paging-tool-key").fill(KEY);
    await page.getByTestId("paging-tool-add").click();
    await poll(async () => (await rule()).channels.length).toBe(2);
    expect((await rule()).channels[1]).toEqual({ type: "pagerduty", routing_key: KEY, region: "eu" });
    const label = `${pl["notify.tools_pagerduty"]} (${pl["notify.tools_region_eu"]})`;
    await poll(() => page.getByTestId("paging-tools-list").textContent()).toContain(label);
    await poll(() => page.getByTestId("rules-table").textContent()).toContain(label);
    expect(await checkScreen(page, "paging tools pl")).toEqual({
      name: "paging tools pl",
      violations: [],
      overflow: 0,
    });

    await page.getByTestId("paging-tool-remove").click();
    await page.getByTestId("paging-tool-remove-confirm").click();
    await poll(async () => (await rule()).channels.length).toBe(1);
    await poll(() => page.getByTestId("paging-tools-list").count()).toBe(0);
    await context.close();
  });
});
