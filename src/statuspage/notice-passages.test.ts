import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { subscribeConfirmed } from "./testing.js";

/**
 * A notice to a subscriber in a language the shop does not write carries the shop's text with a note
 * (row 3); the page marks that text's language (`<span lang="pl">`), so the mail's HTML part must too, or
 * a German screen reader reads the Polish words with German sounds.
 */
const { h, smtp } = setupMailHarness();

describe("a notice's text in another language than the reader's", () => {
  it("is marked with its language in the HTML part; our words keep the reader's", async () => {
    h.clock.freeze(new Date("2026-12-06T08:00:00Z"));
    await setShop(h, { time_zone: "Europe/Warsaw", languages: ["pl"], default_language: "pl" });
    await subscribeConfirmed(h, smtp, "d@example.com", "de");
    const post = (url: string, payload: object) =>
      h.app.inject({ method: "POST", url, headers: h.auth("responder"), payload });
    const inc = await post("/api/v1/status/incidents", {
      title: { pl: "Płatności" },
      body: { pl: "Sprawdzamy płatności." },
      impact: "major",
    });
    expect(inc.statusCode).toBe(201);
    const m = await post("/api/v1/status/maintenance", {
      title: { pl: "Przerwa" },
      body: { pl: "Prace przy serwerach." },
      starts_at: "2026-12-07T01:00:00Z",
      ends_at: "2026-12-07T02:00:00Z",
      components: ["payments"],
    });
    expect(m.statusCode, m.body).toBe(201);
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(3);
    // Found by subject: the two mails may arrive in either order.
    const about = (word: string) => mails.find((x) => x.subject?.includes(word));
    for (const [mail, said] of [
      [about("Płatności"), "Sprawdzamy płatności."],
      [about("Przerwa"), "Prace przy serwerach."],
    ] as const) {
      expect(mail?.html || "").toContain('<html lang="de">');
      // On the old code "<p>Sprawdzamy płatności.</p>", read as German.
      expect(mail?.html || "").toContain(`<p lang="pl">${said}</p>`);
      expect(mail?.html || "").toContain(
        "<p>(Noch nicht auf Deutsch verfügbar; angezeigt auf Polnisch.)</p>",
      );
    }
  });
});
