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
  const status = () => b.page.getByTestId("crisis-status").textContent();

  /** From the alert's page, "Link to <the open crisis>": the alert joins it, no second crisis. */
  async function linkAlertTo(existing: { id: string; title: string }) {
    const { page } = b;
    const alert = await paymentAlert();
    await page.goto(`${b.url}/alerts/${alert.id}`);
    const link = page.getByTestId("alert-link-crisis");
    await expect.poll(() => link.textContent()).toBe(`Link to ${existing.title}`);
    await link.click();
    await page.getByTestId("crisis-room").waitFor();
    expect(crisisId(page.url())).toBe(existing.id);
    await expect.poll(status).toMatch(/detected/);
    const linked = (await api("GET", `/api/v1/crises/${existing.id}`)).json();
    expect(linked.links.map((l: { ref_id: string }) => l.ref_id)).toContain(alert.id);
  }

  /** A status update for the crisis written in Polish and English and sent to the status page. */
  async function publishInBothLanguages(id: string) {
    const { page } = b;
    await page.goto(`${b.url}/messages`);
    await page.getByTestId("message-new").waitFor();
    await expect.poll(() => page.getByTestId("message-crisis").locator("option").count()).toBeGreaterThan(1);
    await page.getByTestId("message-crisis").selectOption(id);
    await page.getByTestId("message-kind").selectOption("status_update");
    await page.getByTestId("message-language").selectOption("pl");
    await page.getByTestId("message-create").click();
    await page.getByTestId("message-form").waitFor();
    await page
      .getByTestId("message-body")
      .fill("Przepraszamy: płatności kartą nie działają. Sprawdzamy przyczynę.");
    await page.locator("[data-testid=translations] summary", { hasText: "en" }).click();
    await page
      .getByTestId("translation-en")
      .fill("We are sorry: card payments fail. We are looking into it.");
    await page.getByTestId("message-save").click();
    await expect.poll(() => page.getByTestId("preview-body").textContent()).toContain("płatności kartą");
    await page.getByTestId("send-channel").selectOption("status_page");
    await page.getByTestId("send-submit").click();
    // The send moves the payment components: said before anything goes out.
    await expect.poll(() => page.getByTestId("send-changes").textContent()).toContain("→");
    await page.getByTestId("send-confirm-send").click();
    await expect.poll(() => page.getByTestId("message-status").textContent()).toContain("sent");
  }

  /** The update editor: pre-filled in both languages, naming a component of the shop's own. */
  async function addComponentToIncident(componentId: string) {
    const { page } = b;
    await page.goto(`${b.url}/statuspage`);
    await page.getByTestId("update-form").waitFor();
    await expect.poll(() => page.getByTestId("update-body-pl").inputValue()).not.toBe("");
    await expect.poll(() => page.getByTestId("update-body-en").inputValue()).not.toBe("");
    await page.getByTestId(`update-component-${componentId}`).check();
    await page.getByTestId("update-publish").click();
    await expect.poll(() => page.getByTestId("update-changes").textContent()).toContain("BLIK");
    await page.getByTestId("update-confirm-send").click();
    await expect
      .poll(async () => {
        const snap = (await api("GET", "/status.json")).json();
        return snap.components.find((c: { id: string }) => c.id === componentId).state;
      })
      .not.toBe("operational");
  }

  /** A twin opened from another alert, declined as a false alarm with its reason. */
  async function declineTwin(existingId: string) {
    const { page } = b;
    const twinAlert = await paymentAlert();
    await page.goto(`${b.url}/alerts/${twinAlert.id}`);
    await page.getByTestId("alert-open-crisis").click();
    await page.getByTestId("crisis-room").waitFor();
    await expect.poll(() => crisisId(page.url())).not.toBe(existingId);
    const twinId = crisisId(page.url());
    await page.getByTestId("status-declined").click();
    await page.getByTestId("reason-input").fill("Same failure as the crisis already open");
    await page.getByTestId("reason-submit").click();
    await expect.poll(status).toMatch(/declined/);
    await expect
      .poll(() => page.getByTestId("declined-reason").textContent())
      .toContain("Same failure as the crisis already open");
    return twinId;
  }

  /** Resolve with the final update (shown first, editable, in both languages), then close. */
  async function resolveAndClose(id: string) {
    const { page } = b;
    await page.goto(`${b.url}/crises/${id}`);
    await page.getByTestId("status-resolved").click();
    await expect.poll(() => page.getByTestId("final-update-pl").inputValue()).toContain("naprawione");
    // The components that turn operational, named as the page names them (the shop's default language).
    await expect.poll(() => page.getByTestId("resolve-panel").textContent()).toContain("Płatności BLIK");
    await page
      .getByTestId("final-update-en")
      .fill("Resolved: card payments work again. Sorry for the trouble.");
    await page.getByTestId("resolve-publish").click();
    await expect.poll(status).toMatch(/resolved/);
    await page.getByTestId("status-closed").click();
    await expect.poll(status).toMatch(/closed/);
    await b.screenshot("crisis-loop-closed");
  }

  /**
   * The public page, in both languages, as a visitor sees it: nothing open, all operational, local times.
   * The visitor lives in the shop's zone: one elsewhere is also shown their own time (status-local-time).
   */
  async function checkPublicPage() {
    const visitor = await b.browser.newContext({ timezoneId: "Europe/Warsaw" });
    const pub = await visitor.newPage();
    for (const lang of ["pl", "en"]) {
      await pub.goto(`${b.url}/status?lang=${lang}`);
      await expect(pub.locator(".banner").getAttribute("class")).resolves.toContain("s-operational");
      const text = (await pub.locator("main").textContent()) ?? "";
      expect(text).toMatch(LOCAL_TIME);
      expect(text).not.toContain("UTC");
      // Every incident on the page is resolved (an open one is marked partial_outage), every component up.
      expect(await pub.locator("article").count()).toBeGreaterThan(0);
      expect(await pub.locator("article .state.t-partial_outage").count()).toBe(0);
      expect(await pub.locator(".card .state:not(.t-operational)").count()).toBe(0);
      expect(text).toContain(lang === "pl" ? "naprawione" : "Resolved: card payments work again.");
      // Its text in this language, not the other's with a note.
      expect(text).toContain(lang === "pl" ? "płatności kartą nie działają" : "card payments fail");
      const unresolved = await pub.request.get(`${b.url}/api/v2/incidents/unresolved.json?lang=${lang}`);
      expect((await unresolved.json()).incidents).toEqual([]);
      const feed = await (await pub.request.get(`${b.url}/status/feed.atom?lang=${lang}`)).text();
      expect(feed).toMatch(LOCAL_TIME);
      expect(feed).not.toContain("UTC");
      await pub.screenshot({ path: `test/e2e/screenshots/crisis-loop-status-${lang}.png`, fullPage: true });
    }
    await visitor.close();
  }

  it("payment failure from alert to closed: linked, two languages in public, a declined twin, resolved in public", async () => {
    const ws = await api("PATCH", "/api/v1/workspace", {
      time_zone: "Europe/Warsaw",
      languages: ["pl", "en"],
      default_language: "pl",
    });
    expect(ws.statusCode).toBe(200);
    // The crisis already running when the alert comes in.
    const existing = (
      await api("POST", "/api/v1/crises", {
        title: "Card payments failing",
        type: "payment_failure",
        severity: "SEV2",
      })
    ).json();
    // A component of the shop's own, named in both languages.
    const blik = await api("POST", "/api/v1/status/components", {
      name: { pl: "Płatności BLIK", en: "BLIK payments" },
    });
    expect(blik.statusCode).toBe(201);

    await login(b);
    await linkAlertTo(existing);
    await b.page.getByTestId("status-acknowledged").click();
    await expect.poll(status).toMatch(/acknowledged/);
    await publishInBothLanguages(existing.id);
    await addComponentToIncident(blik.json().id);
    expect((await api("GET", "/status.json")).json().status).not.toBe("operational");
    const twinId = await declineTwin(existing.id);
    await resolveAndClose(existing.id);
    await checkPublicPage();

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
    expect((await api("GET", `/api/v1/crises/${twinId}`)).json()).toMatchObject({ status: "declined" });
    const report = (await api("GET", "/api/v1/reports/crises?format=json")).json();
    expect(report.real.overall.count).toBe(1);
    expect(b.pageErrors).toEqual([]);
  }, 300_000);
});
