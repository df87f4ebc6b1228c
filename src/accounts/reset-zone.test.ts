import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";

/**
 * A password-reset link's end, mailed to one member, on the zone they set (Settings → My account),
 * named as their language names it; else the shop's. On the old code a member in New York read "do 8 gru
 * 2026, 10:15 CET", Warsaw's clock, whatever zone they had set.
 */
const { h, smtp } = setupMailHarness();

async function member(email: string, timeZone: string | null) {
  const user = await h.ctx.services.accounts.createUser({
    email,
    name: "Ola",
    password: "a long enough password",
  });
  await h.ctx.services.accounts.addMember(h.workspaceId, user.id, "responder");
  await h.ctx.db
    .updateTable("users")
    .set({ time_zone: timeZone, language: "pl" })
    .where("id", "=", user.id)
    .execute();
  return user.id;
}

describe("a reset link's end on the member's clock", () => {
  it("names the member's zone in their language, else the shop's", async () => {
    await setShop(h, { time_zone: "Europe/Warsaw" });
    h.clock.freeze(new Date("2026-12-07T09:15:00Z"));
    const ny = await member("ny@zone.test", "America/New_York");
    const waw = await member("waw@zone.test", null);
    for (const id of [ny, waw]) {
      const r = await h.app.inject({
        method: "POST",
        url: `/api/v1/users/${id}/password-reset`,
        headers: h.auth("admin"),
      });
      expect(r.statusCode, r.body).toBe(202);
    }
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(2);
    const to = (who: string) =>
      (mails.find((m) => JSON.stringify(m.to).includes(who))?.text ?? "").replace(/[\u00a0\u202f]/g, " ");
    // 24 hours on: 09:15 UTC on 8 December, 04:15 in New York, 10:15 in Warsaw.
    expect(to("ny@zone.test")).toContain("Link działa raz, do 8 gru 2026, 04:15 (czas: Nowy Jork).");
    expect(to("waw@zone.test")).toContain("Link działa raz, do 8 gru 2026, 10:15 CET.");
  });
});
