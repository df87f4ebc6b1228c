import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raise, spike } from "../../src/alerts/testing.js";
import { modules } from "../../src/app/modules.js";
import { systemActor } from "../../src/core/actor.js";
import { MonitorScheduler } from "../../src/monitoring/scheduler.js";
import { json, startTarget } from "../../src/monitoring/testing.js";
import { loginOn, openContext } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard } from "./browser.js";

interface Entry {
  id: string;
  kind: string;
  text: string;
}

/** Entries said in the team's or the plan's own words, the same in every language by design. */
const OWN_WORDS = new Set(["note", "decision", "role.assigned", "role.handover"]);

/**
 * The timelines a Polish team reads (the crisis room, a case, the post-mortem) and an alert that paged
 * nobody: the server stores each entry as an English sentence with its fields, and the dashboard must
 * say every one in Polish. Without the structured entries each line below is the English text.
 */
describe.runIf(hasBrowser)("timelines and paging reasons in the reader's language", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
    for (const m of modules) await m.demo?.(b.h.ctx, b.h.workspaceId);
  }, 180_000);
  afterAll(async () => b?.close());

  const call = async (method: "GET" | "POST" | "PATCH" | "PUT", url: string, payload?: object) => {
    const res = await b.h.app.inject({ method, url, headers: b.h.auth(), ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };

  /** Each rendered line of a timeline, by its order, beside the API's entries. */
  const linesOf = async (page: Page, selector: string) =>
    (await page.locator(selector).allInnerTexts()).map((s) => s.replace(/\s+/g, " ").trim());

  /** Raises a fresh rise and checks that nobody was paged, why, and that the page says why in Polish. */
  const expectUnpaged = async (page: Page, outcome: "unmatched" | "held", polish: string) => {
    const s = spike({ kind: "negative_spike", series: "negative", at: new Date().toISOString() });
    await raise(b.h, [s]);
    const alerts = (await call("GET", "/api/v1/alerts?limit=1000")).items as {
      id: string;
      episode_id: string;
    }[];
    const alertId = alerts.find((x) => x.episode_id === s.episodeId)?.id;
    const detail = await call("GET", `/api/v1/alerts/${alertId}`);
    expect(detail.paging.outcome).toBe(outcome);
    const english = detail.paging.closest.reasons as string[];
    expect(english.length).toBeGreaterThan(0);
    await page.goto(`${b.url}/alerts/${detail.id}`);
    const why = page.getByTestId("alert-paging");
    await why.waitFor();
    const said = await why.innerText();
    for (const r of english) expect(said).not.toContain(r);
    expect(said).toContain(polish);
    expect(said).toContain(detail.paging.closest.name);
  };

  it("the crisis room says every entry in Polish, and English readers keep the server's sentences", async () => {
    const opened = await call("POST", "/api/v1/crises", {
      title: "Płatności kartą nie przechodzą",
      type: "data_breach",
      severity: "SEV3",
    });
    const id = opened.id as string;
    const caseId = (await call("GET", "/api/v1/cases")).items[0].id as string;
    const task = await call("POST", `/api/v1/crises/${id}/tasks`, {
      title: "Sprawdzić logi bramki",
      role: "crisis_lead",
    });
    const taskId = (task.tasks as { id: string; title: string }[]).find(
      (t) => t.title === "Sprawdzić logi bramki",
    )?.id;
    await call("PATCH", `/api/v1/crises/${id}/tasks/${taskId}`, { status: "done" });
    await call("PATCH", `/api/v1/crises/${id}`, { severity: "SEV2", status: "mitigating" });
    await call("PATCH", `/api/v1/crises/${id}`, {
      personal_data: false,
      reason: "Tylko dane produktów",
      summary: "Zakres ustalamy.",
    });
    await call("PATCH", `/api/v1/crises/${id}`, { aware_at: new Date(Date.now() - 3_600_000).toISOString() });
    await call("PUT", `/api/v1/crises/${id}/impact`, {
      orders_affected: 120,
      revenue_at_risk: 450_000,
      currency: "PLN",
    });
    await call("POST", `/api/v1/crises/${id}/links`, {
      kind: "case",
      ref_id: caseId,
      note: "Klientka z Gdańska",
    });
    await call("POST", `/api/v1/crises/${id}/public-word`, {});
    await call("POST", `/api/v1/crises/${id}/events`, { text: "Dzwonimy do operatora płatności." });

    const entries = (await call("GET", `/api/v1/crises/${id}`)).timeline as Entry[];
    const kinds = new Set(entries.map((e) => e.kind));
    // The record above covers this many kinds of entry; fewer means a step above stopped writing one.
    for (const k of [
      "crisis.opened",
      "task.added",
      "task.done",
      "severity.changed",
      "status.changed",
      "personal_data.changed",
      "safety.override",
      "summary.changed",
      "aware_at.changed",
      "impact.updated",
      "link.case",
      "public_word",
      "note",
    ])
      expect(kinds, k).toContain(k);

    for (const [locale, lang] of [
      ["pl-PL", "pl"],
      ["en-GB", "en"],
    ] as const) {
      const { context, page } = await openContext(b, locale);
      await loginOn(page, b.url);
      await page.goto(`${b.url}/crises/${id}`);
      await page.getByTestId("crisis-room").waitFor();
      await expect.poll(() => page.getByTestId("timeline-event").count()).toBe(entries.length);
      const shown = await linesOf(page, "[data-testid=timeline-event] .timeline-text");
      // Newest first on the page.
      const byEntry = [...entries].reverse();
      byEntry.forEach((e, i) => {
        const line = shown[i] ?? "";
        if (OWN_WORDS.has(e.kind)) return;
        if (lang === "pl") expect(line, `${e.kind}: ${e.text}`).not.toBe(e.text);
        else if (!["aware_at.changed", "impact.updated"].includes(e.kind))
          // Times and money are the reader's own formats, so those two lines differ in English too.
          expect(line, e.kind).toBe(e.text);
      });
      if (lang === "pl") {
        const all = shown.join("\n");
        expect(all).toContain("Dodano zadanie: Sprawdzić logi bramki");
        expect(all).toContain("Wykonano: Sprawdzić logi bramki");
        expect(all).toContain("Waga: SEV3 → SEV2");
        expect(all).toMatch(/zamówienia objęte|zamówień|Skutki:/);
        expect(all).toContain("Powiązano (zgłoszenie): Klientka z Gdańska");
      }
      await context.close();
    }
    expect(b.pageErrors).toEqual([]);
  }, 300_000);

  it("a case's timeline and an alert nobody was paged for are said in Polish", async () => {
    const list = (await call("GET", "/api/v1/cases")).items as { id: string }[];
    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url);
    let checked = 0;
    for (const { id } of list.slice(0, 4)) {
      const entries = (await call("GET", `/api/v1/cases/${id}`)).timeline as Entry[];
      await page.goto(`${b.url}/cases/${id}`);
      await page.getByTestId("case-view").waitFor();
      await expect.poll(() => page.locator("[data-testid=case-timeline] li").count()).toBe(entries.length);
      const shown = await linesOf(page, "[data-testid=case-timeline] li");
      entries.forEach((e, i) => {
        if (e.kind === "note") return;
        expect(shown[i], e.kind).not.toContain(e.text);
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(4);

    // An alert rule that cannot match the demo's alerts: the next alert pages nobody and says why.
    await call("POST", "/api/v1/alert-rules", {
      name: "Tylko bezpieczeństwo",
      kinds: ["crisis_signal"],
      topics: ["security"],
      min_score: 0,
      min_observed: 1000,
      recipients: ["ops@example.com"],
    });
    // The demo's on-call rule pages every kind outside its quiet hours, so the test sets its hours
    // itself: first it watches order drops only (nothing matches), then it is in quiet hours (held).
    const demoRule = (
      (await call("GET", "/api/v1/alert-rules")).items as { id: string; name: string }[]
    ).find((r) => r.name === "On-call (demo)");
    expect(demoRule, "the demo's on-call rule").toBeTruthy();
    await call("PATCH", `/api/v1/alert-rules/${demoRule?.id}`, { kinds: ["order_drop"] });
    await expectUnpaged(page, "unmatched", "nie należy do rodzajów reguły");
    const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
    await call("PATCH", `/api/v1/alert-rules/${demoRule?.id}`, {
      kinds: [],
      quiet_hours: {
        start: hhmm(Date.now() - 3_600_000),
        end: hhmm(Date.now() + 3_600_000),
        timezone: "UTC",
      },
    });
    await expectUnpaged(page, "held", "godziny ciszy");
    await context.close();
    expect(b.pageErrors).toEqual([]);
  }, 300_000);

  it("the post-mortem's key events are said in Polish, blameless in the fields too", async () => {
    const resolved = (await call("GET", "/api/v1/crises?status=resolved&timeline=false")).items as {
      id: string;
      title: string;
    }[];
    const c = resolved.find((x) => x.title === "Double charges at checkout");
    expect(c, "the demo's resolved crisis").toBeTruthy();
    const pm = await call("GET", `/api/v1/crises/${c?.id}/postmortem`);
    const entries = pm.timeline as (Entry & { data: unknown })[];
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/reports/crises/${c?.id}`);
    await page.getByTestId("postmortem-timeline").waitFor();
    await expect
      .poll(() => page.locator("[data-testid=postmortem-timeline] li").count())
      .toBe(entries.length);
    const shown = await linesOf(page, "[data-testid=postmortem-timeline] li");
    entries.forEach((e, i) => {
      if (OWN_WORDS.has(e.kind)) return;
      expect(shown[i], e.kind).not.toContain(e.text);
    });
    // Blameless: no e-mail address of a paged person reaches the document's fields.
    expect(JSON.stringify(entries.map((e) => e.data))).not.toMatch(/@/);
    // A crisis still open has no post-mortem: said in Polish, without the server's English beside it.
    const open = (await call("GET", "/api/v1/crises?status=open&timeline=false")).items[0].id as string;
    await page.goto(`${b.url}/reports/crises/${open}`);
    const error = page.getByTestId("postmortem-error");
    await error.waitFor();
    expect((await error.innerText()).trim()).toBe(
      "Ten kryzys nie jest jeszcze rozwiązany: analiza powstanie, gdy zostanie rozwiązany.",
    );
    await context.close();
    expect(b.pageErrors).toEqual([]);
  }, 300_000);

  it("why a monitor failed is said in Polish, on its page and in its state changes", async () => {
    const target = await startTarget();
    try {
      target.route("/shop", (_q, res) => json(res, 200, { status: "ok" }));
      const m = await b.h.ctx.services.monitoring.create(systemActor(b.h.workspaceId), {
        type: "http",
        name: "Sklep",
        url: `${target.url}/shop`,
        keyword: "Dodaj do koszyka",
        interval_s: 30,
        retries: 0,
      });
      const scheduler = new MonitorScheduler(b.h.ctx, (batch) => b.h.ctx.services.monitoring.record(batch));
      for (let i = 0; i < 2; i++) {
        await b.h.ctx.db.updateTable("monitors").set({ next_run_at: new Date().toISOString() }).execute();
        await scheduler.runDue();
      }
      const stored = await call("GET", `/api/v1/monitors/${m.id}`);
      expect(stored.last_error).toBe('keyword "Dodaj do koszyka" not found');
      expect(stored.last_error_why).toEqual({ code: "keyword_missing", keyword: "Dodaj do koszyka" });
      const { context, page } = await openContext(b, "pl-PL");
      await loginOn(page, b.url);
      await page.goto(`${b.url}/monitors/${m.id}`);
      const polish = "tekstu „Dodaj do koszyka” nie ma na stronie";
      await expect.poll(() => page.locator(".monitor-error").innerText()).toBe(polish);
      await expect.poll(() => page.getByTestId("monitor-events").innerText()).toContain(polish);
      expect(await page.getByTestId("monitor-events").innerText()).not.toContain("not found");
      await context.close();
    } finally {
      await target.close();
    }
    expect(b.pageErrors).toEqual([]);
  }, 300_000);
});
