import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";

const { h } = setupMailHarness();

const post = (url: string, payload: unknown, role: "admin" | "responder" | "viewer" = "responder") =>
  h.app.inject({ method: "POST", url, headers: h.auth(role), payload: payload as object });
const get = (url: string, role: "admin" | "responder" | "viewer" = "viewer") =>
  h.app.inject({ method: "GET", url, headers: h.auth(role) });

describe("opening cases", () => {
  it("opens a case by hand with priority, clocks, topics and a suggested reply in its language", async () => {
    const res = await post("/api/v1/cases", {
      customer: { name: "Ola Nowak", email: "Ola@Example.com" },
      text: "Paczka nie dotarła, czekam dwa tygodnie. Fatalna obsługa, nikt nie odpowiada na maile.",
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.language).toBe("pl");
    expect(c.status).toBe("new");
    expect(c.topics).toContain("delivery");
    expect(c.priority).toMatch(/^P[1-4]$/);
    expect(c.customer.email).toBe("ola@example.com");
    expect(c.channel).toBe("email");
    expect(c.remedies).toEqual([]);
    expect(Date.parse(c.first_response_due_at)).toBeGreaterThan(Date.now());
    expect(Date.parse(c.resolve_due_at)).toBeGreaterThan(Date.parse(c.first_response_due_at));
    expect(c.suggested_reply.language).toBe("pl");
    expect(c.suggested_reply.text).toMatch(/dziękujemy/i);
    expect(c.suggested_reply.text).toContain("Test shop");
  });

  it("gathers one customer's messages in one case and reopens it", async () => {
    const first = await post("/api/v1/cases", {
      customer: { email: "sam@example.com" },
      text: "Nobody answers my emails, your customer service is useless.",
    });
    expect(first.statusCode).toBe(201);
    const id = first.json().id;
    // A reply went out (SMTP is set up here), so the case may wait for the customer.
    await post(`/api/v1/cases/${id}/replies`, { text: "Sorry, we are looking into it." });
    const patch = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${id}`,
      headers: h.auth("responder"),
      payload: { status: "waiting" },
    });
    expect(patch.json().status).toBe("waiting");
    const again = await post("/api/v1/cases", {
      customer: { email: "SAM@example.com", name: "Sam" },
      text: "I was charged twice for my order and the payment failed!",
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(id);
    const full = (await get(`/api/v1/cases/${id}`)).json();
    expect(full.status).toBe("new");
    expect(full.messages.filter((m: { direction: string }) => m.direction === "in")).toHaveLength(2);
    expect(full.topics).toEqual(expect.arrayContaining(["customer_service", "payment"]));
    // Payment is a severe topic: the priority rose with the new evidence.
    expect(["P1", "P2", "P3"]).toContain(full.priority);
    expect(full.timeline.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(["case.opened", "status.changed", "message.received"]),
    );
  });

  it("refuses bad input with a 400 naming the field", async () => {
    const noText = await post("/api/v1/cases", { customer: { email: "a@example.com" } });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().error.field).toMatch(/text/);
    const nobody = await post("/api/v1/cases", { text: "late" });
    expect(nobody.json().error.field).toMatch(/customer/);
    const badMail = await post("/api/v1/cases", { customer: { email: "nope" }, text: "bad" });
    expect(badMail.statusCode).toBe(400);
    expect(JSON.stringify(badMail.json().error)).toMatch(/email/);
    const badLang = await post("/api/v1/cases", { customer: { name: "X" }, text: "t", language: "xx" });
    expect(badLang.statusCode).toBe(400);
    expect(JSON.stringify(badLang.json().error)).toMatch(/language/);
    const badFilter = await get("/api/v1/cases?priority=P9");
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json().error.field).toMatch(/priority/);
    expect((await get("/api/v1/cases/nope")).statusCode).toBe(404);
  });

  it("describes its routes in the OpenAPI document", async () => {
    const doc = (
      await h.app.inject({ method: "GET", url: "/api/openapi.json", headers: h.auth("viewer") })
    ).json();
    for (const path of [
      "/api/v1/cases",
      "/api/v1/cases/{id}",
      "/api/v1/cases/{id}/remedies",
      "/api/v1/cases/{id}/replies",
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    expect(JSON.stringify(doc.paths["/api/v1/cases"].post)).toContain("mention_id");
  });

  it("keeps each workspace's cases to itself", async () => {
    const other = await h.ctx.services.accounts.createWorkspace({ name: "Other brand", slug: "other-brand" });
    const { token } = await h.ctx.services.accounts.createToken({
      workspaceId: other.id,
      name: "other",
      role: "admin",
    });
    const mine = (await post("/api/v1/cases", { customer: { name: "Mine" }, text: "late parcel" })).json();
    const headers = { authorization: `Bearer ${token}` };
    const peek = await h.app.inject({ method: "GET", url: `/api/v1/cases/${mine.id}`, headers });
    expect(peek.statusCode).toBe(404);
    const list = await h.app.inject({ method: "GET", url: "/api/v1/cases", headers });
    expect(list.json().items).toEqual([]);
    const remedy = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${mine.id}/remedies`,
      headers,
      payload: { kind: "apology" },
    });
    expect(remedy.statusCode).toBe(404);
  });

  it("needs a responder to open and a token to read", async () => {
    const viewer = await post("/api/v1/cases", { customer: { name: "V" }, text: "late parcel" }, "viewer");
    expect(viewer.statusCode).toBe(403);
    const anon = await h.app.inject({ method: "GET", url: "/api/v1/cases" });
    expect(anon.statusCode).toBe(401);
  });

  it("filters the list by status, priority and topic, with a cursor", async () => {
    // Its own case beside the ones the tests above opened, so the list has enough to page through.
    const own = await post("/api/v1/cases", {
      customer: { name: "Filter" },
      text: "My parcel is two weeks late.",
    });
    expect(own.statusCode).toBe(201);
    const all = (await get("/api/v1/cases?limit=100")).json().items;
    expect(all.length).toBeGreaterThanOrEqual(4);
    const open = (await get("/api/v1/cases?status=open&limit=100")).json().items;
    expect(open.every((c: { status: string }) => ["new", "answered", "waiting"].includes(c.status))).toBe(
      true,
    );
    const delivery = (await get("/api/v1/cases?topic=delivery")).json().items;
    expect(delivery.length).toBeGreaterThan(0);
    expect(delivery.every((c: { topics: string[] }) => c.topics.includes("delivery"))).toBe(true);
    const p = all[0].priority;
    const byP = (await get(`/api/v1/cases?priority=${p}`)).json().items;
    expect(byP.every((c: { priority: string }) => c.priority === p)).toBe(true);
    const page1 = (await get("/api/v1/cases?limit=2")).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.next_cursor).toBeTruthy();
    const page2 = (await get(`/api/v1/cases?limit=2&cursor=${page1.next_cursor}`)).json();
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
    expect(page2.items[0].id < page1.items[1].id).toBe(true);
  });
});
