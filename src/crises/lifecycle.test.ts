import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

type Clock = { id: string; state: string; stopped_at: string | null };
const open = async (payload: Record<string, unknown>) => {
  const res = await h.app.inject({
    method: "POST",
    url: "/api/v1/crises",
    headers: h.auth("responder"),
    payload,
  });
  expect(res.statusCode).toBe(201);
  return res.json();
};
const patch = (id: string, payload: Record<string, unknown>) =>
  h.app.inject({ method: "PATCH", url: `/api/v1/crises/${id}`, headers: h.auth("responder"), payload });
const get = async (id: string) =>
  (await h.app.inject({ method: "GET", url: `/api/v1/crises/${id}`, headers: h.auth() })).json();

describe("crisis lifecycle", () => {
  it("moves forward past steps, recording the skipped ones at the same moment; every clock stops", async () => {
    const c = await open({ title: "Checkout fails", type: "payment_failure", severity: "SEV2" });
    const res = await patch(c.id, { status: "resolved" });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.status).toBe("resolved");
    expect(r.acknowledged_at).toBe(r.resolved_at);
    expect(r.mitigating_at).toBe(r.resolved_at);
    expect(r.monitoring_at).toBe(r.resolved_at);
    const move = r.timeline.find((e: { kind: string }) => e.kind === "status.changed");
    expect(move.data).toMatchObject({
      from: "detected",
      to: "resolved",
      skipped: ["acknowledged", "mitigating", "monitoring"],
    });
    expect(move.text).toContain("skipped acknowledged, mitigating, monitoring");
    expect(r.clocks.filter((k: Clock) => k.state === "running" || k.state === "overdue")).toEqual([]);
    expect(r.next_statuses).toEqual(["closed", "mitigating"]);
  });

  it("a resolved crisis reopens to mitigating; resolving again records the new time", async () => {
    const c = await open({ title: "Payments again", type: "payment_failure", severity: "SEV2" });
    const first = (await patch(c.id, { status: "resolved" })).json();
    const back = await patch(c.id, { status: "mitigating", reason: "failures came back" });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ status: "mitigating", resolved_at: null });
    expect(back.json().timeline.map((e: { text: string }) => e.text)).toContain(
      "Reopened: resolved → mitigating (failures came back)",
    );
    const mitigate = back.json().clocks.find((k: Clock) => k.id === "mitigate");
    // Reached monitoring on the way to the first resolve: that clock stays where it stopped.
    expect(mitigate.stopped_at).toBe(first.monitoring_at);
    const again = (await patch(c.id, { status: "resolved" })).json();
    expect(again.resolved_at >= first.resolved_at).toBe(true);
    expect(again.status).toBe("resolved");
  });

  it("declines a false alarm with a reason, from detected or acknowledged only", async () => {
    const c = await open({ title: "Refund spike?", type: "payment_failure", severity: "SEV3" });
    const noReason = await patch(c.id, { status: "declined" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe("reason");
    expect((await get(c.id)).status).toBe("detected");

    await patch(c.id, { status: "acknowledged" });
    const res = await patch(c.id, { status: "declined", reason: "Test orders from the QA team" });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({
      status: "declined",
      declined_reason: "Test orders from the QA team",
      next_statuses: [],
    });
    expect(d.declined_at).not.toBeNull();
    expect(d.resolved_at).toBeNull();
    expect(d.timeline.map((e: { text: string }) => e.text)).toContain(
      "Status: acknowledged → declined (false alarm): Test orders from the QA team",
    );
    expect(d.clocks.filter((k: Clock) => k.state === "running" || k.state === "overdue")).toEqual([]);
    expect((await patch(c.id, { status: "mitigating" })).statusCode).toBe(400);

    // No post-mortem for what never happened.
    const pm = await h.app.inject({
      method: "GET",
      url: `/api/v1/crises/${c.id}/postmortem`,
      headers: h.auth(),
    });
    expect(pm.statusCode).toBe(409);
  });

  it("declined crises and drills stay out of the reports' real-crisis figures and the open count", async () => {
    const report = async () =>
      (
        await h.app.inject({ method: "GET", url: "/api/v1/reports/crises?format=json", headers: h.auth() })
      ).json();
    const before = await report();
    const openBefore = await h.ctx.services.crises.countOpen(h.workspaceId);
    const c = await open({ title: "Ghost outage", type: "site_outage", severity: "SEV2" });
    expect(await h.ctx.services.crises.countOpen(h.workspaceId)).toBe(openBefore + 1);
    await patch(c.id, { status: "declined", reason: "Monitor misconfigured" });
    const drill = await h.app.inject({
      method: "POST",
      url: "/api/v1/drills",
      headers: h.auth("responder"),
      payload: { type: "site_outage", replay: false },
    });
    await patch(drill.json().id, { status: "resolved" });
    const after = await report();
    expect(after.real.overall.count).toBe(before.real.overall.count);
    expect(after.drills.overall.count).toBe(before.drills.overall.count + 1);
    expect(await h.ctx.services.crises.countOpen(h.workspaceId)).toBe(openBefore);
  });
});

describe("safety in the room", () => {
  it("removing personal data from a breach needs a reason that lands on the timeline", async () => {
    const c = await open({ title: "Customer list leaked?", type: "data_breach", severity: "SEV1" });
    expect(c.personal_data).toBe(true);
    const bare = await patch(c.id, { personal_data: false });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.field).toBe("reason");
    expect((await get(c.id)).personal_data).toBe(true);
    const ok = await patch(c.id, { personal_data: false, reason: "The file held product data only" });
    expect(ok.statusCode).toBe(200);
    const ev = ok.json().timeline.find((e: { kind: string }) => e.kind === "safety.override");
    expect(ev).toMatchObject({
      text: "No personal data involved after all: The file held product data only",
      key_event: true,
    });
  });

  it("lowering the severity below the plan's rule needs a reason; where no rule holds it does not", async () => {
    const c = await open({ title: "Breach", type: "data_breach", severity: "SEV1" });
    const bare = await patch(c.id, { severity: "SEV3" });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.field).toBe("reason");
    expect(bare.json().error.message).toContain("SEV1");
    const ok = await patch(c.id, { severity: "SEV3", reason: "Only hashed e-mails, legal agrees" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().severity).toBe("SEV3");
    const ev = ok.json().timeline.find((e: { kind: string }) => e.kind === "safety.override");
    expect(ev.text).toContain("Only hashed e-mails, legal agrees");

    const plain = await open({ title: "Slow parcels", type: "delivery_delay", severity: "SEV2" });
    expect((await patch(plain.id, { severity: "SEV4" })).statusCode).toBe(200);
  });
});
