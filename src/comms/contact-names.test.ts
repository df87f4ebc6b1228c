import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { mailCustomerList } from "./test-customer-mail.js";

/**
 * A customer list comes as a file, not through the JSON edge: a name with an unclosed right-to-left
 * override (U+202E) must not turn the shop e-mail's own words after it around.
 */
const RLO = "\u202E";
const PDF = "\u202C";
const { h, smtp } = setupMailHarness();

describe("a contact's name from a CSV file", () => {
  it("is closed where it ends, so the greeting reads 'Hello ⟨RLO⟩Anna⟨PDF⟩, …' with our words the right way round", async () => {
    const { imported, crisis, sent, mail } = await mailCustomerList(h, smtp, {
      csv: `email,name,language,paid_at\nanna@example.com,${RLO}Anna,en,2026-11-20T10:00:00Z\n`,
      crisis: { title: "Double charges", type: "payment_failure", severity: "SEV1" },
      language: "en",
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(crisis.statusCode).toBe(201);
    expect(sent.statusCode, sent.body).toBe(200);
    // On the old code: "Hello ⟨RLO⟩Anna," and the rest of the line drawn backwards.
    expect(mail?.text).toContain(`Hello ${RLO}Anna${PDF},`);
  });
});
