import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../src/core/actor.js";
import { MonitorScheduler } from "../../src/monitoring/scheduler.js";
import { json, startTarget, type Target } from "../../src/monitoring/testing.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

describe.runIf(hasBrowser)("monitors in Chromium", () => {
  let b: BrowserHarness;
  let t: Target;
  beforeAll(async () => {
    b = await openDashboard();
    t = await startTarget();
    t.route("/ok", (_q, res) => json(res, 200, { status: "ok" }));
    t.route("/down", (_q, res) => json(res, 503, { status: "maintenance" }));
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it("adds a monitor with the form, sees its state and sparkline, its history chart, and edits it", async () => {
    const { h, page } = b;
    const scheduler = new MonitorScheduler(h.ctx, (batch) => h.ctx.services.monitoring.record(batch));
    const runChecks = async () => {
      await h.ctx.db.updateTable("monitors").set({ next_run_at: new Date().toISOString() }).execute();
      await scheduler.runDue();
    };
    await h.ctx.services.monitoring.create(systemActor(h.workspaceId), {
      type: "http",
      name: "Payments <script>x</script>",
      url: `${t.url}/down`,
      interval_s: 30,
      retries: 0,
    });
    await login(b);
    await page.getByTestId("nav-monitors").click();
    await page.getByTestId("monitor-add").click();
    await page.getByTestId("monitor-name").fill("Checkout");
    await page.getByTestId("monitor-url").fill("not a url");
    await page.getByTestId("monitor-save").click();
    await page.getByTestId("field-url-error").waitFor();
    await page.getByTestId("monitor-url").fill(`${t.url}/ok`);
    await page.getByTestId("monitor-keyword").fill("ok");
    await page.getByTestId("monitor-interval_s").fill("30");
    await page.getByTestId("monitor-headers").fill("X-Probe: firebreak\nAccept: application/json");
    await page.getByTestId("monitor-component").selectOption("checkout");
    await expect
      .poll(() => page.getByTestId("monitor-crisis_type").locator("option").count())
      .toBeGreaterThan(5);
    await page.getByTestId("monitor-crisis_type").selectOption("site_outage");
    await page.getByTestId("monitor-save").click();
    await page.getByTestId("monitor-summary").waitFor();
    expect(await page.getByTestId("monitor-state").getAttribute("data-state")).toBe("pending");
    expect(await page.getByTestId("monitor-summary").textContent()).toMatch(
      /moves status component “checkout”/,
    );
    expect(await page.getByTestId("monitor-summary").textContent()).toMatch(/SEV2 site_outage crisis/);

    for (let i = 0; i < 3; i++) await runChecks();
    // The headers typed in the form reach the target.
    expect(t.last.get("/ok")?.headers["x-probe"]).toBe("firebreak");
    await page.getByTestId("nav-monitors").click();
    await expect
      .poll(
        async () =>
          (
            await page
              .getByTestId("monitor-state")
              .evaluateAll((els) => els.map((e) => e.getAttribute("data-state")).sort())
          ).join(","),
        {
          timeout: 20_000,
        },
      )
      .toBe("down,up");
    expect(await page.getByText("Payments <script>x</script>").count()).toBe(1);
    expect(await page.getByTestId("sparkline").count()).toBe(2);

    await page.getByRole("link", { name: "Checkout" }).click();
    await page.getByTestId("monitor-chart").waitFor();
    expect(await page.getByTestId("monitor-uptime").textContent()).toMatch(/Uptime 100\.00% over 3 checks/);
    await b.screenshot("monitor-detail");

    await page.getByTestId("monitor-edit").click();
    await expect.poll(() => page.getByTestId("monitor-name").inputValue()).toBe("Checkout");
    await page.getByTestId("monitor-name").fill("Checkout EU");
    await page.getByTestId("monitor-save").click();
    await expect
      .poll(() => page.getByTestId("page-header").textContent(), { timeout: 10_000 })
      .toMatch(/Checkout EU/);
    const list = (await h.app.inject({ method: "GET", url: "/api/v1/monitors", headers: h.auth() })).json();
    expect(list.items.map((m: { name: string }) => m.name).sort()).toEqual([
      "Checkout EU",
      "Payments <script>x</script>",
    ]);
    expect(b.pageErrors).toEqual([]);
  });
});
