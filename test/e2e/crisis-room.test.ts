import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

describe.runIf(hasBrowser)("crisis room in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  });
  afterAll(async () => b?.close());

  it("takes a crisis from open to resolved, live for a second viewer", async () => {
    const { h, page } = b;
    await login(b);
    await page.getByTestId("nav-crises").click();
    await page.getByTestId("crisis-title").fill("Card payments failing <script>x</script>");
    await page.getByTestId("crisis-type").selectOption("payment_failure");
    await page.getByTestId("crisis-severity").selectOption("SEV1");
    await page.getByTestId("crisis-open").click();
    await page.getByTestId("crisis-room").waitFor();
    await expect.poll(() => page.getByTestId("crisis-status").textContent()).toMatch(/detected/);
    // Hostile text is shown as text.
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "<script>x</script>",
    );
    expect(await page.getByTestId("task").count()).toBeGreaterThanOrEqual(6);
    await expect.poll(() => page.getByTestId("clock-acknowledge").getAttribute("data-state")).toBe("running");
    await expect.poll(() => page.getByTestId("live-state").textContent()).toBe("live");

    // A second person in the room sees changes without reloading.
    const id = page.url().split("/crises/")[1]?.split("/")[0] ?? "";
    const other = await b.browser.newPage();
    await other.goto(page.url());
    await other
      .getByTestId("login-email")
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    if (other.url().includes("/login")) {
      await other.getByTestId("login-email").fill("lead@shop.test");
      await other.getByTestId("login-password").fill("a long enough password");
      await other.getByTestId("login-submit").click();
    }
    await other.getByTestId("crisis-room").waitFor();
    await expect.poll(() => other.getByTestId("live-state").textContent()).toBe("live");

    await page.getByTestId("status-acknowledged").click();
    await expect.poll(() => page.getByTestId("clock-acknowledge").getAttribute("data-state")).toBe("met");
    await expect
      .poll(() => other.getByTestId("crisis-status").textContent(), { timeout: 15_000 })
      .toMatch(/acknowledged/);

    await page.getByTestId("role-crisis_lead").selectOption({ label: "Ola Lead" });
    await page.getByTestId("note-text").fill("Switched to the backup payment provider");
    await page.getByTestId("note-add").click();
    await expect
      .poll(() => other.getByTestId("crisis-timeline").textContent(), { timeout: 15_000 })
      .toContain("Switched to the backup payment provider");
    await page.getByTestId("task").first().locator("input[type=checkbox]").check();
    await page.getByTestId("impact-edit").click();
    await page.getByTestId("impact-orders_affected").fill("140");
    await page.getByTestId("impact-revenue_at_risk").fill("8400.50");
    await page.getByTestId("impact-save").click();
    await expect.poll(() => page.getByTestId("impact-value-orders_affected").textContent()).toBe("140");

    for (const s of ["mitigating", "monitoring", "resolved"]) {
      await page.getByTestId(`status-${s}`).click();
      await expect.poll(() => page.getByTestId("crisis-status").textContent()).toMatch(new RegExp(s));
    }
    await b.screenshot("crisis-room-resolved");

    const rec = (
      await h.app.inject({ method: "GET", url: `/api/v1/crises/${id}`, headers: h.auth() })
    ).json();
    expect(rec.status).toBe("resolved");
    expect(rec.impact).toMatchObject({ orders_affected: 140, revenue_at_risk: 840050 });
    expect(rec.roles.find((r: { role: string }) => r.role === "crisis_lead").user_name).toBe("Ola Lead");
    expect(rec.tasks[0].status).toBe("done");
    expect(rec.timeline.filter((e: { kind: string }) => e.kind === "status.changed")).toHaveLength(4);
    await other.close();
    expect(b.pageErrors).toEqual([]);
  });

  it("shows the plan's risk matrix and saves an edit", async () => {
    const { page } = b;
    await page.getByTestId("nav-plan").click();
    await page.getByTestId("plan-review").waitFor();
    await page.getByTestId("tab-plan-risks").click();
    await page.getByTestId("risk-matrix").waitFor();
    const chips = await page.locator(".risk-chip").count();
    expect(chips).toBe(12);
    await b.screenshot("plan-risk-matrix");
    await page.getByTestId("tab-plan-edit").click();
    await page.getByTestId("supplier-add").click();
    await page.getByTestId("supplier-name").last().fill("Only Widget Co");
    await page.getByTestId("supplier-products").last().fill("Blue widget");
    await page.getByTestId("supplier-single").last().check();
    await page.getByTestId("plan-save").click();
    await page.getByTestId("tab-plan-overview").click();
    await expect
      .poll(() => page.getByTestId("plan-suppliers").textContent())
      .toMatch(/Only Widget Co.*single source/);
    await expect.poll(() => page.getByTestId("plan-changes").textContent()).toContain("suppliers[");
    expect(b.pageErrors).toEqual([]);
  });
});
