import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../src/core/actor.js";
import { addDays } from "../../src/review/reputation.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

const day = (n: number) => addDays(new Date().toISOString().slice(0, 10), n);

describe.runIf(hasBrowser)("post-mortem and recovery in Chromium", () => {
  let b: BrowserHarness;
  let crisisId: string;
  beforeAll(async () => {
    b = await openDashboard();
    const { h } = b;
    // Calm days, a bad crisis day five days ago, recovery two days later.
    const items = [];
    for (let d = -15; d <= 0; d++) {
      const bad = d === -5 || d === -4;
      for (let i = 0; i < 10; i++) {
        const negative = bad ? i < 8 : i < 2;
        items.push({
          source: "test",
          external_id: `${d}-${i}`,
          text: negative
            ? `Terrible, my parcel never arrived, worst shop ever, I want a refund (${d}/${i})`
            : `I love this shop, great service, thank you! (${d}/${i})`,
          created_at: `${day(d)}T10:00:00.000Z`,
          url: null,
          author: null,
        });
      }
    }
    await h.ctx.services.listening.ingest(h.workspaceId, items);
    const actor = systemActor(h.workspaceId, "Ola Lead");
    const c = await h.ctx.services.crises.open(actor, {
      title: "Parcels stuck <img src=x onerror=alert(1)>",
      type: "delivery_delay",
      severity: "SEV2",
      startedAt: `${day(-5)}T08:00:00.000Z`,
    });
    for (const status of ["acknowledged", "mitigating", "monitoring", "resolved"] as const)
      await h.ctx.services.crises.update(actor, c.id, { status });
    await h.ctx.jobs.drain();
    crisisId = c.id;
  }, 120_000);
  afterAll(async () => b?.close());

  it("goes from a resolved crisis to its edited, exported post-mortem and the recovery chart", async () => {
    const { page } = b;
    await login(b);
    await page.getByTestId("nav-reports").click();
    await page.getByTestId("postmortem-link").first().click();
    await page.getByTestId("postmortem").waitFor();
    // Hostile text is shown as text.
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "<img src=x onerror=alert(1)>",
    );

    // The recovery chart: a canvas chart and the figures beside it.
    await page.getByTestId("recovery-chart").locator("canvas").first().waitFor();
    await expect.poll(() => page.getByTestId("recovery-days-value").textContent()).toBe("2");
    const depth = Number.parseFloat((await page.getByTestId("recovery-depth-value").textContent()) ?? "");
    expect(depth).toBeGreaterThan(50);
    await expect(page.getByTestId("time-acknowledge").textContent()).resolves.toMatch(/missed/);

    await page.getByTestId("postmortem-causes").fill("Carrier hub failure\nNo second carrier under contract");
    await page.getByTestId("postmortem-save").click();
    await page.getByTestId("action-title").fill("Add a backup carrier step to the playbook");
    await page.getByTestId("action-member").selectOption({ label: "Ola Lead" });
    await page.getByTestId("action-ref").fill("delivery_delay");
    await page.getByTestId("action-add").click();
    await expect.poll(() => page.getByTestId("action-item").count()).toBe(1);
    await expect(page.getByTestId("action-items").textContent()).resolves.toContain("Ola Lead");
    await b.screenshot("review-postmortem");

    // The exported document carries the edit, the action item and the chart, with the title escaped.
    const href = await page.getByTestId("postmortem-export-html").getAttribute("href");
    expect(href).toBe(`/api/v1/crises/${crisisId}/postmortem?format=html`);
    const html = await page.evaluate(async (u) => (await fetch(u)).text(), href as string);
    expect(html).toContain("No second carrier under contract");
    expect(html).toContain("Add a backup carrier step to the playbook");
    expect(html).toContain("<svg");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img src=x");
    const pdf = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return {
        type: r.headers.get("content-type"),
        head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5)),
      };
    }, `/api/v1/crises/${crisisId}/postmortem?format=pdf`);
    expect(pdf).toEqual({ type: "application/pdf", head: "%PDF-" });
    expect(b.pageErrors).toEqual([]);
  });

  it("shows the board's page: times per type and the causes written down", async () => {
    const { page } = b;
    await page.getByTestId("nav-reports").click();
    await page.getByTestId("report-real-type").waitFor();
    await expect(page.getByTestId("report-real-type").textContent()).resolves.toContain("Delivery delays");
    await expect(page.getByTestId("top-causes").textContent()).resolves.toContain("Carrier hub failure");
    await expect(page.getByTestId("review-actions").textContent()).resolves.toContain(
      "Add a backup carrier step",
    );
    await page.getByTestId("reputation-chart").locator("canvas").first().waitFor();
    await b.screenshot("review-reports");

    // The plan's review lists what the post-mortem asked to change.
    await page.getByTestId("nav-plan").click();
    await expect
      .poll(() => page.getByTestId("plan-action-items").textContent())
      .toContain("Add a backup carrier step to the playbook");
  });
});
