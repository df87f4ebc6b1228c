import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { mailCustomerList } from "./test-customer-mail.js";

/**
 * A shop e-mail's times on the customer's own clock where the shop knows their zone (CSV column or shop
 * event `time_zone`), named as their language names it; the shop's zone for the others. On the old code a
 * customer in New York read "Next update at 11:00 CET" and had no way to be given their zone.
 */
const { h, smtp } = setupMailHarness();

describe("a contact's time zone", () => {
  it("refuses a shop event with a zone that is not IANA, naming the field", async () => {
    const r = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/contacts/events",
      headers: h.auth("admin"),
      payload: { events: [{ email: "a@example.com", type: "order_placed", time_zone: "Mars/Olympus" }] },
    });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().error.field).toBe("events.0.time_zone");
  });

  it("writes each customer's times in their zone, across the October change, and skips a bad zone", async () => {
    await setShop(h, { name: "Księgarnia Ola", time_zone: "Europe/Warsaw" });
    // 00:30 UTC on 25 October: 02:30 CEST in Warsaw, 20:30 EDT the day before in New York; the SEV1's
    // first public word is due in 30 minutes, at 01:00 UTC: 02:00 CET after the change, 21:00 EDT on 24
    // October in New York (still their today), 10:00 in Tokyo.
    h.clock.freeze(new Date("2026-10-25T00:30:00Z"));
    const ev = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/contacts/events",
      headers: h.auth("admin"),
      payload: { events: [{ email: "tokyo@example.com", type: "order_placed", time_zone: "Asia/Tokyo" }] },
    });
    expect(ev.statusCode, ev.body).toBe(202);
    const csv = [
      "email,name,language,time_zone",
      "ny@example.com,Ann,en,America/New_York",
      "waw@example.com,Ola,en,",
      "bad@example.com,Bad,en,Mars/Olympus",
    ].join("\n");
    const { imported, sent } = await mailCustomerList(h, smtp, {
      csv,
      crisis: { title: "Checkout down", type: "site_outage", severity: "SEV1" },
      language: "en",
    });
    expect(imported.json().errors).toEqual([
      { line: 4, error: "time_zone: not an IANA time zone (e.g. Europe/Warsaw)" },
    ]);
    expect(sent.statusCode, sent.body).toBe(200);
    const mails = await smtp.waitFor(3);
    const to = (who: string) => mails.find((m) => JSON.stringify(m.to).includes(who))?.text ?? "";
    expect(to("waw@example.com")).toContain("Next update at 02:00 CET.");
    // Their own clock by its name in their language (contact-zone-names.test.ts), not "21:00 EDT".
    expect(to("ny@example.com")).toContain("Next update at 21:00 New York Time.");
    expect(to("tokyo@example.com")).toContain("Next update at 10:00 Japan Time.");
    expect(to("ny@example.com")).not.toMatch(/CES?T/);
  });
});
