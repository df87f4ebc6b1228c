import { describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";

/**
 * A complaint case escalated to senior people of a Warsaw shop: the one in New York read "First
 * response due: 7 Dec 2026, 13:00 CET" in a mail to all of them. Each now gets their own mail, with the
 * time on their clock where they are a member who chose a zone (PUT /api/v1/auth/time-zone). Its own
 * harness: the case jobs run on the moving clock (a frozen one never lets the escalation check settle).
 */
const { h, smtp } = setupMailHarness();
const PASSWORD = "a long enough password";
const cookieOf = (setCookie: string | string[] | undefined) =>
  String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(";")[0] ?? "";

async function member(email: string) {
  await h.ctx.services.accounts.addUser(systemActor(h.workspaceId, "Test"), {
    email,
    name: "Boss",
    role: "admin",
    password: PASSWORD,
  });
  const res = await h.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password: PASSWORD },
  });
  return { cookie: cookieOf(res.headers["set-cookie"]), "x-firebreak-csrf": "1" };
}
const mailsTo = (email: string) =>
  smtp.messages.filter((m) => JSON.stringify(m.to).includes(email)).map((m) => m.text ?? "");

describe("a case escalation to each senior person's clock", () => {
  it("gives a case escalation's first-response time on each senior person's clock", async () => {
    await setShop(h, { time_zone: "Europe/Warsaw" });
    const boss = await member("boss@zones.test");
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/auth/time-zone",
      headers: boss,
      payload: { time_zone: "America/New_York" },
    });
    expect(put.statusCode).toBe(204);
    const admin = h.auth("admin");
    const policy = await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: admin,
      payload: { senior_emails: ["boss@zones.test", "owner@elsewhere.test"] },
    });
    expect(policy.statusCode, policy.body).toBe(200);
    const c = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: admin,
      payload: {
        customer: { handle: "@influencer" },
        source: "instagram",
        text: "My parcel never arrived and nobody answers.",
        followers: 250_000,
      },
    });
    expect(c.statusCode, c.body).toBe(201);
    const due = (text: string) => /First response due: (.*)/.exec(text)?.[1] ?? "";
    await expect
      .poll(
        async () => {
          await h.ctx.jobs.drain();
          return due(mailsTo("boss@zones.test").join("\n"));
        },
        { timeout: 20_000 },
      )
      .toMatch(/^\d{1,2} Dec 2026, \d\d:\d\d EST \(your time zone, America\/New_York\)$/);
    await expect
      .poll(() => due(mailsTo("owner@elsewhere.test").join("\n")), { timeout: 20_000 })
      .toMatch(/^\d{1,2} Dec 2026, \d\d:\d\d CET \(the shop's time zone, Europe\/Warsaw\)$/);
  });
});
