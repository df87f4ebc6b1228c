import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../testing/harness.js";
import { seasonalTimes } from "../detectors/synthetic.js";
import { toMinorUnits } from "./money.js";
import { hmacBase64 } from "./signature.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const SHOPIFY_SECRET = "shpss_0123456789abcdef";
const WOO_SECRET = "woo secret for tests";

// Trimmed from Shopify's documented orders/create example payload.
const shopifyOrder = {
  id: 820982911946154500,
  admin_graphql_api_id: "gid://shopify/Order/820982911946154508",
  email: "Jon@Example.com",
  created_at: "2024-05-10T11:00:00-05:00",
  updated_at: "2024-05-10T11:00:00-05:00",
  currency: "USD",
  current_total_price: "398.00",
  financial_status: "paid",
  name: "#9999",
  order_number: 1234,
  processed_at: "2024-05-10T11:00:01-05:00",
  subtotal_price: "388.00",
  total_price: "398.00",
  customer: { id: 115310627314723950, email: "john@example.com", first_name: "John" },
  line_items: [{ id: 866550311766439000, price: "199.00", quantity: 2, title: "IPod Nano - 8GB" }],
};

// Trimmed from WooCommerce's REST API order object (v3).
const wooOrder = (status: string) => ({
  id: 727,
  parent_id: 0,
  status,
  currency: "EUR",
  date_created: "2024-05-10T18:28:02",
  date_created_gmt: "2024-05-10T16:28:02",
  date_modified_gmt: "2024-05-10T16:40:00",
  date_paid_gmt: status === "processing" || status === "completed" ? "2024-05-10T16:30:00" : null,
  date_completed_gmt: status === "completed" ? "2024-05-11T09:00:00" : null,
  discount_total: "0.00",
  shipping_total: "10.00",
  total: "29.35",
  customer_id: 0,
  billing: { first_name: "John", last_name: "Doe", email: "john.doe@example.com" },
  payment_method: "bacs",
});

async function shopify(topic: string, payload: unknown, secret = SHOPIFY_SECRET) {
  const body = JSON.stringify(payload);
  return h.app.inject({
    method: "POST",
    url: "/api/v1/inbound/shopify/test-shop",
    headers: {
      "content-type": "application/json",
      "x-shopify-topic": topic,
      "x-shopify-hmac-sha256": hmacBase64(secret, body),
      "x-shopify-shop-domain": "test-shop.myshopify.com",
      "x-shopify-webhook-id": "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
    },
    payload: body,
  });
}

async function woo(topic: string, payload: unknown, secret = WOO_SECRET) {
  const body = JSON.stringify(payload);
  return h.app.inject({
    method: "POST",
    url: "/api/v1/inbound/woocommerce/test-shop",
    headers: {
      "content-type": "application/json",
      "x-wc-webhook-topic": topic,
      "x-wc-webhook-signature": hmacBase64(secret, body),
      "x-wc-webhook-source": "https://shop.example/",
    },
    payload: body,
  });
}

describe("shop signals", () => {
  it("money strings become exact minor units", () => {
    expect(toMinorUnits("398.00", "USD")).toBe(39800);
    expect(toMinorUnits("0.1", "EUR")).toBe(10);
    expect(toMinorUnits("1500", "JPY")).toBe(1500);
    expect(toMinorUnits("1.2345", "KWD")).toBe(1235);
    expect(toMinorUnits("abc", "EUR")).toBeNull();
  });

  it("takes events over the API once per event id", async () => {
    const event = {
      id: "ord-1",
      type: "order_placed",
      at: "2024-05-10T10:00:00Z",
      amount: 4999,
      currency: "EUR",
      order_id: "1001",
      customer_email: "Ann@Shop.test",
    };
    const first = await h.app.inject({
      method: "POST",
      url: "/api/v1/shop-events",
      headers: h.auth("responder"),
      payload: event,
    });
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ accepted: 1, duplicates: 0 });
    const again = await h.app.inject({
      method: "POST",
      url: "/api/v1/shop-events",
      headers: h.auth("responder"),
      payload: {
        events: [
          event,
          {
            id: "pay-1",
            type: "payment_succeeded",
            at: "2024-05-10T10:01:00Z",
            amount: 4999,
            currency: "EUR",
            order_id: "1001",
            customer_email: "ann@shop.test",
          },
        ],
      },
    });
    expect(again.json()).toEqual({ accepted: 1, duplicates: 1 });
    const viewer = await h.app.inject({
      method: "POST",
      url: "/api/v1/shop-events",
      headers: h.auth("viewer"),
      payload: event,
    });
    expect(viewer.statusCode).toBe(403);
    const bad = await h.app.inject({
      method: "POST",
      url: "/api/v1/shop-events",
      headers: h.auth(),
      payload: { id: "x", type: "order_shipped" },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("verifies Shopify webhooks and maps their topics", async () => {
    const set = await h.app.inject({
      method: "PUT",
      url: "/api/v1/shop-integrations/shopify",
      headers: h.auth(),
      payload: { secret: SHOPIFY_SECRET },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().inbound_url).toMatch(/\/api\/v1\/inbound\/shopify\/test-shop$/);

    const forged = await shopify("orders/create", shopifyOrder, "not the secret");
    expect(forged.statusCode).toBe(401);
    const created = await shopify("orders/create", shopifyOrder);
    expect(created.statusCode).toBe(200);
    // Paid at checkout: the order and its payment.
    expect(created.json()).toEqual({ accepted: 2, duplicates: 0 });
    expect((await shopify("orders/create", shopifyOrder)).json()).toEqual({ accepted: 0, duplicates: 2 });

    const failed = await shopify("order_transactions/create", {
      id: 389404469,
      order_id: shopifyOrder.id,
      kind: "sale",
      gateway: "bogus",
      status: "failure",
      message: "Card declined",
      created_at: "2024-05-10T11:05:00-05:00",
      amount: "398.00",
      currency: "USD",
    });
    expect(failed.json().accepted).toBe(1);
    const refund = await shopify("refunds/create", {
      id: 929361465,
      order_id: shopifyOrder.id,
      created_at: "2024-05-12T09:00:00-05:00",
      transactions: [{ id: 1, kind: "refund", status: "success", amount: "41.94", currency: "USD" }],
    });
    expect(refund.json().accepted).toBe(1);

    const list = await h.app.inject({
      method: "GET",
      url: `/api/v1/shop-events?order_id=${shopifyOrder.id}`,
      headers: h.auth("viewer"),
    });
    const items = list.json().items as {
      type: string;
      amount: number;
      occurred_at: string;
      customer_email: string | null;
      platform: string;
    }[];
    expect(items.map((i) => i.type).sort()).toEqual([
      "order_placed",
      "payment_failed",
      "payment_succeeded",
      "refund",
    ]);
    const placed = items.find((i) => i.type === "order_placed");
    expect(placed).toMatchObject({
      amount: 39800,
      customer_email: "jon@example.com",
      platform: "shopify",
      occurred_at: "2024-05-10T16:00:00.000Z",
    });
    expect(items.find((i) => i.type === "refund")?.amount).toBe(4194);
  });

  it("verifies WooCommerce webhooks and reads the order's status", async () => {
    await h.app.inject({
      method: "PUT",
      url: "/api/v1/shop-integrations/woocommerce",
      headers: h.auth(),
      payload: { secret: WOO_SECRET },
    });
    const ping = await h.app.inject({
      method: "POST",
      url: "/api/v1/inbound/woocommerce/test-shop",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "webhook_id=15",
    });
    expect(ping.statusCode).toBe(200);
    expect((await woo("order.created", wooOrder("pending"), "wrong")).statusCode).toBe(401);
    expect((await woo("order.created", wooOrder("pending"))).json()).toEqual({ accepted: 1, duplicates: 0 });
    expect((await woo("order.updated", wooOrder("failed"))).json().accepted).toBe(1);
    expect((await woo("order.updated", wooOrder("processing"))).json().accepted).toBe(1);
    // Completed: paid already, and now shipped.
    expect((await woo("order.updated", wooOrder("completed"))).json()).toEqual({
      accepted: 1,
      duplicates: 1,
    });
    expect((await woo("order.updated", wooOrder("refunded"))).json().accepted).toBe(1);

    const events = await h.ctx.services.detection.listShopEvents(h.workspaceId, { orderId: "727" });
    expect(events.items.map((e) => e.type).sort()).toEqual([
      "order_fulfilled",
      "order_placed",
      "payment_failed",
      "payment_succeeded",
      "refund",
    ]);
    const placed = events.items.find((e) => e.type === "order_placed");
    expect(placed).toMatchObject({
      amount: 2935,
      currency: "EUR",
      occurred_at: "2024-05-10T16:28:02.000Z",
      customer_email: "john.doe@example.com",
    });
  });

  it("pages newest first and aggregates per customer", async () => {
    const page1 = await h.app.inject({
      method: "GET",
      url: "/api/v1/shop-events?limit=3",
      headers: h.auth("viewer"),
    });
    const body1 = page1.json();
    expect(body1.items).toHaveLength(3);
    expect(body1.next_cursor).toBeTruthy();
    const page2 = await h.app.inject({
      method: "GET",
      url: `/api/v1/shop-events?limit=3&cursor=${body1.next_cursor}`,
      headers: h.auth("viewer"),
    });
    const all = [...body1.items, ...page2.json().items] as { id: string; occurred_at: string }[];
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    const times = all.map((i) => i.occurred_at);
    expect([...times].sort().reverse()).toEqual(times);

    const customers = await h.app.inject({
      method: "GET",
      url: "/api/v1/shop-customers?email=ann@shop.test",
      headers: h.auth("viewer"),
    });
    expect(customers.json().items).toEqual([
      expect.objectContaining({
        email: "ann@shop.test",
        orders: 1,
        payments: 1,
        paid_amount: 4999,
        refunds: 0,
      }),
    ]);
    const recent = await h.ctx.services.detection.listShopEvents(h.workspaceId, {
      type: "order_placed",
      since: "2024-05-10T00:00:00Z",
      until: "2024-05-11T00:00:00Z",
    });
    expect(recent.items).toHaveLength(3);
  });

  it("raises a payment-failure alert from the shop's own events", async () => {
    const start = Date.parse("2024-06-03T00:00:00Z");
    const day = 86_400_000;
    const ok = seasonalTimes({ start, days: 3, perDay: 600, seed: 3 });
    const fails = seasonalTimes({ start, days: 3, perDay: 12, seed: 4 });
    const spikeAt = start + 2 * day + 15 * 3_600_000;
    const spike = Array.from({ length: 25 }, (_, i) => spikeAt + i * 20_000);
    const events = [
      ...ok.map((t, i) => ({ id: `ok-${i}`, type: "payment_succeeded", at: new Date(t).toISOString() })),
      ...[...fails.filter((t) => t < spikeAt), ...spike].map((t, i) => ({
        id: `fail-${i}`,
        type: "payment_failed",
        at: new Date(t).toISOString(),
      })),
    ].sort((a, b) => (a.at < b.at ? -1 : 1));
    for (let i = 0; i < events.length; i += 1000) {
      const res = await h.app.inject({
        method: "POST",
        url: "/api/v1/shop-events",
        headers: h.auth(),
        payload: { events: events.slice(i, i + 1000) },
      });
      expect(res.statusCode).toBe(202);
    }
    await h.ctx.services.detection.process(h.workspaceId, { catchUp: true, advanceTo: spikeAt + 3_600_000 });
    const alerts = await h.app.inject({
      method: "GET",
      url: "/api/v1/alerts?kind=payment_failure_spike",
      headers: h.auth("viewer"),
    });
    const items = alerts.json().items;
    expect(items).toHaveLength(1);
    expect(Date.parse(items[0].opened_at)).toBeGreaterThanOrEqual(spikeAt);
    expect(Date.parse(items[0].opened_at) - spikeAt).toBeLessThan(15 * 60_000);
    expect(items[0].title).toBe("Spike in failed payments");
    expect(items[0].points.length).toBeGreaterThan(0);
  }, 60_000);
});
