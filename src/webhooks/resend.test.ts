import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { type Received, type Receiver, startReceiver } from "../testing/receiver.js";
import { verifyWebhook } from "./signing.js";

let h: Harness;
let receiver: Receiver;

beforeAll(async () => {
  h = await createHarness();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await h.close();
});

const deliveriesOf = async (endpointId: string) =>
  (
    await h.app.inject({
      method: "GET",
      url: `/api/v1/webhooks/${endpointId}/deliveries`,
      headers: h.auth(),
    })
  ).json().items as { id: string; ok: boolean; message_id: string; resendable: boolean }[];

describe("resending a delivery from the log", () => {
  it("sends the same body with the same webhook-id again, freshly signed, and logs it", async () => {
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: h.auth(),
      payload: { url: receiver.url("/resend"), events: ["crisis.opened"] },
    });
    const { id, secret } = created.json();
    await h.ctx.services.webhooks.emit(h.workspaceId, "crisis.opened", { title: "Płatności nie działają" });
    await h.ctx.jobs.drain();
    const [first] = await deliveriesOf(id);
    expect(first?.resendable).toBe(true);
    receiver.received.length = 0;

    const viewer = await h.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/deliveries/${first?.id}/resend`,
      headers: h.auth("responder"),
    });
    expect(viewer.statusCode).toBe(403);
    const res = await h.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/deliveries/${first?.id}/resend`,
      headers: h.auth(),
    });
    expect(res.statusCode).toBe(202);
    expect(res.json().message_id).toBe(first?.message_id);
    await h.ctx.jobs.drain();

    expect(receiver.received).toHaveLength(1);
    const again = receiver.received[0] as Received;
    expect(again.headers["webhook-id"]).toBe(first?.message_id);
    expect(() => verifyWebhook(secret, again.headers, again.body)).not.toThrow();
    expect(JSON.parse(again.body).data.title).toBe("Płatności nie działają");
    expect(await deliveriesOf(id)).toHaveLength(2);
  });

  it("answers 404 for another workspace's or an unknown delivery, 409 once the endpoint is gone", async () => {
    const unknown = await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks/deliveries/00000000-0000-7000-8000-000000000000/resend",
      headers: h.auth(),
    });
    expect(unknown.statusCode).toBe(404);

    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: h.auth(),
      payload: { url: receiver.url("/gone"), events: ["monitor.down"] },
    });
    const { id } = created.json();
    await h.app.inject({ method: "POST", url: `/api/v1/webhooks/${id}/test`, headers: h.auth() });
    await h.ctx.jobs.drain();
    const [logged] = await deliveriesOf(id);
    await h.app.inject({ method: "DELETE", url: `/api/v1/webhooks/${id}`, headers: h.auth() });
    const gone = await h.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/deliveries/${logged?.id}/resend`,
      headers: h.auth(),
    });
    expect(gone.statusCode).toBe(409);
    expect(gone.json().error.field).toBe("id");
  });
});
