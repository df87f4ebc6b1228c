import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { putTeam, setShop } from "../testing/shop.js";

/**
 * A page to a plan contact says when the crisis started in the contact's own zone, and names it; a
 * contact without one reads the shop's zone, named too. On the old code the page had no time at all, and
 * a contact could not say which zone they live in.
 */
const { h, smtp } = setupMailHarness();

/** Opens a SEV2 at `at` and answers the page mails' texts by address. */
async function pagesAt(at: string, title: string): Promise<Record<string, string>> {
  h.clock.freeze(new Date(at));
  const before = smtp.messages.length;
  const r = await h.app.inject({
    method: "POST",
    url: "/api/v1/crises",
    headers: h.auth("responder"),
    payload: { title, type: "site_outage", severity: "SEV2" },
  });
  expect(r.statusCode, r.body).toBe(201);
  await h.ctx.jobs.drain();
  const mine = () => smtp.messages.slice(before).filter((m) => (m.subject ?? "").includes(title));
  await expect.poll(() => mine().length, { timeout: 20_000 }).toBe(2);
  return Object.fromEntries(mine().map((m) => [JSON.stringify(m.to).match(/\w+@zone\.test/)?.[0], m.text]));
}

describe("times in a page to a plan contact", () => {
  it("refuses a zone that is not IANA, naming the field", async () => {
    const r = await putTeam(h, {
      crisis_lead: { email: "x@zone.test", name: "X", timeZone: "Mars/Olympus" },
    });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().error.field).toBe("plan.team.0.primary.timeZone");
  });

  it("the contact's zone, named, on both sides of the October and March clock changes", async () => {
    await setShop(h, { time_zone: "Europe/Warsaw" });
    const ok = await putTeam(h, {
      crisis_lead: { email: "lena@zone.test", name: "Lena", timeZone: "Europe/London" },
      communications: { email: "kasia@zone.test", name: "Kasia" },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    // 25 October 2026: London goes back at 01:00 UTC, Warsaw too. 01:30 in London happens twice.
    const before = await pagesAt("2026-10-25T00:30:00Z", "Down before the change");
    expect(before["lena@zone.test"]).toContain(
      "Started 25 Oct 2026, 01:30 BST (your time zone, Europe/London).",
    );
    expect(before["kasia@zone.test"]).toContain(
      "Started 25 Oct 2026, 02:30 CEST (the shop's time zone, Europe/Warsaw).",
    );
    const after = await pagesAt("2026-10-25T01:30:00Z", "Down after the change");
    expect(after["lena@zone.test"]).toContain(
      "Started 25 Oct 2026, 01:30 GMT (your time zone, Europe/London).",
    );
    expect(after["kasia@zone.test"]).toContain(
      "Started 25 Oct 2026, 02:30 CET (the shop's time zone, Europe/Warsaw).",
    );
    // 29 March 2026: clocks go forward at 01:00 UTC.
    const march = await pagesAt("2026-03-29T01:30:00Z", "Down in March");
    expect(march["lena@zone.test"]).toContain(
      "Started 29 Mar 2026, 02:30 BST (your time zone, Europe/London).",
    );
    expect(march["kasia@zone.test"]).toContain(
      "Started 29 Mar 2026, 03:30 CEST (the shop's time zone, Europe/Warsaw).",
    );
  });
});
