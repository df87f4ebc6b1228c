import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { mailCustomerList } from "./test-customer-mail.js";

/** A Polish customer's shop e-mail, and the page its unsubscribe link opens, are marked and written in Polish. */
const { h, smtp } = setupMailHarness();

describe("unsubscribing from a shop e-mail", () => {
  it("speaks the language the e-mail was in", async () => {
    const { imported, crisis, draft, sent, mail } = await mailCustomerList(h, smtp, {
      csv: "email,name,language\nola@example.com,Ola,pl\n",
      crisis: { title: "Sklep nie działa", type: "site_outage", severity: "SEV1" },
      language: "pl",
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(crisis.statusCode, crisis.body).toBe(201);
    expect(draft.statusCode, draft.body).toBe(201);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(mail?.html || "").toContain('<html lang="pl">');
    // Its link to the status page opens it in Polish too, whatever the browser prefers.
    expect(mail?.text).toContain("/status/test-shop?lang=pl");
    // The footer's link says what it is, in the mail's language (it was a bare address).
    expect(mail?.text).toMatch(/\n--\nWypisz się: http\S+\/status\/messages\/unsubscribe\?token=/);
    const token = /messages\/unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
    expect(token).not.toBe("");

    const ask = await h.app.inject({ method: "GET", url: `/status/messages/unsubscribe?token=${token}` });
    expect(ask.body).toContain('<html lang="pl">');
    expect(ask.body).toContain("Wypisz się");
    const done = await h.app.inject({ method: "POST", url: `/status/messages/unsubscribe?token=${token}` });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain("Wypisano Cię z powiadomień");
    expect(done.body).not.toContain("You are unsubscribed");
  });

  it("a link nobody holds gets a short page in the visitor's language, not the API's JSON", async () => {
    const headers = { "accept-language": "de-DE,de;q=0.9,en;q=0.5" };
    for (const method of ["GET", "POST"] as const) {
      const r = await h.app.inject({ method, url: "/status/messages/unsubscribe?token=nope-nope", headers });
      expect(r.statusCode).toBe(404);
      expect(r.headers["content-type"]).toContain("text/html");
      expect(r.body).toContain('<html lang="de">');
      expect(r.body).toContain("Dieser Link gilt nicht mehr.");
      expect(r.body).not.toContain('"error"');
    }
  });
});
