import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { subscribeConfirmed } from "./testing.js";

/**
 * Opening a mail's link (GET) whose token no longer works: the page says so at once, in the
 * subscriber's or the visitor's language, instead of offering a "Wypisz się" button that cannot work.
 */
const { h, smtp } = setupMailHarness();
const pl = { "accept-language": "pl-PL,pl;q=0.9" };

describe("a mail's link, opened", () => {
  it("an unknown token: 'Ten link już nie działa', no button (Polish visitor)", async () => {
    for (const action of ["unsubscribe", "confirm"]) {
      const r = await h.app.inject({ method: "GET", url: `/status/${action}?token=nope-nope`, headers: pl });
      // On the old code: 200 and a form with the button.
      expect(r.statusCode, action).toBe(404);
      expect(r.body).toContain('<html lang="pl">');
      expect(r.body).toContain("Ten link już nie działa");
      expect(r.body).not.toContain("<form");
    }
  });

  it("a working link still shows its button; a confirm link after unsubscribing does not", async () => {
    h.clock.freeze(new Date("2026-12-06T09:00:00Z"));
    await setShop(h, { languages: ["pl", "en"], default_language: "pl" });
    await subscribeConfirmed(h, smtp, "anna@example.pl", "pl");
    const confirmMail = smtp.messages.find((m) => JSON.stringify(m.to).includes("anna@"));
    const token = /confirm\?token=([\w-]+)/.exec(confirmMail?.text ?? "")?.[1] ?? "";
    const open = await h.app.inject({ method: "GET", url: `/status/unsubscribe?token=${token}` });
    expect(open.statusCode).toBe(200);
    expect(open.body).toContain('<button type="submit">Wypisz się</button>');
    const done = await h.app.inject({ method: "POST", url: `/status/unsubscribe?token=${token}` });
    expect(done.body).toContain("Wypisano Cię z powiadomień");
    // Unsubscribing again from an old mail still answers the same page (RFC 8058 clients may repeat).
    expect(
      (await h.app.inject({ method: "GET", url: `/status/unsubscribe?token=${token}` })).statusCode,
    ).toBe(200);
    const late = await h.app.inject({ method: "GET", url: `/status/confirm?token=${token}` });
    expect(late.statusCode).toBe(404);
    expect(late.body).toContain("Ten link już nie działa");
  });
});
