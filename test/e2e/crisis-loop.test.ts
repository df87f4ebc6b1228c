import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raise, spike } from "../../src/alerts/testing.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

// Warsaw: CET in winter, CEST in summer; never UTC.
const LOCAL_TIME = /\d{2}:\d{2} CES?T/;

describe.runIf(hasBrowser)("the crisis loop ends honestly, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  const api = (method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
    b.h.app.inject({ method, url, headers: b.h.auth("admin"), ...(payload ? { payload } : {}) });
  const paymentAlert = async () => {
    const a = spike({ kind: "payment_failure_spike", series: "payment_failures", topic: "payment" });
    await raise(b.h, [a]);
    const list = await b.h.ctx.services.alerts.list(b.h.ctx.services.alerts.systemActor(b.h.workspaceId), {
      limit: 1000,
    });
    const found = list.items.find((x) => x.episode_id === a.episodeId);
    if (!found) throw new Error("alert not raised");
    return found;
  };
  const crisisId = (url: string) => url.split("/crises/")[1]?.split(/[/?#]/)[0] ?? "";

  it("payment failure from alert to closed: linked, two languages in public, a declined twin, resolved in public", async () => {
    const { page } = b;
    const ws = await api("PATCH", "/api/v1/workspace", {
      time_zone: "Europe/Warsaw",
      languages: ["pl", "en"],
      default_language: "pl",
    });
    expect(ws.statusCode).toBe(200);
    // The crisis already running when the second alert comes in.
    const existing = (
      await api("POST", "/api/v1/crises", {
        title: "Card payments failing",
        type: "payment_failure",
        severity: "SEV2",
      })
    ).json();
    const alert = await paymentAlert();

    await login(b);
    await page.goto(`${b.url}/alerts/${alert.id}`);
    const link = page.getByTestId("alert-link-crisis");
    await expect.poll(() => link.textContent()).toBe("Link to Card payments failing");
    await link.click();
    await page.getByTestId("crisis-room").waitFor();
    expect(crisisId(page.url())).toBe(existing.id);
    await expect.poll(() => page.getByTestId("crisis-status").textContent()).toMatch(/detected/);
    const linked = (await api("GET", `/api/v1/crises/${existing.id}`)).json();
    expect(linked.links.map((l: { ref_id: string }) => l.ref_id)).toContain(alert.id);

    // The shop speaks Polish and English: the incident says it in both.
    await page.getByTestId("status-acknowledged").click();
    await expect.poll(() => page.getByTestId("crisis-status").textContent()).toMatch(/acknowledged/);
    // A component of the shop's own, named in both languages, is on the incident too.
    const blik = await api("POST", "/api/v1/status/components", {
      name: { pl: "Płatności BLIK", en: "BLIK payments" },
    });
    expect(blik.statusCode).toBe(201);
    const incident = await api("POST", "/api/v1/status/incidents", {
      crisis_id: existing.id,
      title: { pl: "Płatności kartą nie działają", en: "Card payments fail" },
      body: { pl: "Sprawdzamy przyczynę.", en: "We are looking into it." },
      components: ["payments", "checkout", blik.json().id],
      impact: "major",
    });
    expect(incident.statusCode).toBe(201);
    const during = (await api("GET", "/status.json")).json();
    expect(during.status).not.toBe("operational");

    // A twin: another alert opened as its own crisis, then declined as a false alarm.
    const twinAlert = await paymentAlert();
    await page.goto(`${b.url}/alerts/${twinAlert.id}`);
    await page.getByTestId("alert-open-crisis").click();
    await page.getByTestId("crisis-room").waitFor();
    await expect.poll(() => crisisId(page.url())).not.toBe(existing.id);
    const twinId = crisisId(page.url());
    await page.getByTestId("status-declined").click();
    await page.getByTestId("reason-input").fill("Same failure as the crisis already open");
    await page.getByTestId("reason-submit").click();
    await expect.poll(() => page.getByTestId("crisis-status").textContent()).toMatch(/declined/);
    await expect
      .poll(() => page.getByTestId("declined-reason").textContent())
      .toContain("Same failure as the crisis already open");

    // Resolve with the final update, shown first in both languages.
    await page.goto(`${b.url}/crises/${existing.id}`);
    await page.getByTestId("status-resolved").click();
    await expect.poll(() => page.getByTestId("final-update-pl").inputValue()).toContain("naprawione");
    // The components that turn operational, named as the page names them (the shop's default language).
    await expect.poll(() => page.getByTestId("resolve-panel").textContent()).toContain("Płatności BLIK");
    await page
      .getByTestId("final-update-en")
      .fill("Resolved: card payments work again. Sorry for the trouble.");
    await page.getByTestId("resolve-publish").click();
    await expect.poll(() => page.getByTestId("crisis-status").textContent()).toMatch(/resolved/);
    await page.getByTestId("status-closed").click();
    await expect.poll(() => page.getByTestId("crisis-status").textContent()).toMatch(/closed/);
    await b.screenshot("crisis-loop-closed");

    // The public page, in both languages, as a visitor sees it.
    const visitor = await b.browser.newContext();
    const pub = await visitor.newPage();
    for (const lang of ["pl", "en"]) {
      await pub.goto(`${b.url}/status?lang=${lang}`);
      await expect(pub.locator(".banner").getAttribute("class")).resolves.toContain("s-operational");
      const text = (await pub.locator("main").textContent()) ?? "";
      expect(text).toMatch(LOCAL_TIME);
      expect(text).not.toContain("UTC");
      // No open incident: the only one on the page is resolved, with its final word.
      expect(await pub.locator("article .state.t-partial_outage").count()).toBe(0);
      expect(await pub.locator(".card .state:not(.t-operational)").count()).toBe(0);
      expect(text).toContain(
        lang === "pl" ? "Płatności kartą nie działają: naprawione." : "Resolved: card payments work again.",
      );
      await pub.screenshot({ path: `test/e2e/screenshots/crisis-loop-status-${lang}.png`, fullPage: true });
    }
    await visitor.close();

    // The shop's own component is back to operational in public too.
    const after = (await api("GET", "/status.json")).json();
    expect(after.components.find((c: { id: string }) => c.id === blik.json().id).state).toBe("operational");

    // The real crisis gets its post-mortem; the declined twin none.
    const postmortem = (id: string) =>
      b.h.ctx.db.selectFrom("postmortems").select("id").where("crisis_id", "=", id).executeTakeFirst();
    await b.h.ctx.jobs.drain();
    expect(await postmortem(existing.id)).toBeDefined();
    expect(await postmortem(twinId)).toBeUndefined();

    // The twin counts nowhere; the real crisis does.
    const twin = (await api("GET", `/api/v1/crises/${twinId}`)).json();
    expect(twin).toMatchObject({ status: "declined" });
    const report = (await api("GET", "/api/v1/reports/crises?format=json")).json();
    expect(report.real.overall.count).toBe(1);
    expect(b.pageErrors).toEqual([]);
  }, 240_000);
});
