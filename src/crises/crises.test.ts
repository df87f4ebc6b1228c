import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { computeClocks } from "./clocks.js";
import type { CrisesTable } from "./tables.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const open = (payload: Record<string, unknown>, role: "admin" | "responder" | "viewer" = "responder") =>
  h.app.inject({ method: "POST", url: "/api/v1/crises", headers: h.auth(role), payload });
const patch = (id: string, payload: Record<string, unknown>) =>
  h.app.inject({ method: "PATCH", url: `/api/v1/crises/${id}`, headers: h.auth("responder"), payload });

describe("crisis record", () => {
  it("opens from a type of the plan with the playbook's tasks and a timeline", async () => {
    const res = await open({ title: "Checkout payments failing", type: "payment_failure", severity: "SEV1" });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      title: "Checkout payments failing",
      type: "payment_failure",
      severity: "SEV1",
      status: "detected",
      drill: false,
    });
    expect(c.tasks.length).toBeGreaterThanOrEqual(6);
    expect(
      c.tasks.every(
        (t: { role: string; due_at: string }) => t.role && Date.parse(t.due_at) >= Date.parse(c.started_at),
      ),
    ).toBe(true);
    expect(c.timeline[0].kind).toBe("crisis.opened");
    expect(c.timeline[0].actor).toBe("token responder token");
    expect(c.roles.map((r: { role: string }) => r.role)).toContain("crisis_lead");
    const ack = c.clocks.find((k: { id: string }) => k.id === "acknowledge");
    expect(ack.state).toBe("running");
    expect(ack.target_minutes).toBeGreaterThan(0);

    const got = await h.app.inject({
      method: "GET",
      url: `/api/v1/crises/${c.id}`,
      headers: h.auth("viewer"),
    });
    expect(got.json().id).toBe(c.id);
    const list = await h.app.inject({
      method: "GET",
      url: "/api/v1/crises?status=open",
      headers: h.auth("viewer"),
    });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect(list.json().items[0].tasks).toBeInstanceOf(Array);
  });

  it("refuses an unknown type, a viewer, and an illegal status jump naming status", async () => {
    const bad = await open({ title: "x", type: "alien_invasion", severity: "SEV2" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("type");
    expect((await open({ title: "x", type: "ddos", severity: "SEV2" }, "viewer")).statusCode).toBe(403);

    const c = (await open({ title: "Site down", type: "site_outage", severity: "SEV1" })).json();
    expect((await patch(c.id, { status: "mitigating" })).statusCode).toBe(200);
    // Work has started: it is no false alarm any more.
    const jump = await patch(c.id, { status: "declined", reason: "not real" });
    expect(jump.statusCode).toBe(400);
    expect(jump.json().error.field).toBe("status");
    expect(jump.json().error.message).toMatch(/mitigating.*declined/);
    const unknown = await patch(c.id, { status: "exploded" });
    expect(unknown.statusCode).toBe(400);
  });

  it("moves through the lifecycle; every change lands on the timeline and clocks stop", async () => {
    const c = (await open({ title: "Parcels late", type: "delivery_delay", severity: "SEV2" })).json();
    for (const status of ["acknowledged", "mitigating", "monitoring", "resolved", "closed"]) {
      const r = await patch(c.id, { status });
      expect(r.statusCode, status).toBe(200);
      expect(r.json().status).toBe(status);
    }
    const done = (
      await h.app.inject({ method: "GET", url: `/api/v1/crises/${c.id}`, headers: h.auth() })
    ).json();
    const moves = done.timeline.filter((e: { kind: string }) => e.kind === "status.changed");
    expect(moves.map((e: { data: { to: string } }) => e.data.to)).toEqual([
      "acknowledged",
      "mitigating",
      "monitoring",
      "resolved",
      "closed",
    ]);
    expect(moves.every((e: { key_event: boolean }) => e.key_event)).toBe(true);
    expect(done.acknowledged_at).not.toBeNull();
    expect(done.clocks.find((k: { id: string }) => k.id === "acknowledge").state).toBe("met");
    expect(done.next_statuses).toEqual([]);
    expect((await patch(c.id, { status: "mitigating" })).statusCode).toBe(400);

    const sev = await patch(c.id, { severity: "SEV1", title: "Parcels very late", summary: "Hub down" });
    const kinds = sev.json().timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["severity.changed", "title.changed", "summary.changed"]));
  });

  it("notes, key events, tasks, roles with handover, links and impact", async () => {
    const c = (await open({ title: "Price glitch", type: "price_error", severity: "SEV3" })).json();
    const note = await h.app.inject({
      method: "POST",
      url: `/api/v1/crises/${c.id}/events`,
      headers: h.auth("responder"),
      payload: { text: "Feed shows 0.99 for TVs" },
    });
    expect(note.statusCode).toBe(201);
    expect(note.json().key_event).toBe(false);
    const mark = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/crises/${c.id}/events/${note.json().id}`,
      headers: h.auth("responder"),
      payload: { key_event: true },
    });
    expect(mark.statusCode).toBe(204);

    const task = await h.app.inject({
      method: "POST",
      url: `/api/v1/crises/${c.id}/tasks`,
      headers: h.auth("responder"),
      payload: { title: "Call the feed vendor", role: "technical", due_minutes: 30 },
    });
    expect(task.statusCode).toBe(201);
    const added = task.json().tasks.at(-1);
    expect(added.title).toBe("Call the feed vendor");
    expect(Date.parse(added.due_at) - Date.parse(c.started_at)).toBe(30 * 60_000);
    const doneTask = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/crises/${c.id}/tasks/${added.id}`,
      headers: h.auth("responder"),
      payload: { status: "done" },
    });
    expect(doneTask.json().tasks.at(-1)).toMatchObject({ status: "done", done_by: "token responder token" });

    const accounts = h.ctx.services.accounts;
    const ann = await accounts.createUser({ email: "ann@shop.test", name: "Ann" });
    const bob = await accounts.createUser({ email: "bob@shop.test", name: "Bob" });
    await accounts.addMember(h.workspaceId, ann.id, "responder");
    await accounts.addMember(h.workspaceId, bob.id, "responder");
    const assign = (user_id: string | null) =>
      h.app.inject({
        method: "PUT",
        url: `/api/v1/crises/${c.id}/roles/crisis_lead`,
        headers: h.auth("responder"),
        payload: { user_id },
      });
    expect(
      (await assign(ann.id)).json().roles.find((r: { role: string }) => r.role === "crisis_lead").user_name,
    ).toBe("Ann");
    const handed = (await assign(bob.id)).json();
    expect(handed.roles.find((r: { role: string }) => r.role === "crisis_lead").user_name).toBe("Bob");
    expect(handed.timeline.find((e: { kind: string }) => e.kind === "role.handover").text).toMatch(
      /Ann to Bob/,
    );
    const stranger = await accounts.createUser({ email: "x@else.test", name: "X" });
    expect((await assign(stranger.id)).json().error.field).toBe("user_id");

    const link = await h.app.inject({
      method: "POST",
      url: `/api/v1/crises/${c.id}/links`,
      headers: h.auth("responder"),
      payload: { kind: "mention", ref_id: "m-1" },
    });
    expect(link.json().links).toHaveLength(1);
    await h.ctx.services.crises.link(actorFor(), c.id, { kind: "mention", refId: "m-1" });
    expect((await h.ctx.services.crises.get(actorFor(), c.id)).links).toHaveLength(1);
    expect(await h.ctx.services.crises.linkedTo(actorFor(), "mention", "m-1")).toEqual([c.id]);

    const impact = await h.app.inject({
      method: "PUT",
      url: `/api/v1/crises/${c.id}/impact`,
      headers: h.auth("responder"),
      payload: { orders_affected: 120, revenue_at_risk: 990_000 },
    });
    expect(impact.json().impact).toMatchObject({
      orders_affected: 120,
      revenue_at_risk: 990_000,
      currency: "EUR",
    });
    await Promise.all(
      Array.from({ length: 5 }, () =>
        h.ctx.services.crises.recordImpact(actorFor(), c.id, { remedies_given: 1, remedies_cost: 500 }),
      ),
    );
    const after = await h.ctx.services.crises.get(actorFor(), c.id);
    expect(after.impact).toMatchObject({ orders_affected: 120, remedies_given: 5, remedies_cost: 2500 });
    expect(after.timeline.find((e) => e.id === note.json().id)?.key_event).toBe(true);
  });

  it("addEvent is idempotent on key; a public message moves the first-word and cadence clocks", async () => {
    const crises = h.ctx.services.crises;
    const c = await crises.open(actorFor(), {
      title: "Bad reviews",
      type: "negative_wave",
      severity: "SEV2",
    });
    const e1 = await crises.addEvent(actorFor(), c.id, {
      kind: "message.sent",
      text: "Posted on socials",
      key: "msg-1",
      public: true,
    });
    const e2 = await crises.addEvent(actorFor(), c.id, {
      kind: "message.sent",
      text: "Posted on socials",
      key: "msg-1",
      public: true,
    });
    expect(e2.id).toBe(e1.id);
    const got = await crises.get(actorFor(), c.id);
    expect(got.timeline.filter((e) => e.kind === "message.sent")).toHaveLength(1);
    expect(got.timeline.filter((e) => e.kind === "public_word")).toHaveLength(1);
    expect(got.first_public_word_at).not.toBeNull();
    expect(got.clocks.find((k) => k.id === "first_public_word")?.state).toBe("met");
    expect(got.clocks.find((k) => k.id === "update_cadence")?.state).toBe("running");
    const earlier = c.started_at;
    const again = await crises.markFirstPublicWord(actorFor(), c.id, earlier);
    expect(again.first_public_word_at).toBe(earlier);
  });

  it("a personal-data breach runs the GDPR 72-hour clock from awareness until notified", async () => {
    const aware = new Date(Date.now() - 70 * 3600_000).toISOString();
    const res = await open({
      title: "Customer DB leaked",
      type: "data_breach",
      severity: "SEV1",
      aware_at: aware,
    });
    const c = res.json();
    expect(c.personal_data).toBe(true);
    const art33 = c.clocks.find((k: { id: string }) => k.id === "gdpr_art33");
    expect(art33.due_at).toBe(new Date(Date.parse(aware) + 72 * 3600_000).toISOString());
    expect(art33.state).toBe("running");
    expect(art33.remaining_s).toBeLessThanOrEqual(2 * 3600);
    const notified = await patch(c.id, { authority_notified_at: new Date().toISOString() });
    expect(notified.json().clocks.find((k: { id: string }) => k.id === "gdpr_art33").state).toBe("met");
    // Moving the moment of awareness is noted with the time in the shop's zone by name, not an ISO stamp.
    const moved = await patch(c.id, { aware_at: "2026-01-10T09:30:00.000Z" });
    expect(moved.json().timeline.map((e: { text: string }) => e.text)).toContain(
      "Aware since 10 Jan 2026, 09:30 UTC",
    );
    const other = (await open({ title: "Slow parcels", type: "delivery_delay", severity: "SEV3" })).json();
    expect(other.clocks.some((k: { id: string }) => k.id === "gdpr_art33")).toBe(false);
  });

  it("clocks turn overdue or missed against the plan's targets", () => {
    const start = Date.parse("2024-05-01T10:00:00Z");
    const row = {
      started_at: new Date(start).toISOString(),
      aware_at: new Date(start).toISOString(),
      status: "acknowledged",
      acknowledged_at: new Date(start + 40 * 60_000).toISOString(),
      first_public_word_at: null,
      last_public_update_at: null,
      monitoring_at: null,
      resolved_at: null,
      closed_at: null,
      authority_notified_at: null,
      personal_data: 0,
    } as unknown as CrisesTable;
    const sev = {
      updateCadenceMinutes: 30,
      targets: { acknowledgeMinutes: 15, firstPublicWordMinutes: 60, mitigateMinutes: 240 },
    } as never;
    const clocks = computeClocks(row, sev, null, start + 90 * 60_000);
    expect(clocks.find((k) => k.id === "acknowledge")?.state).toBe("missed");
    expect(clocks.find((k) => k.id === "first_public_word")?.state).toBe("overdue");
    expect(clocks.find((k) => k.id === "mitigate")?.state).toBe("running");
    expect(clocks.find((k) => k.id === "mitigate")?.remaining_s).toBe(150 * 60);
  });

  it("counts open crises (not drills) on the overview and emits crisis webhooks", async () => {
    const before = (
      await h.app.inject({ method: "GET", url: "/api/v1/overview", headers: h.auth("viewer") })
    ).json();
    await open({ title: "DDoS", type: "ddos", severity: "SEV2" });
    await open({ title: "Practice", type: "ddos", severity: "SEV2", drill: true });
    const after = (
      await h.app.inject({ method: "GET", url: "/api/v1/overview", headers: h.auth("viewer") })
    ).json();
    expect(after.open_crises).toBe(before.open_crises + 1);

    const hook = await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: h.auth("admin"),
      payload: { url: "http://127.0.0.1:9/hook", events: ["crisis.opened", "crisis.updated"] },
    });
    expect(hook.statusCode).toBe(201);
    const c = (await open({ title: "Fraud ring", type: "fraud_chargebacks", severity: "SEV2" })).json();
    await patch(c.id, { status: "acknowledged" });
    await open({ title: "Drill, silent", type: "fraud_chargebacks", severity: "SEV2", drill: true });
    const jobs = await h.ctx.db
      .selectFrom("jobs")
      .select(["payload"])
      .where("queue", "like", "webhook%")
      .execute();
    const types = jobs
      .map((j) => JSON.parse(j.payload))
      .filter((p) => JSON.stringify(p).includes(c.id) || JSON.stringify(p).includes("Drill, silent"));
    expect(types.map((p) => JSON.stringify(p).match(/crisis\.(opened|updated)/)?.[0]).sort()).toEqual([
      "crisis.opened",
      "crisis.updated",
    ]);
  });
});

describe("drills", () => {
  it("runs a drill from a type: replayed burst raises alerts, resolution scores against the plan", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/drills",
      headers: h.auth("responder"),
      payload: { type: "delivery_delay" },
    });
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d.drill).toBe(true);
    expect(d.title).toMatch(/^Drill:/);
    const replay = d.timeline.find((e: { kind: string }) => e.kind === "drill.replay");
    expect(replay.data.mentions).toBeGreaterThan(500);
    const alerts = d.timeline.filter((e: { kind: string }) => e.kind === "drill.alert");
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.some((a: { data: { topic?: string } }) => a.data.topic === "delivery")).toBe(true);

    for (const status of ["acknowledged", "mitigating", "monitoring", "resolved"])
      await patch(d.id, { status });
    const done = (
      await h.app.inject({ method: "GET", url: `/api/v1/crises/${d.id}`, headers: h.auth() })
    ).json();
    expect(done.drill_score.items.map((i: { id: string }) => i.id)).toEqual([
      "acknowledge",
      "first_public_word",
      "mitigate",
    ]);
    // Acknowledged and mitigated within seconds; no public word was given, so that one is missed.
    expect(done.drill_score.items.find((i: { id: string }) => i.id === "acknowledge").met).toBe(true);
    expect(done.drill_score.items.find((i: { id: string }) => i.id === "first_public_word").met).toBe(false);
    expect(done.drill_score.score).toBe(67);
    // Nothing ticked off: every playbook task is still open at the end.
    expect(done.drill_score.tasks).toMatchObject({ on_time: 0, late: 0, skipped: 0 });
    expect(done.drill_score.tasks.open).toBe(done.drill_score.tasks.total);
    expect(done.drill_score.tasks.total).toBeGreaterThanOrEqual(6);
    expect(done.timeline.some((e: { kind: string }) => e.kind === "drill.scored")).toBe(true);
  });
});

describe("live room", () => {
  it("streams a change to everyone watching the crisis", async () => {
    const live = await createHarness({ listen: true });
    try {
      const c = await live.ctx.services.crises.open(
        { workspaceId: live.workspaceId, role: "admin", userId: null, tokenId: null, label: "t" },
        { title: "Live", type: "site_outage", severity: "SEV1" },
      );
      const ctrl = new AbortController();
      const res = await fetch(`${live.ctx.config.publicUrl}/api/v1/crises/${c.id}/stream`, {
        headers: live.auth("viewer"),
        signal: ctrl.signal,
      });
      expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      let text = "";
      const read = async (until: RegExp) => {
        while (!until.test(text)) {
          const { value, done } = await reader.read();
          if (done) break;
          text += new TextDecoder().decode(value);
        }
      };
      await read(/event: ready/);
      await live.app.inject({
        method: "PATCH",
        url: `/api/v1/crises/${c.id}`,
        headers: live.auth("responder"),
        payload: { status: "acknowledged" },
      });
      await read(/event: crisis/);
      expect(text).toContain(`"id":"${c.id}"`);
      ctrl.abort();
    } finally {
      await live.close();
    }
  });
});

function actorFor() {
  return { workspaceId: h.workspaceId, role: "admin" as const, userId: null, tokenId: null, label: "Test" };
}
