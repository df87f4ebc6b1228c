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
    // Now also its own isolate (tenth pass: FSI … PDI around a name that moves its neighbours).
    expect(mail?.text).toContain(`Hello \u2068${RLO}Anna${PDF}\u2069,`);
  });

  it("closes a shop name stored with its override open (before the edge closed it) in the subject and text", async () => {
    await h.ctx.db
      .updateTable("workspaces")
      .set({ name: `Old ${RLO}pohs` })
      .where("id", "=", h.workspaceId)
      .execute();
    const before = smtp.messages.length;
    const { sent } = await mailCustomerList(h, smtp, {
      csv: "email,name,language,paid_at\nola@example.com,Ola,en,2026-11-20T10:00:00Z\n",
      crisis: { title: "Late parcels", type: "payment_failure", severity: "SEV2" },
      language: "en",
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const mail = (await smtp.waitFor(before + 1)).find((m) => m.text?.includes("Hello Ola,"));
    // On the old code "Old ⟨RLO⟩pohs: Payment … – what it means for you", our words drawn backwards.
    expect(mail?.subject).toContain(`Old ${RLO}pohs${PDF}\u2069:`);
    for (const line of (mail?.text ?? "").split("\n"))
      expect(line.includes(RLO) ? line.includes(PDF) : true, line).toBe(true);
  });
});
