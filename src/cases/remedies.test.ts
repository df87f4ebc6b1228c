import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { type Receiver, startReceiver } from "../testing/receiver.js";
import { waitFor } from "../testing/wait.js";
import { newWebhookSecret, verifyWebhook } from "../webhooks/signing.js";

let h: Harness;
let receiver: Receiver;
let url: string;
const shopSecret = newWebhookSecret();

beforeAll(async () => {
  h = await createHarness();
  receiver = await startReceiver();
  url = receiver.url("/shop");
}, 60_000);
afterAll(async () => {
  await receiver.close();
  await h.close();
});

type Role = "admin" | "responder" | "viewer";
const post = (path: string, payload: unknown, role: Role = "responder") =>
  h.app.inject({ method: "POST", url: path, headers: h.auth(role), payload: payload as object });
const get = (path: string, role: Role = "viewer") =>
  h.app.inject({ method: "GET", url: path, headers: h.auth(role) });
const newCase = async (text: string, name = "Customer") =>
  (await post("/api/v1/cases", { customer: { name }, text })).json();

const waitForDelivery = (type: string) =>
  waitFor(() => receiver.received.find((r) => JSON.parse(r.body).type === type), {
    each: () => h.ctx.jobs.drain(),
    what: `a ${type} delivery`,
  });

describe("remedies", () => {
  it("gives a remedy within the policy's limit at once, with its cost", async () => {
    const c = await newCase("Nobody answers my emails, your customer service is useless.");
    const apology = await post(`/api/v1/cases/${c.id}/remedies`, { kind: "apology" });
    expect(apology.statusCode).toBe(201);
    expect(apology.json()).toMatchObject({ kind: "apology", status: "given", cost: 0 });
    const refund = await post(`/api/v1/cases/${c.id}/remedies`, { kind: "refund", amount: 1500 });
    expect(refund.json()).toMatchObject({ kind: "refund", status: "given", cost: 1500, currency: "EUR" });
    const full = (await get(`/api/v1/cases/${c.id}`)).json();
    expect(full.remedies).toHaveLength(2);
    expect(full.remedy_cost).toBe(1500);
    expect(full.timeline.filter((e: { kind: string }) => e.kind === "remedy.given")).toHaveLength(2);
  });

  it("refuses a bad remedy with the field named", async () => {
    const c = await newCase("late parcel");
    const kind = await post(`/api/v1/cases/${c.id}/remedies`, { kind: "free_car" });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.field).toBe("kind");
    const cur = await post(`/api/v1/cases/${c.id}/remedies`, {
      kind: "refund",
      amount: 100,
      currency: "PLN",
    });
    expect(cur.statusCode).toBe(400);
    expect(cur.json().error.field).toBe("currency");
    const neg = await post(`/api/v1/cases/${c.id}/remedies`, { kind: "refund", amount: -1 });
    expect(neg.json().error.field).toBe("amount");
    expect((await post("/api/v1/cases/none/remedies", { kind: "apology" })).statusCode).toBe(404);
    expect((await post(`/api/v1/cases/${c.id}/remedies`, { kind: "apology" }, "viewer")).statusCode).toBe(
      403,
    );
  });

  it("makes a discount a unique single-use code in the shop's format, pushed to the shop signed", async () => {
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth("admin"),
      payload: { code_pattern: "FB-{XXXX}{9999}", shop_webhook: { url, secret: shopSecret } },
    });
    expect(put.statusCode).toBe(200);
    // The secret is write-only: readers of the policy never see it.
    const policy = (await get("/api/v1/cases/policy")).json();
    expect(JSON.stringify(policy)).not.toContain(shopSecret);
    expect(policy.shop_webhook.url).toBe(url);

    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const c = await newCase("Nobody answers my emails.", `Buyer ${i}`);
      const r = (await post(`/api/v1/cases/${c.id}/remedies`, { kind: "discount" })).json();
      expect(r.status).toBe("given");
      expect(r.code).toMatch(/^FB-[A-Z]{4}\d{4}$/);
      expect(r.amount).toBe(1000);
      codes.add(r.code);
    }
    expect(codes.size).toBe(5);

    const hit = await waitForDelivery("discount_code.created");
    expect(() => verifyWebhook(shopSecret, hit.headers, hit.body)).not.toThrow();
    const body = JSON.parse(hit.body);
    expect(codes.has(body.data.code)).toBe(true);
    expect(body.data.single_use).toBe(true);

    const csv = await get("/api/v1/discount-codes.csv", "responder");
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    for (const code of codes) expect(rows.find((r) => r["code"] === code)?.["amount"]).toBe("10.00");

    const [first] = [...codes];
    const once = await post(`/api/v1/discount-codes/${first}/redeem`, {});
    expect(once.statusCode).toBe(200);
    const twice = await post(`/api/v1/discount-codes/${first}/redeem`, {});
    expect(twice.statusCode).toBe(409);
    expect((await post("/api/v1/discount-codes/NOPE-0000/redeem", {})).statusCode).toBe(404);
  });

  it("holds a remedy above the limit for the approver, who gives or rejects it once", async () => {
    const c = await newCase("Nobody answers my emails.", "Big ask");
    const big = (await post(`/api/v1/cases/${c.id}/remedies`, { kind: "discount", amount: 5000 })).json();
    expect(big).toMatchObject({ status: "awaiting_approval", cost: 5000 });
    expect(big.code).toBeUndefined();
    const byResponder = await post(`/api/v1/cases/${c.id}/remedies/${big.id}/approve`, {});
    expect(byResponder.statusCode).toBe(403);
    const ok = await post(`/api/v1/cases/${c.id}/remedies/${big.id}/approve`, {}, "admin");
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe("given");
    expect(ok.json().code).toMatch(/^FB-/);
    expect((await post(`/api/v1/cases/${c.id}/remedies/${big.id}/reject`, {}, "admin")).statusCode).toBe(409);

    const other = (await post(`/api/v1/cases/${c.id}/remedies`, { kind: "refund", amount: 999_999 })).json();
    const no = await post(`/api/v1/cases/${c.id}/remedies/${other.id}/reject`, {}, "admin");
    expect(no.json().status).toBe("rejected");
    const full = (await get(`/api/v1/cases/${c.id}`)).json();
    // Only what was given costs money.
    expect(full.remedy_cost).toBe(5000);
    const kinds = full.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["remedy.requested", "remedy.given", "remedy.rejected"]));
  });

  it("sums remedy cost per month by kind and currency", async () => {
    const res = await get("/api/v1/remedies/summary");
    expect(res.statusCode).toBe(200);
    const month = new Date().toISOString().slice(0, 7);
    const discounts = res
      .json()
      .items.find((i: { month: string; kind: string }) => i.month === month && i.kind === "discount");
    // Five given at 10.00 and one approved at 50.00.
    expect(discounts).toMatchObject({ count: 6, cost: 10_000, currency: "EUR" });
    const refunds = res
      .json()
      .items.find((i: { month: string; kind: string }) => i.month === month && i.kind === "refund");
    expect(refunds.cost).toBe(1500);
  });
});

describe("cases and their crisis", () => {
  it("gathers the open cases that share a cause when their crisis opens after them", async () => {
    const early = await newCase("The site is down, I cannot log in or order anything!", "Early bird");
    expect(early.crisis_id).toBeNull();
    const crisis = (
      await post("/api/v1/crises", { title: "Shop down", type: "site_outage", severity: "SEV1" })
    ).json();
    await waitFor(async () => (await get(`/api/v1/cases/${early.id}`)).json().crisis_id, {
      each: () => h.ctx.jobs.drain(),
    });
    expect((await get(`/api/v1/cases/${early.id}`)).json().crisis_id).toBe(crisis.id);
    const room = (await get(`/api/v1/crises/${crisis.id}`)).json();
    expect(room.impact.customers_affected).toBe(1);
    // Closed again so the next test sees one open crisis per cause.
    for (const status of ["acknowledged", "mitigating", "monitoring", "resolved", "closed"]) {
      const r = await h.app.inject({
        method: "PATCH",
        url: `/api/v1/crises/${crisis.id}`,
        headers: h.auth("responder"),
        payload: { status },
      });
      expect(r.statusCode).toBe(200);
    }
  });

  it("links a case sharing an open crisis's cause; the crisis shows count, remedies and cost", async () => {
    const crisis = (
      await post("/api/v1/crises", { title: "Payments failing", type: "payment_failure", severity: "SEV2" })
    ).json();
    expect(crisis.id).toBeTruthy();
    const c = await newCase("I was charged twice and the payment failed at checkout.", "Payer");
    expect(c.crisis_id).toBe(crisis.id);
    await post(`/api/v1/cases/${c.id}/remedies`, { kind: "refund", amount: 2500 });
    const manual = await newCase("Nobody answers my emails.", "Linked by hand");
    expect(manual.crisis_id).toBeNull();
    const linked = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${manual.id}`,
      headers: h.auth("responder"),
      payload: { crisis_id: crisis.id },
    });
    expect(linked.json().crisis_id).toBe(crisis.id);
    await post(`/api/v1/cases/${manual.id}/remedies`, { kind: "apology" });

    const room = (await get(`/api/v1/crises/${crisis.id}`)).json();
    expect(room.impact).toMatchObject({ customers_affected: 2, remedies_given: 2, remedies_cost: 2500 });
    const summary = (await get(`/api/v1/cases/summary?crisis_id=${crisis.id}`)).json();
    expect(summary).toMatchObject({
      cases: 2,
      open: 2,
      remedies_given: 2,
      cost: [{ currency: "EUR", amount: 2500 }],
    });
    expect((await get("/api/v1/cases/summary")).json().error.field).toBe("crisis_id");
    const list = (await get(`/api/v1/cases?crisis_id=${crisis.id}`)).json().items;
    expect(list.map((x: { id: string }) => x.id).sort()).toEqual([c.id, manual.id].sort());

    const unlinked = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${c.id}`,
      headers: h.auth("responder"),
      payload: { crisis_id: null },
    });
    expect(unlinked.json().crisis_id).toBeNull();
    const after = (await get(`/api/v1/crises/${crisis.id}`)).json();
    expect(after.impact).toMatchObject({ customers_affected: 1, remedies_given: 1, remedies_cost: 0 });
  });
});
