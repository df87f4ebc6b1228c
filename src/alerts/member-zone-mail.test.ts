import { describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { raise, spike } from "./testing.js";

/**
 * An alert e-mail to a member who chose a zone (Settings → My account) gives when it started on their
 * clock and says whose; to an address that is no member's, the shop's clock as before. A Tokyo on-call
 * of a Warsaw shop read "Started 10 May 2024, 16:05 CEST" for their 23:05.
 */
const { h, smtp } = setupMailHarness();

describe("alert e-mails on the recipient's clock", () => {
  it("gives a member's own zone, and the shop's to an outside address", async () => {
    await setShop(h, { time_zone: "Europe/Warsaw" });
    const user = await h.ctx.services.accounts.addUser(systemActor(h.workspaceId, "Test"), {
      email: "OnCall@Shop.test",
      name: "On-call",
      role: "responder",
      password: "a long enough password",
    });
    await h.ctx.db.updateTable("users").set({ time_zone: "Asia/Tokyo" }).where("id", "=", user.id).execute();
    for (const to of ["oncall@shop.test", "agency@outside.test"]) {
      const rule = await h.app.inject({
        method: "POST",
        url: "/api/v1/alert-rules",
        headers: h.auth(),
        payload: {
          name: `to ${to}`,
          kinds: ["topic_spike"],
          channels: [{ type: "email" }],
          recipients: [to],
        },
      });
      expect(rule.statusCode).toBe(201);
    }
    await raise(h, [spike({ at: "2024-05-10T14:05:00.000Z" })]);
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(2);
    const textTo = (address: string) =>
      mails.find((m) => JSON.stringify(m.to).toLowerCase().includes(address))?.text ?? "";
    expect(textTo("oncall@shop.test")).toContain(
      "Started 10 May 2024, 23:05 GMT+9 (your time zone, Asia/Tokyo), still going.",
    );
    expect(textTo("agency@outside.test")).toContain("Started 10 May 2024, 16:05 CEST, still going.");
  });
});
