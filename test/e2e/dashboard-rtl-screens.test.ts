import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../src/core/actor.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";
import { isolated, leftEdges } from "./left-edges.js";

/**
 * The plan, review, messages and settings screens with text the team or the internet typed in Hebrew:
 * a member's name, a crisis title, an action item, a supplier and its product, a contact, a message's
 * subject. Each must be its own run, so the line around it reads in our order (dashboard-rtl.test.ts
 * does the same for mentions, cases and the status page's admin).
 */
const MEMBER = "דנה כהן";
const TITLE = "עיכוב במשלוחים";
const ACTION = "להוסיף חברת שילוח שנייה";
const SUPPLIER = "ספק 24";
const PRODUCT = "כרטיס 5";
const CONTACT = "יוסי לוי";
const LEAD = "אולה";
const SUBJECT = `${TITLE} 24/7`;
// A message the team wrote: all of it is their text, read in its own direction.
const BODY = `שלום,\n${TITLE}.\nהצוות`;
const HEBREW = [BODY, SUBJECT, MEMBER, TITLE, ACTION, SUPPLIER, PRODUCT, CONTACT];

describe.runIf(hasBrowser)("right-to-left text on the plan, review, messages and settings screens", () => {
  let b: BrowserHarness;
  let crisisId = "";
  let openId = "";
  beforeAll(async () => {
    b = await openDashboard();
    const { h } = b;
    const auth = h.auth("admin");
    const call = async (method: "POST" | "PUT" | "GET", url: string, payload?: object) => {
      const r = await h.app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
      expect(r.statusCode, `${url} ${r.body}`).toBeLessThan(300);
      return r.json();
    };
    await call("POST", "/api/v1/users", {
      email: "dana@shop.test",
      name: MEMBER,
      role: "responder",
      password: "a long enough password",
    });
    const actor = systemActor(h.workspaceId, MEMBER);
    const c = await h.ctx.services.crises.open(actor, {
      title: TITLE,
      type: "delivery_delay",
      severity: "SEV2",
      startedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    });
    for (const status of ["acknowledged", "mitigating", "monitoring", "resolved"] as const)
      await h.ctx.services.crises.update(actor, c.id, { status });
    crisisId = c.id;
    // An open one too: only open crises are offered to a new message.
    const open = await h.ctx.services.crises.open(actor, {
      title: TITLE,
      type: "delivery_delay",
      severity: "SEV3",
    });
    openId = open.id;
    await call("POST", `/api/v1/crises/${c.id}/action-items`, {
      title: ACTION,
      owner_name: MEMBER,
      owner_email: "dana@shop.test",
      due_date: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      plan_part: "playbook",
      plan_ref: "delivery_delay",
    });
    const view = await call("GET", "/api/v1/plan");
    const plan = view.plan;
    const contact = { name: CONTACT, organisation: "", phone: "+972 3 555 0101", email: "", notes: "" };
    plan.suppliers = [
      {
        id: "s1",
        name: SUPPLIER,
        category: "goods",
        contact,
        products: [{ sku: "c5", name: PRODUCT }],
        singleSource: true,
        alternative: "",
      },
    ];
    plan.stakeholders[0].contacts = [contact];
    await call("PUT", "/api/v1/plan", { plan, revision: view.revision });
    await call("POST", "/api/v1/comms/messages", {
      kind: "customer_email",
      crisis_id: c.id,
      language: "en",
      subject: SUBJECT,
      body: BODY,
    });
    await h.ctx.jobs.drain();
    await login(b);
  }, 180_000);
  afterAll(async () => b?.close());

  const allIsolated = async (texts: string[], least: number) => {
    const found = await isolated(b.page, texts, true);
    expect(found.length).toBeGreaterThanOrEqual(least);
    expect(found.filter((n) => !n.isolated)).toEqual([]);
  };

  it("the plan: a Hebrew supplier, product and contact, each its own run", async () => {
    const { page, url } = b;
    await page.goto(`${url}/plan`);
    await page.getByTestId("plan-single-source").waitFor();
    const x = await leftEdges(page, '[data-testid="plan-single-source"]', [PRODUCT, SUPPLIER]);
    // On the old screen "… (24 ספק) 5 כרטיס": one run, the supplier in brackets drawn left of the product.
    expect(Object.keys(x)).toHaveLength(2);
    expect(x[PRODUCT]).toBeLessThan(x[SUPPLIER] as number);
    await allIsolated(HEBREW, 4);
  });

  it("review: the post-mortem list, the action items and the timeline's actor", async () => {
    const { page, url } = b;
    await page.goto(`${url}/reports`);
    await page.getByTestId("postmortem-link").first().waitFor();
    await allIsolated(HEBREW, 1);
    await page.goto(`${url}/reports/crises/${encodeURIComponent(crisisId)}`);
    await page.getByTestId("action-item").first().waitFor();
    await allIsolated(HEBREW, 3);
  });

  it("messages: the subject in the list, the preview, the crisis in the picker", async () => {
    const { page, url } = b;
    await page.goto(`${url}/messages`);
    await page.getByTestId("message-link").first().waitFor();
    await allIsolated(HEBREW, 1);
    const option = await page
      .getByTestId("message-crisis")
      .locator(`option[value="${openId}"]`)
      .textContent();
    // On the old screen "(resolved)" drawn into the title's run: the option's text had no isolate.
    expect(option).toContain(`\u2068${TITLE}\u2069`);
    await page.getByTestId("message-link").first().click();
    await page.getByTestId("preview-body").waitFor();
    await allIsolated(HEBREW, 2);
  });

  it("settings: our own Hebrew name beside our '(you)', and the other member's", async () => {
    const { page, url, h } = b;
    const users = await h.app.inject({ method: "GET", url: "/api/v1/users", headers: h.auth("admin") });
    const me = users.json().items.find((u: { email: string }) => u.email === "lead@shop.test");
    await h.ctx.services.accounts.updateProfile(me.id, { name: LEAD });
    await page.goto(`${url}/settings/team`);
    const cell = page.locator("main td", { hasText: LEAD }).first();
    await cell.waitFor();
    const you = ((await cell.textContent()) ?? "").replace(LEAD, "").trim();
    expect(you).toMatch(/you/);
    const x = await leftEdges(page, "main table", [LEAD, you]);
    // "(you)" right of the name (its Latin letters kept it there on the old screen too); the name is
    // its own run now, so a name ending in a digit or a stop no longer pulls our bracket into it.
    expect(Object.keys(x)).toHaveLength(2);
    expect(x[LEAD]).toBeLessThan(x[you] as number);
    await allIsolated([...HEBREW, LEAD], 2);
  });
});
