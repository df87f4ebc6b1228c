import { beforeAll, describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { subscribeConfirmed } from "./testing.js";

/** A subscriber's notice gives the update's time in the shop's zone with its abbreviation, in their language. */
const { h, smtp } = setupMailHarness();
beforeAll(() => setShop(h, { time_zone: "Europe/Warsaw", languages: ["pl", "fr"], default_language: "pl" }));

const subscribe = (email: string, lang: string) => subscribeConfirmed(h, smtp, email, lang);

describe("times in status notices", () => {
  it("each subscriber reads the local time with the zone's abbreviation, never UTC, in their language", async () => {
    await subscribe("ola@example.com", "pl");
    await subscribe("jean@example.com", "fr");
    const before = smtp.messages.length;
    const inc = await h.app.inject({
      method: "POST",
      url: "/api/v1/status/incidents",
      headers: h.auth("responder"),
      payload: {
        title: { pl: "Płatności kartą nie działają", fr: "Les paiements par carte échouent" },
        body: { pl: "Sprawdzamy.", fr: "Nous cherchons la cause." },
        components: ["payments"],
        impact: "major",
      },
    });
    expect(inc.statusCode).toBe(201);
    await h.ctx.jobs.drain();
    await h.ctx.jobs.drain();
    const notices = (await smtp.waitFor(before + 2)).slice(before);
    const to = (addr: string) => notices.find((m) => m.to && "text" in m.to && m.to.text === addr);
    const pl = to("ola@example.com")?.text ?? "";
    const fr = to("jean@example.com")?.text ?? "";
    // The first line is the time, named as each language names the zone: CET in Polish, UTC+1 in French.
    expect(pl.split("\n")[0]).toMatch(/^\d{1,2} \S+ \d{4}, \d{2}:\d{2} CES?T$/);
    expect(fr.split("\n")[0]).toMatch(/\d{2}:\d{2} UTC\+[12]$/);
    expect(pl).not.toContain("UTC");
    expect(fr).not.toContain("CET");
    expect(fr).toContain("Nous cherchons la cause.");
    // French sets a space before the colon; Polish does not.
    expect(fr).toContain("Se désabonner\u202f: http");
    expect(pl).toContain("Wypisz się: http");
  });
});
