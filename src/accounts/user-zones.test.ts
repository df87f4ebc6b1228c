import { describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { watchCrises } from "../crises/watch.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";

/**
 * A team member's own time zone: a crisis lead in Tokyo of a Warsaw shop was mailed "due 7 Dec 2026,
 * 10:15 CET" (their 18:15) by the clock watch and the overdue-update reminder. They choose a zone
 * (PUT /api/v1/auth/time-zone); mails to them give times on their clock and say whose it is.
 */
const { h, smtp } = setupMailHarness();
const PASSWORD = "a long enough password";
const cookieOf = (setCookie: string | string[] | undefined) =>
  String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(";")[0] ?? "";

async function member(email: string) {
  const user = await h.ctx.services.accounts.addUser(systemActor(h.workspaceId, "Test"), {
    email,
    name: email.split("@")[0] ?? email,
    role: "responder",
    password: PASSWORD,
  });
  const res = await h.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password: PASSWORD },
  });
  return { id: user.id, headers: { cookie: cookieOf(res.headers["set-cookie"]), "x-firebreak-csrf": "1" } };
}

const setZone = (headers: Record<string, string>, time_zone: string | null) =>
  h.app.inject({ method: "PUT", url: "/api/v1/auth/time-zone", headers, payload: { time_zone } });
const mailsTo = (email: string) =>
  smtp.messages.filter((m) => JSON.stringify(m.to).includes(email)).map((m) => m.text ?? "");

describe("a team member's own time zone", () => {
  it("is kept canonical, given back by /auth/me, and cleared with null", async () => {
    const { headers } = await member("ola@zones.test");
    const me = async () =>
      (await h.app.inject({ url: "/api/v1/auth/me", headers })).json().user.time_zone as string | null;
    expect(await me()).toBeNull();
    expect((await setZone(headers, "asia/tokyo")).statusCode).toBe(204);
    expect(await me()).toBe("Asia/Tokyo");
    expect((await setZone(headers, null)).statusCode).toBe(204);
    expect(await me()).toBeNull();
  });

  it("refuses a zone that is not IANA, naming the field", async () => {
    const { headers } = await member("jan@zones.test");
    const r = await setZone(headers, "Mars/Olympus");
    expect(r.statusCode).toBe(400);
    expect(r.json().error.field).toBe("time_zone");
    expect(r.json().error.message).toMatch(/IANA/);
  });

  it("gives a clock reminder's due time on each owner's clock, and an update reminder's", async () => {
    await setShop(h, { time_zone: "Europe/Warsaw" });
    const actor = systemActor(h.workspaceId, "Test");
    const tokyo = await member("lead@zones.test");
    const warsaw = await member("comms@zones.test");
    expect((await setZone(tokyo.headers, "Asia/Tokyo")).statusCode).toBe(204);
    h.clock.freeze(new Date("2026-12-07T09:00:00Z"));
    const c = await h.ctx.services.crises.open(actor, {
      title: "Checkout down",
      type: "site_outage",
      severity: "SEV1",
      startedAt: "2026-12-07T09:00:00.000Z",
    });
    await h.ctx.services.crises.assignRole(actor, c.id, "crisis_lead", tokyo.id);
    await h.ctx.services.crises.assignRole(actor, c.id, "communications", warsaw.id);
    h.clock.freeze(new Date("2026-12-07T09:59:00Z"));
    await watchCrises(h.ctx, Date.parse("2026-12-07T09:59:00Z"));
    await h.ctx.services.comms.reminders.remindWorkspace(h.workspaceId);
    await h.ctx.jobs.drain();
    await smtp.waitFor(3, 20_000);
    const lead = mailsTo("lead@zones.test").join("\n");
    expect(lead).toContain(
      "Overdue: Time to acknowledge, due 7 Dec 2026, 18:05 GMT+9 (your time zone, Asia/Tokyo); the target is 5 min.",
    );
    expect(lead).not.toContain("CET");
    const comms = mailsTo("comms@zones.test").join("\n");
    expect(comms).toContain(
      "Overdue: Time to first public word, due 7 Dec 2026, 10:15 CET (the shop's time zone, Europe/Warsaw); the target is 15 min.",
    );
    // The overdue-update reminder goes to the communications lead, on their (the shop's) clock.
    expect(comms).toContain(
      "was due at 7 Dec 2026, 10:15 CET (the shop's time zone, Europe/Warsaw) and has not been published",
    );
    // The timeline line stays in the shop's zone: the whole team reads it.
    const rec = await h.ctx.services.crises.get(actor, c.id);
    const line = rec.timeline.find((e) => e.kind === "clock.overdue")?.text ?? "";
    expect(line).toMatch(/due 7 Dec 2026, 10:\d\d CET\)$/);

    // The same reminder to a communications lead in Tokyo: on their clock.
    const d = await h.ctx.services.crises.open(actor, {
      title: "Payments down",
      type: "payment_failure",
      severity: "SEV1",
      startedAt: "2026-12-07T09:30:00.000Z",
    });
    await h.ctx.services.crises.assignRole(actor, d.id, "communications", tokyo.id);
    h.clock.freeze(new Date("2026-12-07T10:30:00Z"));
    await h.ctx.services.comms.reminders.remindWorkspace(h.workspaceId);
    await h.ctx.jobs.drain();
    await expect
      .poll(() => mailsTo("lead@zones.test").join("\n"), { timeout: 20_000 })
      .toMatch(/"Payments down" was due at 7 Dec 2026, 18:\d\d GMT\+9 \(your time zone, Asia\/Tokyo\) and/);
  });
});
