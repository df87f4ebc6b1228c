import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { buildReply, followUpPrivate } from "./replies.js";
import { openByMailAndReply, rawMail } from "./test-mail.js";

/**
 * A case opened from an e-mail keeps the sender's name and subject as sent (they are not a JSON body), so
 * an unclosed right-to-left override in either reached the drafts and the reply: "Hello ⟨RLO⟩Ola, thank
 * you …" drew the rest of the greeting's line backwards, "Re: Order ⟨RLO⟩123" ran on in the inbox.
 */
const RLO = "\u202E";
const PDF = "\u202C";
const FSI = "\u2068";
const PDI = "\u2069";
const { h, smtp } = setupMailHarness();

describe("a name and a subject from an e-mail, among our words", () => {
  it("the drafts set the name and the shop's name each as its own isolate, closed", () => {
    const base = {
      language: "en",
      topic: "delivery",
      dueAt: "2026-12-07T12:00:00Z",
      timezone: "UTC",
      remedy: null,
    } as const;
    const reply = buildReply({ ...base, shop: "חנות", customerName: `${RLO}Ola` });
    expect(reply.text).toContain(`${FSI}${RLO}Ola${PDF}${PDI},`);
    expect(reply.text).toContain(`the ${FSI}חנות${PDI} team`);
    expect(followUpPrivate("en", "Shop", `${RLO}Ola`)).toContain(`Hello ${FSI}${RLO}Ola${PDF}${PDI}, we`);
    // A name that moves nothing is written as given.
    expect(buildReply({ ...base, shop: "Shop", customerName: "Ola" }).text).toContain("Ola,");
  });

  it("the reply's subject closes the override the customer's subject left open", async () => {
    const { mail } = await openByMailAndReply(
      h,
      smtp,
      rawMail({
        from: `${RLO}Ola <ola@example.com>`,
        subject: `Order ${RLO}321`,
        id: "<rtl1@example.com>",
        body: "Hello, my parcel has not arrived, I have been waiting two weeks and nobody answers my messages.",
      }),
      "Hello, we are sorry. We are checking the parcel and will write by Friday.",
    );
    expect(mail?.subject).toBe(`Re: Order ${RLO}321${PDF}`);
  });
});
