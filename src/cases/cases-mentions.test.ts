import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { waitFor } from "../testing/wait.js";

const { h } = setupMailHarness();

const post = (url: string, payload: unknown, role: "admin" | "responder" | "viewer" = "responder") =>
  h.app.inject({ method: "POST", url, headers: h.auth(role), payload: payload as object });
const get = (url: string, role: "admin" | "responder" | "viewer" = "viewer") =>
  h.app.inject({ method: "GET", url, headers: h.auth(role) });

/** The rule runs in a job queued from the bus; wait until it has run. */
const settle = (check: () => Promise<boolean>) => waitFor(check, { each: () => h.ctx.jobs.drain() });

describe("cases from mentions", () => {
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
});

function isFrom(source: string) {
  return (c: { source: string }) => c.source === source;
}
