import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CrisisType, cloneDefaultPlan } from "../plan/default-plan/index.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { evaluateEscalation } from "./escalation.js";
import type { CrisesTable } from "./tables.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const open = (payload: Record<string, unknown>) =>
  h.app.inject({ method: "POST", url: "/api/v1/crises", headers: h.auth("responder"), payload });
const impact = (id: string, payload: Record<string, unknown>) =>
  h.app.inject({ method: "PUT", url: `/api/v1/crises/${id}/impact`, headers: h.auth("responder"), payload });

type Esc = { id: string; state: string; above_current: boolean; raise_to: string };
const rule = (c: { escalation: Esc[] }, id: string) => c.escalation.find((e) => e.id === id) as Esc;

describe("escalation rules of the plan, checked against the record", () => {
  it("shows the severity's definition and the type's rules", async () => {
    const c = (await open({ title: "Supplier gone", type: "supplier_failure", severity: "SEV3" })).json();
    expect(c.severity_info.name).toBeTruthy();
    expect(c.severity_info.update_cadence_minutes).toBeGreaterThan(0);
    expect(c.severity_info.targets.acknowledge_minutes).toBeGreaterThan(0);
    expect(c.escalation.map((e: Esc) => e.id)).toEqual([
      "supplier_failure.orders",
      "supplier_failure.duration",
    ]);
    expect(rule(c, "supplier_failure.orders")).toMatchObject({ state: "not_met", above_current: true });
  });

  it("an impact that crosses a threshold triggers the rule once, as a key event, until raised", async () => {
    const c = (
      await open({ title: "Supplier insolvent", type: "supplier_failure", severity: "SEV3" })
    ).json();
    const r1 = await impact(c.id, { orders_affected: 150 });
    expect(rule(r1.json(), "supplier_failure.orders").state).toBe("not_met");
    const r2 = await impact(c.id, { orders_affected: 120, mode: "add" });
    const after = r2.json();
    expect(after.impact.orders_affected).toBe(270);
    expect(rule(after, "supplier_failure.orders")).toMatchObject({
      state: "triggered",
      above_current: true,
      raise_to: "SEV2",
    });
    const notes = () =>
      h.app
        .inject({ method: "GET", url: `/api/v1/crises/${c.id}`, headers: h.auth("viewer") })
        .then((r) => r.json().timeline.filter((e: { kind: string }) => e.kind === "escalation.triggered"));
    expect(await notes()).toHaveLength(1);
    expect((await notes())[0].key_event).toBe(true);
    await impact(c.id, { orders_affected: 10, mode: "add" });
    expect(await notes()).toHaveLength(1);

    const raised = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/crises/${c.id}`,
      headers: h.auth("responder"),
      payload: { severity: "SEV2" },
    });
    expect(rule(raised.json(), "supplier_failure.orders")).toMatchObject({
      state: "triggered",
      above_current: false,
    });
  });

  it("a breach opened below SEV1 is flagged at once: personal data exposed raises to SEV1", async () => {
    const c = (await open({ title: "Customer list leaked", type: "data_breach", severity: "SEV2" })).json();
    expect(c.personal_data).toBe(true);
    expect(c.messages.kinds).toContain("breach_notice");
    expect(c.messages.approval_required).toBe(true);
    expect(c.messages.approvers.length).toBeGreaterThan(0);
    const r = rule(c, "data_breach.personal_data");
    expect(r).toBeDefined();
    expect(r).toMatchObject({ state: "triggered", above_current: true, raise_to: "SEV1" });
    expect(c.timeline.some((e: { kind: string }) => e.kind === "escalation.triggered")).toBe(true);
  });

  it("conditions on live signals are left to the team's judgement, never guessed", () => {
    const type = cloneDefaultPlan().crisisTypes.find((t) => t.id === "negative_wave") as CrisisType;
    const row = { severity: "SEV3", started_at: new Date().toISOString() } as CrisesTable;
    const out = evaluateEscalation(row, type, "en", Date.now());
    const live = out.find((e) => e.conditions.every((k) => k.observed === null));
    expect(live?.state).toBe("needs_judgement");
    expect(out.every((e) => e.state !== "triggered")).toBe(true);
  });

  it("unresolved_after counts minutes from the start until resolution", () => {
    const type = cloneDefaultPlan().crisisTypes.find((t) => t.id === "supplier_failure") as CrisisType;
    const now = Date.parse("2026-03-10T12:00:00Z");
    const base = { severity: "SEV3", orders_affected: 0, resolved_at: null } as unknown as CrisesTable;
    const weekAgo = { ...base, started_at: "2026-03-03T11:00:00Z" };
    expect(
      evaluateEscalation(weekAgo, type, "en", now).find((e) => e.id === "supplier_failure.duration")?.state,
    ).toBe("triggered");
    const yesterday = { ...base, started_at: "2026-03-09T12:00:00Z" };
    expect(
      evaluateEscalation(yesterday, type, "en", now).find((e) => e.id === "supplier_failure.duration")?.state,
    ).toBe("not_met");
  });
});

describe("a workspace's own crisis types", () => {
  it("adds a type to its copy of the plan and opens a crisis of it", async () => {
    const got = (await h.app.inject({ method: "GET", url: "/api/v1/plan", headers: h.auth("admin") })).json();
    const plan = got.plan;
    const base = plan.crisisTypes.find((t: { id: string }) => t.id === "supplier_failure");
    const own = {
      ...structuredClone(base),
      id: "warehouse_fire",
      name: { ...base.name, en: "Warehouse fire" },
      escalation: [],
      playbook: base.playbook.map((p: { id: string }) => ({
        ...p,
        id: p.id.replace("supplier_failure.", "warehouse_fire."),
      })),
    };
    plan.crisisTypes.push(own);
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/plan",
      headers: h.auth("admin"),
      payload: { plan, revision: got.revision, note: "our own type" },
    });
    expect(put.statusCode).toBe(200);
    const c = await open({ title: "Fire at the warehouse", type: "warehouse_fire", severity: "SEV1" });
    expect(c.statusCode).toBe(201);
    expect(c.json().type_name).toBe("Warehouse fire");
    expect(c.json().tasks).toHaveLength(base.playbook.length);

    const bad = structuredClone(plan);
    bad.crisisTypes.push({ ...own, id: "Bad Id!" });
    const refused = await h.app.inject({
      method: "PUT",
      url: "/api/v1/plan",
      headers: h.auth("admin"),
      payload: { plan: bad },
    });
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json().error)).toContain("crisisTypes");
  });
});

describe("impact corrections", () => {
  it("subtracts in add mode but refuses to go below zero, naming the field", async () => {
    const c = (await open({ title: "Wrong parcels", type: "order_error", severity: "SEV3" })).json();
    expect((await impact(c.id, { orders_affected: 40 })).statusCode).toBe(200);
    const fixed = await impact(c.id, { orders_affected: -15, mode: "add" });
    expect(fixed.json().impact.orders_affected).toBe(25);
    const refused = await impact(c.id, { orders_affected: -26, mode: "add" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe("orders_affected");
    const bad = await impact(c.id, { revenue_at_risk: 12.5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("revenue_at_risk");
  });
});

describe("times given by hand", () => {
  it("refuse a start, awareness or notification in the future, naming the field", async () => {
    const later = new Date(Date.now() + 3 * 3600_000).toISOString();
    const bad = await open({ title: "x", type: "ddos", severity: "SEV2", started_at: later });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("started_at");
    const c = (await open({ title: "Breach", type: "data_breach", severity: "SEV1" })).json();
    for (const field of ["aware_at", "authority_notified_at"]) {
      const r = await h.app.inject({
        method: "PATCH",
        url: `/api/v1/crises/${c.id}`,
        headers: h.auth("responder"),
        payload: { [field]: later },
      });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.field).toBe(field);
    }
    const earlier = new Date(Date.now() - 26 * 3600_000).toISOString();
    const ok = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/crises/${c.id}`,
      headers: h.auth("responder"),
      payload: { aware_at: earlier },
    });
    expect(ok.statusCode).toBe(200);
    const gdpr = ok.json().clocks.find((k: { id: string }) => k.id === "gdpr_art33");
    expect(gdpr.started_at).toBe(earlier);
    expect(gdpr.remaining_s).toBeLessThan(46 * 3600 + 60);
  });
});

describe("lighter lists", () => {
  it("timeline=false leaves out timelines and links but keeps tasks and clocks", async () => {
    const c = (await open({ title: "Listed", type: "ddos", severity: "SEV3" })).json();
    await h.app.inject({
      method: "POST",
      url: `/api/v1/crises/${c.id}/links`,
      headers: h.auth("responder"),
      payload: { kind: "alert", ref_id: "a-1" },
    });
    const full = await h.app.inject({ method: "GET", url: "/api/v1/crises", headers: h.auth("viewer") });
    const light = await h.app.inject({
      method: "GET",
      url: "/api/v1/crises?timeline=false",
      headers: h.auth("viewer"),
    });
    const f = full.json().items.find((i: { id: string }) => i.id === c.id);
    const l = light.json().items.find((i: { id: string }) => i.id === c.id);
    expect(f.timeline.length).toBeGreaterThan(0);
    expect(f.links).toHaveLength(1);
    expect(l.timeline).toEqual([]);
    expect(l.links).toEqual([]);
    expect(l.tasks).toHaveLength(f.tasks.length);
    expect(l.clocks.map((k: { id: string }) => k.id)).toEqual(f.clocks.map((k: { id: string }) => k.id));
    const bad = await h.app.inject({
      method: "GET",
      url: "/api/v1/crises?timeline=maybe",
      headers: h.auth("viewer"),
    });
    expect(bad.statusCode).toBe(400);
  });
});
