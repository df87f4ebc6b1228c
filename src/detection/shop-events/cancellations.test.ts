import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../testing/harness.js";
import { DetectionEngine } from "../detectors/engine.js";
import { burstTimes, mergeByTime, seasonalTimes, shopEvents } from "../detectors/synthetic.js";
import type { Alert, ShopEvent } from "../detectors/types.js";
import { parseJsonKeepingBigInts } from "./json.js";
import { hmacBase64 } from "./signature.js";

const SECRET = "shpss_cancel_tests";
const WOO_SECRET = "woo cancel secret";
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  for (const [platform, secret] of [
    ["shopify", SECRET],
    ["woocommerce", WOO_SECRET],
  ] as const) {
    const set = await h.app.inject({
      method: "PUT",
      url: `/api/v1/shop-integrations/${platform}`,
      headers: h.auth(),
      payload: { secret },
    });
    expect(set.statusCode).toBe(200);
  }
}, 60_000);
afterAll(async () => h.close());

// The exact bytes Shopify sends: ids beyond 2^53 as JSON numbers (from its orders/cancelled example).
const cancelledBody = `{"id":820982911946154508,"email":"jon@example.com","cancelled_at":"2024-05-10T12:00:00-05:00","cancel_reason":"customer","currency":"USD","total_price":"398.00","updated_at":"2024-05-10T12:00:01-05:00","customer":{"id":115310627314723954},"note":"call back on 820982911946154508, please"}`;

const events = async (type: string) =>
  (
    await h.app.inject({ method: "GET", url: `/api/v1/shop-events?type=${type}`, headers: h.auth("viewer") })
  ).json().items as { event_id: string; order_id: string; occurred_at: string; platform: string }[];

describe("cancellations", () => {
  it("reads 64-bit ids without rounding and leaves strings alone", () => {
    const parsed = parseJsonKeepingBigInts(
      `{"id":820982911946154508,"n":-9007199254740993,"small":42,"f":1.5e3,"arr":[9007199254740993, 7],"s":"x 820982911946154508, \\"q\\""}`,
    );
    expect(parsed).toEqual({
      id: "820982911946154508",
      n: "-9007199254740993",
      small: 42,
      f: 1500,
      arr: ["9007199254740993", 7],
      s: 'x 820982911946154508, "q"',
    });
  });

  it("Shopify orders/cancelled becomes an order_cancelled event with the exact order id", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/inbound/shopify/test-shop",
      headers: {
        "content-type": "application/json",
        "x-shopify-topic": "orders/cancelled",
        "x-shopify-hmac-sha256": hmacBase64(SECRET, cancelledBody),
      },
      payload: cancelledBody,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0 });
    const [e] = await events("order_cancelled");
    expect(e).toMatchObject({
      event_id: "shopify:order_cancelled:820982911946154508",
      order_id: "820982911946154508",
      platform: "shopify",
      occurred_at: "2024-05-10T17:00:00.000Z",
    });
  });

  it("WooCommerce's cancelled status becomes one order_cancelled event", async () => {
    const body = JSON.stringify({
      id: 728,
      status: "cancelled",
      currency: "EUR",
      total: "29.35",
      date_created_gmt: "2024-05-10T16:28:02",
      date_modified_gmt: "2024-05-10T17:05:00",
      billing: { email: "john.doe@example.com" },
    });
    const send = () =>
      h.app.inject({
        method: "POST",
        url: "/api/v1/inbound/woocommerce/test-shop",
        headers: {
          "content-type": "application/json",
          "x-wc-webhook-topic": "order.updated",
          "x-wc-webhook-signature": hmacBase64(WOO_SECRET, body),
        },
        payload: body,
      });
    expect((await send()).json()).toEqual({ accepted: 1, duplicates: 0 });
    expect((await send()).json()).toEqual({ accepted: 0, duplicates: 1 });
    const woo = (await events("order_cancelled")).find((x) => x.platform === "woocommerce");
    expect(woo).toMatchObject({ order_id: "728", occurred_at: "2024-05-10T17:05:00.000Z" });
  });
});

describe("cancellation spike detector", () => {
  const DAY = 86_400_000;
  const START = Date.parse("2024-03-04T00:00:00Z");
  const at = START + 8 * DAY + 14 * 3_600_000;
  const run = (list: ShopEvent[], config = {}): Alert[] => {
    const engine = new DetectionEngine(config);
    const out: Alert[] = [];
    for (const e of list) out.push(...engine.push(e));
    out.push(...engine.advance(START + 12 * DAY));
    return out;
  };
  const base = (seed: number) =>
    mergeByTime(
      shopEvents("order_placed", seasonalTimes({ start: START, days: 12, perDay: 1500, seed })),
      shopEvents("order_cancelled", seasonalTimes({ start: START, days: 12, perDay: 30, seed: seed + 50 })),
    );

  it("is silent while cancellations stay at their usual share of orders", () => {
    expect(run(base(11)).filter((a) => a.phase === "open")).toEqual([]);
  });

  it("opens on a wave of cancellations, and can be switched off", () => {
    const wave = mergeByTime(base(12), shopEvents("order_cancelled", burstTimes(at, 60, 80, 7)));
    const open = run(wave).filter((a) => a.phase === "open");
    expect(open.map((a) => a.kind)).toEqual(["cancellation_spike"]);
    expect(Date.parse(open[0]?.at ?? "") - at).toBeLessThanOrEqual(30 * 60_000);
    expect(run(wave, { cancellation: { enabled: false } }).filter((a) => a.phase === "open")).toEqual([]);
  });
});
