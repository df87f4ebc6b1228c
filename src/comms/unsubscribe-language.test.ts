import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";

/** A Polish customer's shop e-mail, and the page its unsubscribe link opens, are marked and written in Polish. */
const { h, smtp } = setupMailHarness();

const call = (method: "POST", url: string, payload: object, who: "admin" | "responder" = "responder") =>
  h.app.inject({ method, url, headers: h.auth(who), payload });

describe("unsubscribing from a shop e-mail", () => {
  it("speaks the language the e-mail was in", async () => {
    const imp = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/contacts/import",
      headers: { ...h.auth("admin"), "content-type": "text/csv" },
      payload: "email,name,language\nola@example.com,Ola,pl\n",
    });
    expect(imp.statusCode, imp.body).toBe(200);
    const c = await call("POST", "/api/v1/crises", {
      title: "Sklep nie działa",
      type: "site_outage",
      severity: "SEV1",
    });
    expect(c.statusCode, c.body).toBe(201);
    const m = await call("POST", "/api/v1/comms/messages", {
      kind: "customer_email",
      crisis_id: c.json().id,
      language: "pl",
    });
    expect(m.statusCode, m.body).toBe(201);
    const sent = await call("POST", `/api/v1/comms/messages/${m.json().id}/send`, {
      channel: "email",
      segment: "all",
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await h.ctx.jobs.drain();
    const [mail] = await smtp.waitFor(1);
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
