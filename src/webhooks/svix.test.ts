import { Webhook as StandardWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { type Receiver, startReceiver } from "../testing/receiver.js";

/** What a receiver using Svix's or Standard Webhooks' own library sees of a delivered webhook. */
let h: Harness;
let receiver: Receiver;
beforeAll(async () => {
  h = await createHarness();
  receiver = await startReceiver();
}, 60_000);
afterAll(async () => {
  await receiver.close();
  await h.close();
});

describe("outgoing webhooks in the receivers' own libraries", () => {
  it("Svix and Standard Webhooks verify a delivery as it arrived, and refuse it changed", async () => {
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: h.auth(),
      payload: { url: receiver.url("/svix"), events: ["monitor.down"] },
    });
    expect(created.statusCode).toBe(201);
    const { secret } = created.json();
    await h.ctx.services.webhooks.emit(h.workspaceId, "monitor.down", { monitor: "checkout", note: "ü <&>" });
    await h.ctx.jobs.drain();
    const got = receiver.received.find((r) => r.path === "/svix");
    if (!got) throw new Error("no delivery arrived");
    const headers = got.headers as Record<string, string>;
    const bySvix = new SvixWebhook(secret).verify(got.body, headers);
    expect(bySvix).toMatchObject({ type: "monitor.down", data: { monitor: "checkout", note: "ü <&>" } });
    expect(new StandardWebhook(secret).verify(got.body, headers)).toEqual(bySvix);
    expect(() => new SvixWebhook(secret).verify(got.body.replace("checkout", "payments"), headers)).toThrow();
    const other = `whsec_${Buffer.from("another secret, 32 bytes long...").toString("base64")}`;
    expect(() => new SvixWebhook(other).verify(got.body, headers)).toThrow();
  });
});
