import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/** A status button; resolving first shows what goes out in public (nothing here: no incident). */
async function moveTo(page: BrowserHarness["page"], s: string) {
  await page.getByTestId(`status-${s}`).click();
  if (s === "resolved") await page.getByTestId("resolve-confirm").click();
  await expect.poll(() => page.getByTestId("crisis-status").textContent()).toMatch(new RegExp(s));
}

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
    // Both see who is in the room (the same user in two tabs counts twice).
    await expect.poll(() => page.getByTestId("room-people").textContent()).toContain("Ola Lead (2)");

    await page.getByTestId("status-acknowledged").click();
    await expect.poll(() => page.getByTestId("clock-acknowledge").getAttribute("data-state")).toBe("met");
    await expect
      .poll(() => other.getByTestId("crisis-status").textContent(), { timeout: 15_000 })
      .toMatch(/acknowledged/);

    // The first public word stops its clock and starts the update cadence of the severity.
    await page.getByTestId("public-word").click();
    await expect
      .poll(() => page.getByTestId("clock-first_public_word").getAttribute("data-state"))
      .toBe("met");
    await expect
      .poll(() => page.getByTestId("clock-update_cadence").getAttribute("data-state"))
      .toBe("running");
    await expect(page.getByTestId("severity-meaning").textContent()).resolves.toMatch(/SEV1/);
    await page.getByTestId("crisis-escalation").waitFor();

    await page.getByTestId("role-crisis_lead").selectOption({ label: "Ola Lead" });
    await page.getByTestId("note-text").fill("Switched to the backup payment provider");
    await page.getByTestId("note-decision").check();
    await page.getByTestId("note-add").click();
    await expect
      .poll(() => other.getByTestId("crisis-timeline").textContent(), { timeout: 15_000 })
      .toContain("Switched to the backup payment provider");
    // The box shows the server's state, so it turns checked when the save has answered, not on the click.
    const firstTask = page.getByTestId("task").first().locator("input[type=checkbox]");
    await firstTask.click();
    await expect.poll(() => firstTask.isChecked()).toBe(true);
    await page.getByTestId("impact-edit").click();
    await page.getByTestId("impact-orders_affected").fill("140");
    await page.getByTestId("impact-revenue_at_risk").fill("8400.50");
    await page.getByTestId("impact-save").click();
    await expect.poll(() => page.getByTestId("impact-value-orders_affected").textContent()).toBe("140");

    for (const s of ["mitigating", "monitoring", "resolved"]) await moveTo(page, s);
    await b.screenshot("crisis-room-resolved");
    // From the room: the message composer for this crisis, and once resolved its post-mortem.
    expect(await page.getByTestId("crisis-write-message").getAttribute("href")).toBe(
      `/messages?crisis=${id}`,
    );
    await page.getByTestId("crisis-postmortem").click();
    await page.waitForURL(`**/reports/crises/${id}`);
    await page.goBack();
    await page.getByTestId("crisis-status").waitFor();

    const rec = (
      await h.app.inject({ method: "GET", url: `/api/v1/crises/${id}`, headers: h.auth() })
    ).json();
    expect(rec.status).toBe("resolved");
    expect(rec.impact).toMatchObject({ orders_affected: 140, revenue_at_risk: 840050 });
    expect(rec.roles.find((r: { role: string }) => r.role === "crisis_lead").user_name).toBe("Ola Lead");
    expect(rec.tasks[0].status).toBe("done");
    const decision = rec.timeline.find((e: { kind: string }) => e.kind === "decision");
    expect(decision).toMatchObject({ text: "Switched to the backup payment provider", key_event: true });
    expect(rec.timeline.filter((e: { kind: string }) => e.kind === "status.changed")).toHaveLength(4);
    await other.close();
    expect(b.pageErrors).toEqual([]);
  });

  it("runs a breach drill: replayed alerts, escalation, the 72-hour notice, a score at the end", async () => {
    const { page } = b;
    await page.getByTestId("nav-crises").click();
    await page.getByTestId("crisis-type").selectOption("data_breach");
    await page.getByTestId("crisis-severity").selectOption("SEV2");
    await page.getByTestId("drill-start").click();
    await page.getByTestId("crisis-room").waitFor();
    await expect.poll(() => page.getByTestId("crisis-statusbar").textContent()).toMatch(/drill/);
    expect(await page.locator('[data-kind="drill.alert"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("clock-gdpr_art33").getAttribute("data-state")).toBe("running");

    // Personal data exposed: the plan says SEV1, and the room offers the raise.
    await page.getByTestId("escalate-data_breach.personal_data").click();
    await expect.poll(() => page.getByTestId("severity-meaning").textContent()).toMatch(/SEV1/);
    await page.getByTestId("authority-notify").click();
    await expect.poll(() => page.getByTestId("clock-gdpr_art33").getAttribute("data-state")).toBe("met");
    await page.getByTestId("public-word").click();
    for (const s of ["acknowledged", "mitigating", "monitoring", "resolved"]) await moveTo(page, s);
    await expect.poll(() => page.getByTestId("drill-score").textContent()).toMatch(/Drill score: \d+\/100/);
    await b.screenshot("crisis-drill-scored");
    expect(b.pageErrors).toEqual([]);
  });

  it("shows the plan's risk matrix and saves an edit", async () => {
    const { page } = b;
    await page.getByTestId("nav-plan").click();
    await page.getByTestId("plan-review").waitFor();
    await page.getByTestId("plan-export-lang").selectOption("pl");
    const href = (await page.getByTestId("plan-export-pdf").getAttribute("href")) ?? "";
    expect(href).toBe("/api/v1/plan/export?format=pdf&lang=pl");
    const pdf = await b.h.app.inject({ method: "GET", url: href, headers: b.h.auth("viewer") });
    expect(pdf.headers["content-type"]).toMatch(/application\/pdf/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
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
    await page.getByTestId("contact-add-press").click();
    const press = page.getByTestId("contacts-press");
    await press.getByTestId("contact-name").last().fill("Jan <b>Reporter</b>");
    await press.getByTestId("contact-phone").last().fill("+48 600 100 200");
    await page.getByTestId("continuity-fallback-checkout").fill("Take orders by phone & bank transfer");
    await page.getByTestId("playbook-type").selectOption("price_error");
    await page.getByTestId("playbook-due").first().fill("7");
    await page.getByTestId("playbook-add").click();
    await page.getByTestId("playbook-title").last().fill("Call the <i>marketplace</i> rep");
    await page.getByTestId("plan-save").click();
    await expect
      .poll(async () => {
        const r = await b.h.app.inject({
          method: "GET",
          url: "/api/v1/plan/crisis-types/price_error",
          headers: b.h.auth(),
        });
        const t = r.json();
        return `${t.playbook[0].due_minutes}|${t.playbook.at(-1).title}`;
      })
      .toBe("7|Call the <i>marketplace</i> rep");
    await page.getByTestId("tab-plan-overview").click();
    await expect
      .poll(() => page.getByTestId("plan-suppliers").textContent())
      .toMatch(/Only Widget Co.*single source/);
    await expect.poll(() => page.getByTestId("plan-changes").textContent()).toContain("suppliers[");
    await expect
      .poll(() => page.getByTestId("plan-overview-continuity").textContent())
      .toContain("Take orders by phone & bank transfer");
    await expect
      .poll(() => page.getByTestId("plan-single-source").textContent())
      .toContain("Blue widget (Only Widget Co)");
    await expect
      .poll(() => page.getByTestId("plan-contacts").textContent())
      .toContain("Jan <b>Reporter</b> · +48 600 100 200");
    expect(b.pageErrors).toEqual([]);
  });
});
