import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raise, spike } from "../alerts/testing.js";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const paymentAlert = async () => {
  const a = spike({ kind: "payment_failure_spike", series: "payment_failures", topic: "payment" });
  await raise(h, [a]);
  const list = await h.ctx.services.alerts.list(h.ctx.services.alerts.systemActor(h.workspaceId), {
    limit: 1000,
  });
  const alert = list.items.find((x) => x.episode_id === a.episodeId);
  if (!alert) throw new Error("alert not raised");
  return alert;
};
const toCrisis = (alertId: string, payload: Record<string, unknown> = {}) =>
  h.app.inject({
    method: "POST",
    url: `/api/v1/alerts/${alertId}/crisis`,
    headers: h.auth("responder"),
    payload,
  });
const suggestions = async (alertId: string) =>
  (
    await h.app.inject({
      method: "GET",
      url: `/api/v1/alerts/${alertId}/crisis-suggestions`,
      headers: h.auth("viewer"),
    })
  ).json();

describe("from an alert to a crisis", () => {
  let crisisId = "";

  it("opens a new crisis (201) when none is open, suggesting its type", async () => {
    const a = await paymentAlert();
    expect(await suggestions(a.id)).toMatchObject({ suggested_type: "payment_failure", items: [] });
    const res = await toCrisis(a.id);
    expect(res.statusCode).toBe(201);
    // The body is the crisis record (CONTRACT.md: "201 with the crisis"), the alert beside its fields.
    const { alert, ...crisis } = res.json();
    expect(crisis).toMatchObject({
      type: "payment_failure",
      status: "detected",
      timeline: expect.any(Array),
    });
    expect(alert).toMatchObject({ crisis_id: crisis.id, status: "acknowledged" });
    crisisId = crisis.id;
  });

  it("suggests the open crisis of the same type and links a second alert to it (200), once", async () => {
    const b = await paymentAlert();
    const s = await suggestions(b.id);
    expect(s.items).toEqual([expect.objectContaining({ id: crisisId, match: "type" })]);
    const res = await toCrisis(b.id, { crisis_id: crisisId });
    expect(res.statusCode).toBe(200);
    const { alert, ...crisis } = res.json();
    expect(crisis.id).toBe(crisisId);
    expect(alert).toMatchObject({ crisis_id: crisisId, status: "acknowledged" });
    expect(
      crisis.links
        .filter((l: { kind: string }) => l.kind === "alert")
        .map((l: { ref_id: string }) => l.ref_id),
    ).toContain(b.id);
    const again = await toCrisis(b.id, { crisis_id: crisisId });
    expect(again.statusCode).toBe(200);
    expect(again.json().links.filter((l: { ref_id: string }) => l.ref_id === b.id)).toHaveLength(1);
    // Opening a second crisis from an alert that has one is refused.
    expect((await toCrisis(b.id)).statusCode).toBe(409);
  });

  it("an acknowledged alert opens an acknowledged crisis", async () => {
    const c = await paymentAlert();
    const ack = await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${c.id}/ack`,
      headers: h.auth("responder"),
    });
    expect(ack.statusCode).toBeLessThan(300);
    const res = await toCrisis(c.id, { title: "Card payments failing again" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: "acknowledged", title: "Card payments failing again" });
    expect(res.json().acknowledged_at).not.toBeNull();
  });

  it("refuses to link to a crisis that is not open, or does not exist, naming crisis_id", async () => {
    await h.app.inject({
      method: "PATCH",
      url: `/api/v1/crises/${crisisId}`,
      headers: h.auth("responder"),
      payload: { status: "resolved" },
    });
    const d = await paymentAlert();
    const closed = await toCrisis(d.id, { crisis_id: crisisId });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.field).toBe("crisis_id");
    expect((await toCrisis(d.id, { crisis_id: "nope" })).statusCode).toBe(404);
    expect((await suggestions(d.id)).items.map((i: { id: string }) => i.id)).not.toContain(crisisId);
    // A viewer cannot.
    const viewer = await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${d.id}/crisis`,
      headers: h.auth("viewer"),
      payload: {},
    });
    expect(viewer.statusCode).toBe(403);
  });

  it("suggests an open crisis of another type when its type is about the alert's topic", async () => {
    const open = (type: string, title: string) =>
      h.app.inject({
        method: "POST",
        url: "/api/v1/crises",
        headers: h.auth("responder"),
        payload: { title, type, severity: "SEV3" },
      });
    const fraud = (await open("fraud_chargebacks", "Chargebacks pile up")).json();
    const parcels = (await open("delivery_delay", "Parcels late")).json();
    // A complaint wave about payments suggests a payment failure; fraud and chargebacks is about payments too.
    const a = spike({ kind: "topic_spike", series: "topic:payment", topic: "payment" });
    await raise(h, [a]);
    const list = await h.ctx.services.alerts.list(h.ctx.services.alerts.systemActor(h.workspaceId), {
      limit: 1000,
    });
    const alert = list.items.find((x) => x.episode_id === a.episodeId);
    if (!alert) throw new Error("alert not raised");
    const s = await suggestions(alert.id);
    expect(s.suggested_type).toBe("payment_failure");
    expect(s.items).toContainEqual(expect.objectContaining({ id: fraud.id, match: "topic" }));
    expect(s.items.map((i: { id: string }) => i.id)).not.toContain(parcels.id);
    const res = await toCrisis(alert.id, { crisis_id: fraud.id });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: fraud.id, type: "fraud_chargebacks" });
  });
});
