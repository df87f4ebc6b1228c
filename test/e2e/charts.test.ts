import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modules } from "../../src/app/modules.js";
import { MonitorScheduler } from "../../src/monitoring/scheduler.js";
import { loginOn, openContext, poll } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard } from "./browser.js";

const seconds = (iso: string) => Date.parse(iso) / 1000;

/** What uPlot was given to draw: [x seconds, ...one array per series]. */
const drawn = async (plot: Locator) =>
  JSON.parse((await plot.getAttribute("data-points")) ?? "[]") as unknown[][];

/**
 * Every chart of the dashboard from the demo shop, read back from what it draws: the reputation charts
 * (reports and a post-mortem), an alert's observed/expected chart, a monitor's latency history and the
 * monitors list's sparklines each draw exactly the API's points, in time order, on sensible axes.
 * (The mentions chart has its own test in mentions.test.ts.)
 */
describe.runIf(hasBrowser)("charts draw the data", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
    for (const m of modules) await m.demo?.(b.h.ctx, b.h.workspaceId);
  }, 120_000);
  afterAll(async () => b?.close());

  const api = async (url: string) => (await b.h.app.inject({ url, headers: b.h.auth() })).json();

  it("reputation on reports and in a post-mortem: one point a day, the index from −100 to +100", async () => {
    const { context, page } = await openContext(b, "pl-PL", { width: 1280, height: 900 });
    await loginOn(page, b.url);
    await page.goto(`${b.url}/reports`);
    const plot = page.getByTestId("reputation-plot");
    await plot.waitFor();
    const rep = await api("/api/v1/reputation");
    const items = rep.items as { day: string; index: number | null }[];
    expect(items.length).toBeGreaterThan(7);
    const [xs = [], index = []] = await drawn(plot);
    expect(xs).toEqual(items.map((d) => seconds(`${d.day}T12:00:00Z`)));
    expect(index).toEqual(items.map((d) => d.index));
    expect(await plot.getAttribute("data-y-range")).toBe("-100,100");
    // The legend's time column speaks Polish too.
    expect(await plot.locator(".u-legend").textContent()).toContain("Czas");

    const resolved = (await api("/api/v1/crises?status=resolved&timeline=false")).items[0];
    expect(resolved).toBeTruthy();
    await page.goto(`${b.url}/reports/crises/${resolved.id}`);
    const recovery = page.getByTestId("recovery-plot");
    await recovery.waitFor();
    const around = await api(`/api/v1/reputation?crisis_id=${resolved.id}`);
    const [rx = [], ri = [], baseline = [], low = [], high = []] = await drawn(recovery);
    expect(rx).toEqual((around.items as { day: string }[]).map((d) => seconds(`${d.day}T12:00:00Z`)));
    expect(ri).toEqual((around.items as { index: number | null }[]).map((d) => d.index));
    expect(await recovery.getAttribute("data-y-range")).toBe("-100,100");
    if (around.baseline) {
      expect(new Set(baseline)).toEqual(new Set([around.baseline.index]));
      // The normal range stays on the index's scale even where mean ± spread runs past it.
      for (const v of [...low, ...high]) {
        expect(v).toBeGreaterThanOrEqual(-100);
        expect(v).toBeLessThanOrEqual(100);
      }
    }
    await context.close();
  });

  it("an alert draws its buckets, observed against expected, in time order", async () => {
    const alerts = (await api("/api/v1/alerts?limit=100")).items as {
      id: string;
      points: { start: string; observed: number; expected: number }[];
    }[];
    const alert = alerts.find((a) => a.points.length >= 2);
    expect(alert).toBeTruthy();
    if (!alert) return;
    const { context, page } = await openContext(b, "en-GB", { width: 1280, height: 900 });
    await loginOn(page, b.url);
    await page.goto(`${b.url}/alerts/${alert.id}`);
    const plot = page.getByTestId("alert-chart").first();
    await plot.waitFor();
    const [xs = [], observed = [], expected = []] = await drawn(plot);
    expect(xs).toEqual(alert.points.map((p) => seconds(p.start)));
    expect(observed).toEqual(alert.points.map((p) => p.observed));
    expect(expected).toEqual(alert.points.map((p) => Math.round(p.expected * 100) / 100));
    expect([...(xs as number[])].sort((a, c) => a - c)).toEqual(xs);
    await context.close();
  });

  it("a monitor's latency history and the list's sparklines draw the checks", async () => {
    // Three rounds of checks of the demo's monitors (the storefront's health page answers on loopback).
    const scheduler = new MonitorScheduler(b.h.ctx, (batch) => b.h.ctx.services.monitoring.record(batch));
    for (let i = 0; i < 3; i++) {
      await b.h.ctx.db.updateTable("monitors").set({ next_run_at: new Date().toISOString() }).execute();
      await scheduler.runDue();
    }
    const monitors = (await api("/api/v1/monitors")).items as {
      id: string;
      name: string;
      type: string;
      sparkline: (number | null)[] | null;
    }[];
    const monitor = monitors.find((m) => m.type === "http");
    expect(monitor).toBeTruthy();
    if (!monitor) return;
    const { context, page } = await openContext(b, "en-GB", { width: 1280, height: 900 });
    await loginOn(page, b.url);
    await page.goto(`${b.url}/monitors/${monitor.id}`);
    const plot = page.getByTestId("monitor-chart");
    await plot.waitFor();
    // Checks keep arriving: compare the drawing with the API's answer until both name the same checks.
    await poll(async () => {
      const checks = (await api(`/api/v1/monitors/${monitor.id}/history?resolution=raw`)).items as {
        at: string;
        ok: boolean;
        latency_ms: number | null;
      }[];
      const [xs = [], latency = []] = await drawn(plot);
      return {
        xs,
        latency,
        want: checks.map((c) => seconds(c.at)),
        wantLatency: checks.map((c) => (c.ok ? c.latency_ms : null)),
      };
    }).toSatisfy((d: { xs: unknown[]; latency: unknown[]; want: number[]; wantLatency: unknown[] }) => {
      return (
        d.want.length > 0 &&
        JSON.stringify(d.xs) === JSON.stringify(d.want) &&
        JSON.stringify(d.latency) === JSON.stringify(d.wantLatency)
      );
    });
    const [xs = []] = await drawn(plot);
    expect([...(xs as number[])].sort((a, c) => a - c)).toEqual(xs);

    await page.goto(`${b.url}/monitors`);
    await page.getByTestId("monitor-link").first().waitFor();
    // Each sparkline reads out the bars it draws; they are the API's last hour of checks (both refresh).
    await poll(async () => {
      const listed = (await api("/api/v1/monitors")).items as typeof monitors;
      const out: [string, string | undefined, string][] = [];
      for (const m of listed.filter((x) => x.sparkline?.length)) {
        const label = await page
          .getByTestId("sparkline")
          .and(page.locator(`[aria-label*="${m.name}"]`))
          .getAttribute("aria-label", { timeout: 5_000 })
          .catch(() => null);
        out.push([m.name, label?.split(": ").at(-1), (m.sparkline ?? []).map((v) => v ?? 0).join(", ")]);
      }
      return out.length > 0 && out.every(([, shown, want]) => shown === want);
    }).toBe(true);
    await context.close();
  });
});
