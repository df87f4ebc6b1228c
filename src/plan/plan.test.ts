import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openQueued } from "../mail/service.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { defaultPlan } from "./default-plan/index.js";
import { diffPlans } from "./diff.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const get = (url: string, role: "admin" | "responder" | "viewer" = "viewer") =>
  h.app.inject({ method: "GET", url, headers: h.auth(role) });

describe("the workspace's plan", () => {
  it("gives each workspace its own copy of the default plan on first use", async () => {
    const res = await get("/api/v1/plan");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.revision).toBe(1);
    expect(body.language).toBe("en");
    expect(body.plan.shop.name).toBe("Test shop");
    expect(body.plan.crisisTypes).toHaveLength(12);
    // All six languages travel with the copy.
    expect(body.plan.crisisTypes[0].name.pl.length).toBeGreaterThan(0);
    expect(body.review.due).toBe(false);
    expect(body.review.days_left).toBe(14);
  });

  it("lists the catalogue per CONTRACT and localises it", async () => {
    const res = await get("/api/v1/plan/crisis-types");
    const items = res.json().items;
    expect(items.map((i: { id: string }) => i.id)).toEqual(defaultPlan.crisisTypes.map((t) => t.id));
    for (const i of items) {
      expect(i).toMatchObject({
        id: expect.any(String),
        name: expect.any(String),
        likelihood: expect.any(Number),
        impact: expect.any(Number),
      });
      expect(i.playbook.length).toBeGreaterThanOrEqual(6);
    }
    const de = (await get("/api/v1/plan/crisis-types/payment_failure?lang=de")).json();
    expect(de.name).toBe(defaultPlan.crisisTypes.find((t) => t.id === "payment_failure")?.name.de);
    expect((await get("/api/v1/plan/crisis-types/nope")).statusCode).toBe(404);
  });

  it("risk matrix: 25 cells, every type in exactly one", async () => {
    const m = (await get("/api/v1/plan/risk-matrix")).json();
    expect(m.cells).toHaveLength(25);
    expect(m.cells.flatMap((c: { types: string[] }) => c.types).sort()).toEqual(
      defaultPlan.crisisTypes.map((t) => t.id).sort(),
    );
    expect(m.items[0].score).toBeGreaterThanOrEqual(m.items.at(-1).score);
  });

  it("edits keep revisions, refuse lost updates and invalid plans, and list changes since review", async () => {
    const cur = (await get("/api/v1/plan")).json();
    const plan = structuredClone(cur.plan);
    plan.suppliers.push({
      id: "acme",
      name: "Acme Widgets",
      category: "goods",
      contact: { name: "Jo", organisation: "Acme", phone: "+48 1", email: "jo@acme.test", notes: "" },
      products: [{ sku: "W-1", name: "Widget" }],
      singleSource: true,
      alternative: "",
    });
    const pf = plan.crisisTypes.find((t: { id: string }) => t.id === "payment_failure");
    pf.likelihood = 5;
    const asResponder = await h.app.inject({
      method: "PUT",
      url: "/api/v1/plan",
      headers: h.auth("responder"),
      payload: { plan },
    });
    expect(asResponder.statusCode).toBe(403);
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/plan",
      headers: h.auth("admin"),
      payload: { plan, revision: cur.revision, note: "added Acme" },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().revision).toBe(cur.revision + 1);
    const stale = await h.app.inject({
      method: "PUT",
      url: "/api/v1/plan",
      headers: h.auth("admin"),
      payload: { plan, revision: cur.revision },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.field).toBe("revision");
    const broken = structuredClone(plan);
    broken.severities = broken.severities.slice(0, 2);
    const bad = await h.app.inject({
      method: "PUT",
      url: "/api/v1/plan",
      headers: h.auth("admin"),
      payload: { plan: broken },
    });
    expect(bad.statusCode).toBe(400);

    const changes = (await get("/api/v1/plan/changes")).json();
    const paths = changes.items.map((c: { path: string }) => c.path);
    expect(paths).toContain("suppliers[acme]");
    expect(paths).toContain("crisisTypes[payment_failure].likelihood");
    const revs = (await get("/api/v1/plan/revisions")).json().items;
    expect(revs[0]).toMatchObject({ revision: cur.revision + 1, note: "added Acme" });

    const reviewed = await h.app.inject({
      method: "POST",
      url: "/api/v1/plan/review",
      headers: h.auth("admin"),
      payload: { note: "Q3 review" },
    });
    expect(reviewed.json().review.last_reviewed).toBe(new Date().toISOString().slice(0, 10));
    expect(reviewed.json().plan.review.changelog.at(-1).summary).toBe("Q3 review");
    expect((await get("/api/v1/plan/changes")).json().items).toEqual([]);

    // The crisis room reads the edited plan.
    const type = await h.ctx.services.plan.crisisType(h.workspaceId, "payment_failure");
    expect(type?.likelihood).toBe(5);
  });

  it("reminds once when the review is due", async () => {
    const admin = await h.ctx.services.accounts.createUser({ email: "owner@shop.test", name: "Owner" });
    await h.ctx.services.accounts.addMember(h.workspaceId, admin.id, "admin");
    const later = new Date(Date.now() + 400 * 86_400_000);
    expect(await h.ctx.services.plan.checkReviews(later)).toBe(1);
    expect(await h.ctx.services.plan.checkReviews(later)).toBe(0);
    const status = await h.ctx.services.plan.reviewStatus(h.workspaceId, later);
    expect(status.due).toBe(true);
    const jobs = await h.ctx.db
      .selectFrom("jobs")
      .select(["queue", "key"])
      .where("queue", "=", "plan.review_reminder")
      .execute();
    expect(jobs).toHaveLength(1);
    await h.ctx.jobs.drain();
    const mails = await h.ctx.db
      .selectFrom("jobs")
      .select(["payload"])
      .where("queue", "=", "mail.send")
      .execute();
    expect(mails.some((m) => openQueued(JSON.parse(m.payload)).text.includes("due for review"))).toBe(true);
  });

  it("exports the plan over HTTP", async () => {
    const md = await get("/api/v1/plan/export?format=md&lang=fr");
    expect(md.statusCode).toBe(200);
    expect(md.headers["content-type"]).toMatch(/markdown/);
    expect(md.body).toContain(defaultPlan.crisisTypes[0]?.name.fr ?? "?");
  });
});

describe("plan diff", () => {
  it("names list items by id so an insertion is one change", () => {
    const a = {
      list: [
        { id: "a", v: 1 },
        { id: "b", v: 2 },
      ],
    };
    const b = {
      list: [
        { id: "z", v: 0 },
        { id: "a", v: 1 },
        { id: "b", v: 3 },
      ],
    };
    expect(diffPlans(a, b)).toEqual([
      { path: "list[b].v", change: "changed", before: 2, after: 3 },
      { path: "list[z]", change: "added", after: { id: "z", v: 0 } },
    ]);
  });
});
