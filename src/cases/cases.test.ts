import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { startTestSmtp, type TestSmtp } from "../testing/smtp.js";
import { waitFor } from "../testing/wait.js";

let h: Harness;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  h = await createHarness({ env: smtp.env });
}, 60_000);
afterAll(async () => {
  await h.close();
  await smtp.close();
});

const post = (url: string, payload: unknown, role: "admin" | "responder" | "viewer" = "responder") =>
  h.app.inject({ method: "POST", url, headers: h.auth(role), payload: payload as object });
const get = (url: string, role: "admin" | "responder" | "viewer" = "viewer") =>
  h.app.inject({ method: "GET", url, headers: h.auth(role) });

/** The rule runs in a job queued from the bus; wait until it has run. */
const settle = (check: () => Promise<boolean>) => waitFor(check, { each: () => h.ctx.jobs.drain() });

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

  it("opens from a mention by hand, once", async () => {
    const ingest = await post("/api/v1/mentions", {
      mentions: [
        {
          source: "twitter",
          external_id: "t-1",
          text: "My parcel never arrived, the delivery is two weeks late. Terrible service!",
          author: "@angry_anna",
          author_followers: 250,
        },
      ],
    });
    expect(ingest.statusCode).toBe(202);
    const mention = (await get("/api/v1/mentions?source=twitter")).json().items[0];
    const res = await post("/api/v1/cases", { mention_id: mention.id });
    expect(res.statusCode).toBe(201);
    expect(res.json().mention_id).toBe(mention.id);
    expect(res.json().channel).toBe("webhook");
    expect(res.json().customer.handle).toBe("@angry_anna");
    const twice = await post("/api/v1/cases", { mention_id: mention.id });
    expect(twice.statusCode).toBe(200);
    expect(twice.json().id).toBe(res.json().id);
    expect((await post("/api/v1/cases", { mention_id: "missing" })).statusCode).toBe(404);
  });

  it("opens cases from negative mentions by the workspace's rule, and only those", async () => {
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth("admin"),
      payload: { rules: [{ source: "trustpilot", complaint_only: true, negative_only: false }] },
    });
    expect(put.statusCode).toBe(200);
    await post("/api/v1/mentions", {
      mentions: [
        {
          source: "trustpilot",
          external_id: "r-1",
          text: "Nobody answers my emails, your customer service is useless.",
          author: "Jan K",
        },
        { source: "trustpilot", external_id: "r-2", text: "Lovely shop, fast delivery, thank you!" },
        {
          source: "forum",
          external_id: "f-1",
          text: "Nobody answers my emails, your customer service is useless.",
          author: "Other",
        },
      ],
    });
    await settle(async () => (await get("/api/v1/cases?limit=100")).json().items.some(isFrom("trustpilot")));
    const items = (await get("/api/v1/cases?limit=100")).json().items;
    expect(items.filter(isFrom("trustpilot"))).toHaveLength(1);
    expect(items.filter(isFrom("forum"))).toHaveLength(0);
  });

  it("gathers the next post of an author with an open case into it", async () => {
    await post("/api/v1/mentions", {
      mentions: [
        {
          source: "trustpilot",
          external_id: "r-3",
          text: "Still no answer from customer service, awful.",
          author: "Jan K",
        },
      ],
    });
    await settle(async () => {
      const c = (await get("/api/v1/cases?limit=100")).json().items.find(isFrom("trustpilot"));
      return (await get(`/api/v1/cases/${c.id}`)).json().messages.length === 2;
    });
    const items = (await get("/api/v1/cases?limit=100")).json().items;
    expect(items.filter(isFrom("trustpilot"))).toHaveLength(1);
  });

  it("raises the priority of a case whose post is spreading (reposts and near-copies)", async () => {
    const text =
      "Ordered three weeks ago, my parcel never arrived and support ignores every email. Avoid this shop!";
    await post("/api/v1/mentions", {
      mentions: [{ source: "x", external_id: "orig-1", text, author: "@first_voice" }],
    });
    const original = (await get("/api/v1/mentions?source=x")).json().items[0];
    const c = (await post("/api/v1/cases", { mention_id: original.id })).json();
    expect(c.spread).toBe(0);
    await post("/api/v1/mentions", {
      mentions: Array.from({ length: 10 }, (_, i) => ({
        source: "x",
        external_id: `copy-${i}`,
        text: `RT @first_voice: ${text} https://t.co/x${i}`,
        author: `@echo${i}`,
      })),
    });
    await settle(async () => (await get(`/api/v1/cases/${c.id}`)).json().spread >= 10);
    const after = (await get(`/api/v1/cases/${c.id}`)).json();
    expect(after.spread).toBe(10);
    expect(Number(after.priority.slice(1))).toBeLessThan(Number(c.priority.slice(1)));
    expect(after.timeline.some((e: { kind: string }) => e.kind === "spreading")).toBe(true);
  });

  it("queues one job for a whole batch of new mentions, and its cases still open", async () => {
    const jobsOf = async (queue: string) =>
      (await h.ctx.db.selectFrom("jobs").select("id").where("queue", "=", queue).execute()).length;
    const previous = (await get("/api/v1/cases/policy", "admin")).json();
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth("admin"),
      payload: { rules: [{ source: "bulk", complaint_only: false, negative_only: true }] },
    });
    expect(put.statusCode).toBe(200);
    const complaints = [
      "My parcel never arrived and nobody answers, terrible service",
      "Charged twice for one order, support ignores my emails, awful",
      "The kettle broke after two days and the refund is refused, useless shop",
      "Wrong size delivered, return label never came, worst shop ever",
      "Still waiting three weeks for my refund, this is a scam",
      "Damaged sofa delivered and customer service hung up on me, horrible",
    ];
    const before = { batch: await jobsOf("cases.mentions"), rule: await jobsOf("cases.mention") };
    const res = await post("/api/v1/mentions", {
      mentions: [
        ...complaints.map((text, i) => ({
          source: "bulk",
          external_id: `b-${i}`,
          text,
          author: `@bulk${i}`,
        })),
        { source: "bulk", external_id: "b-happy", text: "Lovely shop, fast delivery, thank you!" },
      ],
    });
    expect(res.json().accepted).toBe(complaints.length + 1);
    expect(await jobsOf("cases.mentions")).toBe(before.batch + 1);
    expect(await jobsOf("cases.mention")).toBe(before.rule);

    const negative = (await get("/api/v1/mentions?source=bulk&sentiment=negative&limit=100")).json().items;
    expect(negative.length).toBeGreaterThanOrEqual(4);
    await settle(
      async () =>
        (await get("/api/v1/cases?limit=100")).json().items.filter(isFrom("bulk")).length >= negative.length,
    );
    const opened = (await get("/api/v1/cases?limit=100")).json().items.filter(isFrom("bulk"));
    expect(opened).toHaveLength(negative.length);
    expect(opened.map((c: { mention_id: string }) => c.mention_id).sort()).toEqual(
      negative.map((m: { id: string }) => m.id).sort(),
    );
    await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth("admin"),
      payload: { rules: previous.rules },
    });
  });

  it("filters the list by status, priority and topic, with a cursor", async () => {
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

describe("statuses and escalation", () => {
  it("moves through statuses with a timeline of who and when; refuses a jump that makes no sense", async () => {
    const c = (
      await post("/api/v1/cases", { customer: { name: "Flow" }, text: "Late parcel, awful." })
    ).json();
    const to = (status: string) =>
      h.app.inject({
        method: "PATCH",
        url: `/api/v1/cases/${c.id}`,
        headers: h.auth("responder"),
        payload: { status },
      });
    // Nothing went out yet: the case cannot be called answered.
    const early = await to("answered");
    expect(early.statusCode).toBe(400);
    expect(early.json().error.field).toBe("status");
    const copied = await post(`/api/v1/cases/${c.id}/replies`, { text: "Sorry, on it." });
    await post(`/api/v1/cases/${c.id}/replies/${copied.json().message_id}/sent`, { waiting: true });
    expect((await to("answered")).json().status).toBe("answered");
    const resolved = (await to("resolved")).json();
    expect(resolved.resolved_at).toBeTruthy();
    const bad = await to("waiting");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("status");
    const closed = (await to("closed")).json();
    expect(closed.closed_at).toBeTruthy();
    const steps = closed.timeline.filter((e: { kind: string }) => e.kind === "status.changed");
    expect(steps.map((e: { data: { to: string } }) => e.data.to)).toEqual(["answered", "resolved", "closed"]);
    expect(steps.every((e: { who: string; at: string }) => e.who && !Number.isNaN(Date.parse(e.at)))).toBe(
      true,
    );
  });

  it("escalates a high-reach case to a senior person at once, by e-mail", async () => {
    await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth("admin"),
      payload: { senior_emails: ["boss@example.com"] },
    });
    const before = smtp.messages.length;
    const c = (
      await post("/api/v1/cases", {
        customer: { handle: "@influencer" },
        source: "instagram",
        text: "Terrible! My parcel never arrived and nobody answers.",
        followers: 250_000,
      })
    ).json();
    await settle(async () => !!(await get(`/api/v1/cases/${c.id}`)).json().escalated_at);
    const after = (await get(`/api/v1/cases/${c.id}`)).json();
    expect(after.escalated_to).toBe("boss@example.com");
    expect(after.timeline.some((e: { kind: string }) => e.kind === "escalated")).toBe(true);
    const mails = await smtp.waitFor(before + 1, 30_000);
    const mail = mails.find((m) => m.subject?.includes("needs a senior answer"));
    expect(mail?.to && JSON.stringify(mail.to)).toContain("boss@example.com");
  });

  it("escalates when the first-response clock runs out, not a case already answered", async () => {
    const c = (await post("/api/v1/cases", { customer: { name: "Slow" }, text: "late parcel" })).json();
    const answered = (
      await post("/api/v1/cases", { customer: { name: "Fast" }, text: "late parcel" })
    ).json();
    const copied = await post(`/api/v1/cases/${answered.id}/replies`, {
      text: "We are on it and will write by Friday.",
    });
    await post(`/api/v1/cases/${answered.id}/replies/${copied.json().message_id}/sent`, {});
    // Before the clock runs out, nothing happens.
    expect(await h.ctx.services.cases.escalate(h.workspaceId, c.id, "overdue")).toBe(false);
    // Let both clocks run out, and the queued checks come due.
    const past = new Date(Date.now() - 60_000).toISOString();
    await h.ctx.db
      .updateTable("cases")
      .set({ first_response_due_at: past })
      .where("id", "in", [c.id, answered.id])
      .execute();
    await h.ctx.db
      .updateTable("jobs")
      .set({ run_at: past })
      .where("queue", "=", "cases.escalate")
      .where("status", "=", "queued")
      .where("key", "like", "%:first:%")
      .execute();
    await settle(async () => !!(await get(`/api/v1/cases/${c.id}`)).json().escalated_at);
    const late = (await get(`/api/v1/cases/${c.id}`)).json();
    expect(late.overdue).toBe(true);
    expect(late.timeline.find((e: { kind: string }) => e.kind === "escalated").text).toMatch(
      /first response/,
    );
    expect((await get(`/api/v1/cases/${answered.id}`)).json().escalated_at).toBeNull();
    const overdue = (await get("/api/v1/cases?overdue=true&limit=100"))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(overdue).toContain(c.id);
    expect(overdue).not.toContain(answered.id);

    // The resolution clock escalates an answered case that is still open when it runs out.
    await h.ctx.db.updateTable("cases").set({ resolve_due_at: past }).where("id", "=", answered.id).execute();
    expect(await h.ctx.services.cases.escalate(h.workspaceId, answered.id, "overdue_resolution")).toBe(true);
    expect((await get(`/api/v1/cases/${answered.id}`)).json().escalated_at).toBeTruthy();
  });

  it("raising the priority shortens the clocks and a P1 escalates at once", async () => {
    const c = (await post("/api/v1/cases", { customer: { name: "Calm" }, text: "late parcel" })).json();
    expect(c.priority).toBe("P4");
    const p1 = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${c.id}`,
      headers: h.auth("responder"),
      payload: { priority: "P1" },
    });
    expect(p1.json().priority).toBe("P1");
    expect(Date.parse(p1.json().first_response_due_at)).toBeLessThan(Date.parse(c.first_response_due_at));
    await settle(async () => !!(await get(`/api/v1/cases/${c.id}`)).json().escalated_at);
  });

  it("tells the senior people by e-mail when a remedy waits for their approval", async () => {
    const c = (await post("/api/v1/cases", { customer: { name: "Big refund" }, text: "late parcel" })).json();
    const r = (await post(`/api/v1/cases/${c.id}/remedies`, { kind: "refund", amount: 99_900 })).json();
    expect(r.status).toBe("awaiting_approval");
    await settle(async () => smtp.messages.some((m) => m.subject?.startsWith("Approve a remedy")));
    const mail = smtp.messages.find((m) => m.subject?.startsWith("Approve a remedy"));
    expect(JSON.stringify(mail?.to)).toContain("boss@example.com");
    expect(mail?.text).toContain(`/cases/${c.id}`);
  });

  it("lets a responder escalate by hand, once", async () => {
    const c = (await post("/api/v1/cases", { customer: { name: "Manual" }, text: "late parcel" })).json();
    const res = await post(`/api/v1/cases/${c.id}/escalate`, { note: "Journalist asking" });
    expect(res.statusCode).toBe(200);
    expect(res.json().escalated_at).toBeTruthy();
    expect(res.json().timeline.at(-1).text).toMatch(/Journalist asking/);
    expect((await post(`/api/v1/cases/${c.id}/escalate`, {})).statusCode).toBe(409);
    expect((await post(`/api/v1/cases/${c.id}/escalate`, {}, "viewer")).statusCode).toBe(403);
  });
});

function isFrom(source: string) {
  return (c: { source: string }) => c.source === source;
}
