import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raise, spike } from "../../src/alerts/testing.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

// No SMTP server here: an e-mail page cannot go out, and the dashboard must say so.
describe.runIf(hasBrowser)("paging that tells the truth, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  const api = (method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
    b.h.app.inject({ method, url, headers: b.h.auth("admin"), ...(payload ? { payload } : {}) });
  const alertOf = async (s: ReturnType<typeof spike>) => {
    await raise(b.h, [s]);
    const list = (await api("GET", "/api/v1/alerts?limit=1000")).json().items as {
      id: string;
      episode_id: string;
    }[];
    const found = list.find((x) => x.episode_id === s.episodeId);
    if (!found) throw new Error("alert not raised");
    return found.id;
  };

  it("a banner on every page while nobody can be reached, the closest rule on an alert nobody was paged for, gone once fixed", async () => {
    const { page } = b;
    const rule = await api("POST", "/api/v1/alert-rules", {
      name: "Complaints wake the on-call",
      kinds: ["topic_spike"],
      min_score: 5,
      channels: [{ type: "email" }],
      recipients: ["oncall@shop.test"],
    });
    expect(rule.statusCode).toBe(201);
    const paged = await alertOf(spike());

    await login(b);
    // The home page, not only the alerts: the banner names the rule and why.
    const banner = page.getByTestId("alerts-delivery-banner");
    await expect.poll(() => banner.textContent()).toContain("Complaints wake the on-call");
    expect(await banner.textContent()).toContain("no e-mail server is set up");
    await page.getByTestId("nav-cases").click();
    await expect.poll(() => banner.count()).toBe(1);

    // The alert itself says its page could not be delivered, and why.
    await page.goto(`${b.url}/alerts/${paged}`);
    const told = page.getByTestId("alert-notifications");
    await expect.poll(() => told.textContent()).toContain("oncall@shop.test");
    expect(await told.locator("li[data-delivery=undeliverable]").count()).toBeGreaterThan(0);

    // An alert of a kind no rule wants: nobody was paged, and the closest rule is named with its reason.
    const missed = await alertOf(spike({ kind: "negative_spike", series: "negative" }));
    await page.goto(`${b.url}/alerts/${missed}`);
    const why = page.getByTestId("alert-paging");
    await expect.poll(() => why.textContent()).toContain('Closest: "Complaints wake the on-call"');
    expect(await why.textContent()).toContain(
      "kind negative spike is not one of the rule's kinds (topic spike)",
    );
    await b.screenshot("paging-closest-rule");

    // Fixed (the rule pages by a way that works): the banner goes on the next look.
    const fixed = await api("PATCH", `/api/v1/alert-rules/${rule.json().id}`, { channels: [] });
    expect(fixed.statusCode).toBe(200);
    await page.goto(`${b.url}/`);
    await page.getByTestId("overview").waitFor();
    await expect.poll(() => banner.count()).toBe(0);
    expect(b.pageErrors).toEqual([]);
  }, 240_000);
});
