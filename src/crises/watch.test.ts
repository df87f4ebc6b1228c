import { describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { watchCrises } from "./watch.js";

const { h, smtp } = setupMailHarness();

const MIN = 60_000;

describe("the clock watch", () => {
  it("puts each overdue clock on the timeline once and mails the role holders", async () => {
    const actor = systemActor(h.workspaceId, "Test");
    const lead = await h.ctx.services.accounts.addUser(actor, {
      email: "lead@watch.test",
      name: "Lena Lead",
      role: "responder",
      password: "a long enough password",
    });
    const c = await h.ctx.services.crises.open(actor, {
      title: "Checkout down",
      type: "site_outage",
      severity: "SEV1",
    });
    await h.ctx.services.crises.assignRole(actor, c.id, "crisis_lead", lead.id);
    const start = Date.parse(c.started_at);

    // One minute in, nothing is late yet.
    await watchCrises(h.ctx, start + MIN);
    let rec = await h.ctx.services.crises.get(actor, c.id);
    expect(rec.timeline.filter((e) => e.kind === "clock.overdue")).toHaveLength(0);

    // An hour in, unacknowledged and silent: acknowledge and first public word are overdue.
    const sent = await watchCrises(h.ctx, start + 60 * MIN);
    expect(sent).toBeGreaterThanOrEqual(2);
    await watchCrises(h.ctx, start + 61 * MIN);
    rec = await h.ctx.services.crises.get(actor, c.id);
    const overdue = rec.timeline.filter((e) => e.kind === "clock.overdue");
    const clocks = overdue.map((e) => (e.data as { clock: string }).clock).sort();
    expect(clocks).toContain("acknowledge");
    expect(clocks).toContain("first_public_word");
    expect(new Set(clocks).size).toBe(clocks.length);
    expect(overdue.every((e) => e.key_event)).toBe(true);

    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(2, 20_000);
    expect(mails.every((m) => m.to && JSON.stringify(m.to).includes("lead@watch.test"))).toBe(true);
    expect(mails.some((m) => /SEV1 Checkout down: Time to acknowledge overdue/.test(m.subject ?? ""))).toBe(
      true,
    );
  });

  it("warns a day before the GDPR 72-hour deadline, and stops once the authority is notified", async () => {
    const actor = systemActor(h.workspaceId, "Test");
    const c = await h.ctx.services.crises.open(actor, {
      title: "Leaked order export",
      type: "data_breach",
      severity: "SEV1",
    });
    const aware = Date.parse(c.aware_at);
    await watchCrises(h.ctx, aware + 49 * 3600_000);
    const rec = await h.ctx.services.crises.get(actor, c.id);
    const warn = rec.timeline.filter(
      (e) => e.kind === "clock.overdue" && (e.data as { clock: string }).clock === "gdpr_art33",
    );
    expect(warn).toHaveLength(1);
    expect(warn[0]?.text).toMatch(/Less than 24 hours left/);
    // The deadline in the shop's zone by its name (UTC for this workspace), not a raw ISO stamp.
    expect(warn[0]?.text).toMatch(/due \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC\)$/);

    await h.ctx.services.crises.update(actor, c.id, { authority_notified_at: new Date(aware).toISOString() });
    await watchCrises(h.ctx, aware + 73 * 3600_000);
    const after = await h.ctx.services.crises.get(actor, c.id);
    expect(
      after.timeline.filter(
        (e) => e.kind === "clock.overdue" && (e.data as { clock: string }).clock === "gdpr_art33",
      ),
    ).toHaveLength(1);
  });

  it("leaves resolved crises alone", async () => {
    const actor = systemActor(h.workspaceId, "Test");
    const c = await h.ctx.services.crises.open(actor, {
      title: "Old",
      type: "order_error",
      severity: "SEV4",
    });
    for (const s of ["acknowledged", "mitigating", "monitoring", "resolved"] as const)
      await h.ctx.services.crises.update(actor, c.id, { status: s });
    await watchCrises(h.ctx, Date.parse(c.started_at) + 30 * 86_400_000);
    const rec = await h.ctx.services.crises.get(actor, c.id);
    expect(rec.timeline.filter((e) => e.kind === "clock.overdue")).toHaveLength(0);
  });
});

describe("paging the team the plan names", () => {
  it("mails the severity's roles on open, says who has no contact, and calls the new ones on a raise", async () => {
    const admin = systemActor(h.workspaceId, "Test");
    const rec = await h.ctx.services.plan.record(h.workspaceId);
    const plan = structuredClone(rec.plan);
    const set = (role: string, email: string, name: string) => {
      const slot = plan.team.find((t) => t.role === role);
      if (slot) slot.primary = { ...slot.primary, email, name };
    };
    set("crisis_lead", "boss@page.test", "Basia Boss");
    set("communications", "", "");
    const comms = plan.team.find((t) => t.role === "communications");
    if (comms) comms.deputy = { ...comms.deputy, email: "deputy@page.test", name: "Dorota Deputy" };
    set("legal_data_protection", "dpo@page.test", "Dawid DPO");
    await h.ctx.services.plan.update(admin, { plan });

    const opener = await h.ctx.services.accounts.addUser(admin, {
      email: "opener@page.test",
      name: "Olek Opener",
      role: "responder",
      password: "a long enough password",
    });
    const actor = { ...admin, role: "responder" as const, userId: opener.id, label: "Olek Opener" };
    const before = smtp.messages.length;
    const c = await h.ctx.services.crises.open(actor, {
      title: "Site down",
      type: "site_outage",
      severity: "SEV2",
    });
    // The opener leads until they hand over.
    expect(c.roles.find((r) => r.role === "crisis_lead")?.user_name).toBe("Olek Opener");
    const paged = c.timeline.find((e) => e.kind === "team.paged");
    expect(paged?.text).toContain("Basia Boss");
    expect(paged?.text).toContain("Dorota Deputy");
    // SEV2 pages customer care and technical too, and the plan has nobody for them.
    expect(paged?.text).toMatch(/no contact in the plan for .*Customer care/i);
    expect(paged?.text).not.toContain("Dawid DPO");

    await h.ctx.jobs.drain();
    // Reminders from the tests above may still be arriving: look only at the pages.
    const pagesTo = () =>
      smtp.messages.slice(before).filter((m) => JSON.stringify(m.to).includes("@page.test"));
    await expect.poll(() => pagesTo().length, { timeout: 20_000 }).toBe(2);
    const to = pagesTo().map((m) => JSON.stringify(m.to));
    expect(to.some((t) => t.includes("boss@page.test"))).toBe(true);
    expect(to.some((t) => t.includes("deputy@page.test"))).toBe(true);
    expect(pagesTo().every((m) => /\[SEV2\] New crisis: Site down/.test(m.subject ?? ""))).toBe(true);

    // Raised to SEV1: legal / data protection joins, and only they are called.
    const raised = await h.ctx.services.crises.update(actor, c.id, { severity: "SEV1" });
    const second = raised.timeline.filter((e) => e.kind === "team.paged");
    expect(second).toHaveLength(2);
    expect(second[1]?.text).toContain("Dawid DPO");
    expect(second[1]?.text).not.toContain("Basia Boss");
    await h.ctx.jobs.drain();
    await expect.poll(() => pagesTo().length, { timeout: 20_000 }).toBe(3);
    expect(pagesTo().some((m) => JSON.stringify(m.to).includes("dpo@page.test"))).toBe(true);
  });
});
