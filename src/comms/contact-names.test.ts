import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";

/**
 * A customer list comes as a file, not through the JSON edge: a name with an unclosed right-to-left
 * override (U+202E) must not turn the shop e-mail's own words after it around.
 */
const RLO = "\u202E";
const PDF = "\u202C";
const { h, smtp } = setupMailHarness();
const call = (method: "POST", url: string, payload: object) =>
  h.app.inject({ method, url, headers: h.auth("responder"), payload });

describe("a contact's name from a CSV file", () => {
  it("is closed where it ends, so the greeting reads 'Hello ⟨RLO⟩Anna⟨PDF⟩, …' with our words the right way round", async () => {
    const imp = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/contacts/import",
      headers: { ...h.auth("admin"), "content-type": "text/csv" },
      payload: `email,name,language,paid_at\nanna@example.com,${RLO}Anna,en,2026-11-20T10:00:00Z\n`,
    });
    expect(imp.statusCode, imp.body).toBe(200);
    const crisis = await call("POST", "/api/v1/crises", {
      title: "Double charges",
      type: "payment_failure",
      severity: "SEV1",
    });
    expect(crisis.statusCode).toBe(201);
    const m = await call("POST", "/api/v1/comms/messages", {
      kind: "customer_email",
      crisis_id: crisis.json().id,
      language: "en",
    });
    const sent = await call("POST", `/api/v1/comms/messages/${m.json().id}/send`, {
      channel: "email",
      segment: "all",
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await h.ctx.jobs.drain();
    const [mail] = await smtp.waitFor(1);
    // On the old code: "Hello ⟨RLO⟩Anna," and the rest of the line drawn backwards.
    expect(mail?.text).toContain(`Hello ${RLO}Anna${PDF},`);
  });
});
