import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raise, spike } from "../../src/alerts/testing.js";
import { loginOn, openContext } from "./a11y.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

describe.runIf(hasBrowser)("alerts in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  });
  afterAll(async () => b?.close());

  it("writes a rule, sees an alert arrive live with its chart, acknowledges it and opens a crisis", async () => {
    const { h, page } = b;
    await login(b);
    await page.getByTestId("nav-alerts").click();
    await page.getByTestId("alerts-tab-rules").click();
    await page.getByTestId("rule-form-name").fill("Night shift <b>on-call</b>");
    await page.getByTestId("rule-form-recipients").fill("first@shop.test\nsecond@shop.test");
    await page.getByTestId("rule-form-save").click();
    await expect
      .poll(() => page.getByTestId("rule-name").first().textContent())
      .toBe("Night shift <b>on-call</b>");
    const rules = (
      await h.app.inject({ method: "GET", url: "/api/v1/alert-rules", headers: h.auth() })
    ).json();
    expect(rules.items[0]).toMatchObject({
      recipients: ["first@shop.test", "second@shop.test"],
      ack_timeout_minutes: 15,
    });

    await page.getByTestId("alerts-tab-list").click();
    await expect.poll(() => page.getByTestId("alerts-live").textContent()).toBe("live");
    // The detectors raise an alert: it shows up without a reload, with the chart behind it.
    const a = spike({
      since: "2024-05-10T13:40:00.000Z",
      windowMinutes: 25,
      expectedLow: 0,
      expectedHigh: 7,
      examples: [{ id: "m1", text: "Parcel <b>late</b> again & nobody answers" }],
    });
    const t0 = Date.parse(a.at) - 11 * 300_000;
    await h.ctx.db.transaction().execute(async (trx) => {
      const publish = await h.ctx.services.alerts.record(
        h.workspaceId,
        {
          steps: [
            {
              alert: a,
              points: Array.from({ length: 12 }, (_, i) => ({
                series: a.series,
                start: new Date(t0 + i * 300_000).toISOString(),
                end: new Date(t0 + (i + 1) * 300_000).toISOString(),
                observed: i < 9 ? 1 : 10 + i,
                expected: 1.2,
              })),
            },
          ],
          open: [],
        },
        trx,
      );
      setTimeout(publish, 50);
    });
    await page.getByTestId("alert-link").first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("alert-link").first().textContent()).toBe(
      "Spike in complaints about delivery",
    );
    await page.getByTestId("alert-chart").first().locator("canvas").first().waitFor();

    await page.getByTestId("alert-link").first().click();
    await page.getByTestId("alert-detail-status").waitFor();
    // What rose, in words: the usual range over the window, and the latest mention shown as text.
    expect(await page.getByTestId("alert-explanation").textContent()).toMatch(
      /^30 since .+ \(over 25 min\); usually 0–7 in such a window, 3\.2 expected\.$/,
    );
    expect(await page.getByTestId("alert-explanation-examples").textContent()).toBe(
      "Parcel <b>late</b> again & nobody answers",
    );
    await page.getByTestId("alert-chart").locator("canvas").first().waitFor();
    await page.getByTestId("alert-ack").click();
    await expect.poll(() => page.getByTestId("alert-detail-status").textContent()).toMatch(/acknowledged/);
    await b.screenshot("alert-acknowledged");

    await page.getByTestId("alert-open-crisis").click();
    await page.getByTestId("crisis-room").waitFor();
    const crisisId = page.url().split("/crises/")[1]?.split("/")[0] ?? "";
    const crisis = (
      await h.app.inject({ method: "GET", url: `/api/v1/crises/${crisisId}`, headers: h.auth() })
    ).json();
    expect(crisis.type).toBe("delivery_delay");

    // Another alert, closed from the list's detail page.
    const second = spike();
    await raise(h, [second]);
    await page.getByTestId("nav-alerts").click();
    await expect
      .poll(() => page.getByTestId("alert-link").count(), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(2);
    await page.getByTestId("alert-link").first().click();
    await page.getByTestId("alert-close").click();
    await expect.poll(() => page.getByTestId("alert-detail-status").textContent()).toMatch(/closed/);

    // The same burst lifts the negative share too: that alert joins the first one's incident.
    const { topic: _, ...negative } = spike({
      kind: "negative_spike",
      series: "negative",
      at: new Date(Date.parse(a.at) + 120_000).toISOString(),
    });
    await raise(h, [negative]);
    await page.getByTestId("nav-alerts").click();
    await expect
      .poll(() => page.getByTestId("alert-group").first().textContent(), { timeout: 60_000 })
      .toMatch(/same incident/);
    await page.getByRole("link", { name: "Spike in negative mentions" }).click();
    await expect
      .poll(() => page.getByTestId("alert-group-list").textContent())
      .toContain("Spike in complaints about delivery");
    expect(await page.getByTestId("alert-notifications").textContent()).toContain("not paged on its own");
    await b.screenshot("alert-grouped");
    expect(b.pageErrors).toEqual([]);
  }, 120_000);

  it("says to a Polish reader that an alert opened inside a planned surge was judged against the surge's level", async () => {
    await raise(b.h, [
      spike({
        at: "2024-05-11T14:05:00.000Z",
        since: "2024-05-11T13:40:00.000Z",
        windowMinutes: 25,
        expectedLow: 5,
        expectedHigh: 24,
        observed: 41,
        expected: 14.5,
        examples: [{ id: "m9", text: "Where is my order?" }],
        surge: { label: "Black <i>Friday</i>", multiple: 5 },
      }),
    ]);
    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/alerts`);
    const link = page.getByRole("link", { name: /Black <i>Friday<\/i>/ });
    await link.first().waitFor({ timeout: 60_000 });
    const text = (await link.first().textContent()) ?? "";
    // The expected count (14.5) is the surge's: the headline says so, the label as typed, set apart.
    expect(text).toBe(
      "Skok tematu · dostawa: 41 w 25 min (oczekiwano ok. 14,5); przy zaplanowanym wzroście „Black <i>Friday</i>” oczekiwano ×5",
    );
    expect(await page.locator("i", { hasText: "Friday" }).count()).toBe(0);
    await context.close();
  }, 120_000);
});
