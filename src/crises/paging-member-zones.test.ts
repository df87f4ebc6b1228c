import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { putTeam, setShop } from "../testing/shop.js";

/**
 * A page to a plan contact who is a member of the workspace says when the crisis started on the zone
 * the member set themselves (Settings → My account, `PUT /api/v1/auth/time-zone`), before the one the
 * plan gives the contact. On the old code a lead in Tokyo whose plan entry still said Europe/London (or
 * nothing) read London's (or the shop's) clock.
 */
const { h, smtp } = setupMailHarness();

async function member(email: string, name: string, timeZone: string | null) {
  const user = await h.ctx.services.accounts.createUser({ email, name, password: "a long enough password" });
  await h.ctx.services.accounts.addMember(h.workspaceId, user.id, "responder");
  await h.ctx.db.updateTable("users").set({ time_zone: timeZone }).where("id", "=", user.id).execute();
}

describe("a page to a plan contact who is a member", () => {
  it("gives the start on the member's own zone, else the plan contact's, else the shop's", async () => {
    await setShop(h, { time_zone: "Europe/Warsaw" });
    await member("lena@zone.test", "Lena", "Asia/Tokyo");
    await member("kasia@zone.test", "Kasia", null);
    const ok = await putTeam(h, {
      // Her plan entry still says London; she moved to Tokyo and said so in her account.
      crisis_lead: { email: "Lena@Zone.test", name: "Lena", timeZone: "Europe/London" },
      // A member with no zone of her own: the plan's, then the shop's.
      communications: { email: "kasia@zone.test", name: "Kasia", timeZone: "America/New_York" },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    h.clock.freeze(new Date("2026-12-07T09:15:00Z"));
    const r = await h.app.inject({
      method: "POST",
      url: "/api/v1/crises",
      headers: h.auth("responder"),
      payload: { title: "Checkout down", type: "site_outage", severity: "SEV2" },
    });
    expect(r.statusCode, r.body).toBe(201);
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(2);
    const to = (who: string) =>
      mails.find((m) => JSON.stringify(m.to).toLowerCase().includes(who))?.text ?? "";
    expect(to("lena@zone.test")).toContain("Started 7 Dec 2026, 18:15 GMT+9 (your time zone, Asia/Tokyo).");
    expect(to("kasia@zone.test")).toContain(
      "Started 7 Dec 2026, 04:15 EST (your time zone, America/New_York).",
    );
  });
});
