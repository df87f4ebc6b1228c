import { describe, expect, it } from "vitest";
import { sendToCustomerList } from "../comms/test-customer-mail.js";
import { openSecret } from "../core/secrets.js";
import { subscribeConfirmed } from "../statuspage/testing.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { MAIL_QUEUE } from "./service.js";

/**
 * "No more e-mails" holds for mail already queued: a status notice (or a shop e-mail) waits in the mail
 * outbox for its turn, or for its retry while the SMTP server is away, and its reader unsubscribes
 * meanwhile. On the old code the outbox sent it anyway; it now checks the opt-out as it sends. Each test
 * queues (the job that writes the mails runs, the outbox's jobs do not), unsubscribes, then runs the
 * sender against the in-process SMTP server.
 */
const { h, smtp } = setupMailHarness();

const queuedMails = async () =>
  (
    await h.ctx.db
      .selectFrom("jobs")
      .select("id")
      .where("queue", "=", MAIL_QUEUE)
      .where("status", "=", "queued")
      .execute()
  ).length;

const recipients = (from: number) => smtp.messages.slice(from).map((m) => JSON.stringify(m.to));

describe("a mail queued before its reader unsubscribed", () => {
  it("a status notice does not reach a subscriber who unsubscribed after it was queued", async () => {
    h.clock.freeze(new Date("2026-12-06T20:00:00Z"));
    await setShop(h, { name: "Sklep Ola", languages: ["pl", "en"], default_language: "pl" });
    await subscribeConfirmed(h, smtp, "stays@example.com", "pl");
    await subscribeConfirmed(h, smtp, "leaves@example.com", "en");
    const before = smtp.messages.length;
    const opened = await h.app.inject({
      method: "POST",
      url: "/api/v1/status/incidents",
      headers: h.auth("responder"),
      payload: { title: { pl: "Płatności", en: "Payments" }, body: { pl: "Sprawdzamy.", en: "Checking." } },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    // One round: the notice job writes one mail per subscriber into the outbox; none is sent yet.
    await h.ctx.jobs.drain(1);
    expect(await queuedMails()).toBe(2);
    expect(smtp.messages.length).toBe(before);

    const sub = await h.ctx.db
      .selectFrom("status_subscribers")
      .select("token")
      .where("email", "=", "leaves@example.com")
      .executeTakeFirstOrThrow();
    const left = await h.app.inject({
      method: "POST",
      url: `/status/unsubscribe?token=${openSecret(sub.token)}`,
    });
    expect(left.statusCode).toBe(200);

    await h.ctx.jobs.drain();
    await smtp.waitFor(before + 1);
    await h.ctx.jobs.drain();
    // On the old code both got it: the unsubscribed reader too.
    expect(recipients(before)).toEqual([expect.stringContaining("stays@example.com")]);
    expect(await queuedMails()).toBe(0);
  });

  it("a shop e-mail does not reach a customer who unsubscribed after it was queued", async () => {
    const before = smtp.messages.length;
    const { imported, sent } = await sendToCustomerList(h, {
      csv: "email,name,language\nkeeps@example.com,Keeps,en\ngoes@example.com,Goes,en\n",
      crisis: { title: "Sklep", type: "site_outage", severity: "SEV2" },
      language: "en",
    });
    expect(imported.statusCode, imported.body).toBeLessThan(300);
    expect(sent.statusCode, sent.body).toBe(200);
    await h.ctx.jobs.drain(1);
    expect(await queuedMails()).toBe(2);

    const contact = await h.ctx.db
      .selectFrom("comms_contacts")
      .select("token")
      .where("email", "=", "goes@example.com")
      .executeTakeFirstOrThrow();
    const left = await h.app.inject({
      method: "POST",
      url: `/status/messages/unsubscribe?token=${openSecret(contact.token)}`,
    });
    expect(left.statusCode).toBe(200);

    await h.ctx.jobs.drain();
    await smtp.waitFor(before + 1);
    await h.ctx.jobs.drain();
    expect(recipients(before)).toEqual([expect.stringContaining("keeps@example.com")]);
  });
});
