import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { type Received, type Receiver, startReceiver } from "../testing/receiver.js";
import { signWebhook, verifyWebhook } from "./signing.js";

let h: Harness;
let receiver: Receiver;
let url: string;

beforeAll(async () => {
  h = await createHarness();
  receiver = await startReceiver();
  url = receiver.url("/hook");
});
afterAll(async () => {
  await receiver.close();
  await h.close();
});

describe("outgoing webhooks", () => {
  it("registers an endpoint per the contract and shows the secret once", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: h.auth(),
      payload: { url, events: ["crisis.opened", "alert.opened"] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().secret).toMatch(/^whsec_/);
    const list = await h.app.inject({ method: "GET", url: "/api/v1/webhooks", headers: h.auth() });
    expect(JSON.stringify(list.json())).not.toContain(res.json().secret);

    const bad = await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: h.auth(),
      payload: { url, events: ["crisis.exploded"] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/^events/);
  });

  it("signs per Standard Webhooks, retries with the same id, and logs every attempt", async () => {
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: h.auth(),
      payload: { url, events: ["monitor.down"] },
    });
    const { id, secret } = created.json();
    receiver.received.length = 0;
    receiver.script.push(500, 503);
    const n = await h.ctx.services.webhooks.emit(h.workspaceId, "monitor.down", { monitor: "checkout" });
    expect(n).toBe(1);
    // Make every retry due at once instead of waiting for the backoff.
    for (let i = 0; i < 3; i++) {
      await h.ctx.jobs.drain();
      await h.ctx.db
        .updateTable("jobs")
        .set({ run_at: new Date(0).toISOString() })
        .where("status", "=", "queued")
        .execute();
    }
    expect(receiver.received).toHaveLength(3);
    const ids = new Set(receiver.received.map((r) => r.headers["webhook-id"]));
    expect(ids.size).toBe(1);
    const last = receiver.received[2] as Received;
    expect(() => verifyWebhook(secret, last.headers, last.body)).not.toThrow();
    expect(JSON.parse(last.body)).toMatchObject({ type: "monitor.down", data: { monitor: "checkout" } });
    expect(JSON.parse(last.body).timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);

    const log = await h.app.inject({
      method: "GET",
      url: `/api/v1/webhooks/${id}/deliveries`,
      headers: h.auth(),
    });
    const attempts = log.json().items;
    expect(attempts.map((a: { status_code: number }) => a.status_code).sort()).toEqual([200, 500, 503]);
    expect(attempts.filter((a: { ok: boolean }) => a.ok)).toHaveLength(1);
  });

  it("sends only to endpoints subscribed to the event", async () => {
    receiver.received.length = 0;
    const n = await h.ctx.services.webhooks.emit(h.workspaceId, "case.opened", { id: "c1" });
    await h.ctx.jobs.drain();
    expect(n).toBe(0);
    expect(receiver.received).toHaveLength(0);
  });
});

describe("inbound signature check", () => {
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const body = JSON.stringify({ hello: "world" });

  it("accepts a fresh, correct signature over the exact bytes", () => {
    const headers = signWebhook(secret, "msg_1", body);
    expect(() => verifyWebhook(secret, { ...headers }, body)).not.toThrow();
  });

  it("refuses a changed body, a wrong secret, a replay from long ago, and missing headers", () => {
    const headers = signWebhook(secret, "msg_1", body);
    expect(() => verifyWebhook(secret, { ...headers }, `${body} `)).toThrow(/signature/);
    expect(() => verifyWebhook("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", { ...headers }, body)).toThrow();
    const old = signWebhook(secret, "msg_1", body, new Date(Date.now() - 3600_000));
    expect(() => verifyWebhook(secret, { ...old }, body)).toThrow();
    expect(() => verifyWebhook(secret, {}, body)).toThrow(/missing/);
  });
});
