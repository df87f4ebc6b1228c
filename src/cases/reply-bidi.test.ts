import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { waitFor } from "../testing/wait.js";
import { buildReply, followUpPrivate } from "./replies.js";

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

const raw = (from: string, subject: string, body: string) =>
  [
    `From: ${from}`,
    "To: cases+test-shop@shop.example",
    `Subject: ${subject}`,
    "Message-ID: <rtl1@example.com>",
    "Date: Mon, 23 Nov 2026 10:00:00 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
  ].join("\r\n");

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
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases/inbound-email",
      headers: { ...h.auth("responder"), "content-type": "message/rfc822" },
      payload: raw(
        `${RLO}Ola <ola@example.com>`,
        `Order ${RLO}321`,
        "Hello, my parcel has not arrived, I have been waiting two weeks and nobody answers my messages.",
      ),
    });
    expect(res.statusCode, res.body).toBe(201);
    const before = smtp.messages.length;
    const sent = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${res.json().id}/replies`,
      headers: h.auth("responder"),
      payload: { text: "Hello, we are sorry. We are checking the parcel and will write by Friday." },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    await waitFor(() => smtp.messages.length > before, { each: () => h.ctx.jobs.drain() });
    expect(smtp.messages.at(-1)?.subject).toBe(`Re: Order ${RLO}321${PDF}`);
  });
});
