import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { type Receiver, startReceiver } from "../testing/receiver.js";
import { waitFor } from "../testing/wait.js";
import { newWebhookSecret, verifyWebhook } from "../webhooks/signing.js";
import { startSmtpListener } from "./inbound.js";
import { casesModule } from "./module.js";
import { inboundEmail, rawMail } from "./test-mail.js";

const { h, smtp } = setupMailHarness({ env: { MAIL_FROM: "Negozio <assistenza@negozio.example>" } });
let receiver: Receiver;
let hookUrl: string;
const secret = newWebhookSecret();

beforeAll(async () => {
  receiver = await startReceiver();
  hookUrl = receiver.url("/social");
});
afterAll(() => receiver.close());

const raw = rawMail;
const inbound = (message: string) => inboundEmail(h, message);

const until = (check: () => Promise<boolean> | boolean) => waitFor(check, { each: () => h.ctx.jobs.drain() });

describe("cases by e-mail", () => {
  let caseId = "";

  it("opens a case from a raw RFC 822 message, without the quoted history", async () => {
    const res = await inbound(
      raw({
        from: "Marco Rossi <Marco@Example.it>",
        subject: "Ordine in ritardo",
        id: "<m1@example.it>",
        body: "Il mio pacco non è mai arrivato, aspetto da due settimane. Nessuno risponde!\r\n\r\nOn Mon, 1 Jan 2026, Shop wrote:\r\n> old text",
      }),
    );
    expect(res.statusCode).toBe(201);
    const c = res.json();
    caseId = c.id;
    expect(c).toMatchObject({
      channel: "email",
      source: "email",
      language: "it",
      subject: "Ordine in ritardo",
    });
    expect(c.customer).toMatchObject({ name: "Marco Rossi", email: "marco@example.it" });
    expect(c.text).not.toContain("old text");
  });

  it("sends the reply as an e-mail threaded with In-Reply-To and records it as sent", async () => {
    const before = smtp.messages.length;
    const res = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${caseId}/replies`,
      headers: h.auth("responder"),
      payload: { text: "Grazie, ci scusiamo. Le scriveremo entro venerdì 27 novembre alle 17:00." },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().channel).toBe("email");
    expect(res.json().case.status).toBe("answered");
    expect(res.json().case.first_response_at).toBeTruthy();
    await until(() => smtp.messages.length > before);
    const mail = smtp.messages[smtp.messages.length - 1];
    expect(mail?.inReplyTo).toBe("<m1@example.it>");
    expect(mail?.subject).toBe("Re: Ordine in ritardo");
    expect(JSON.stringify(mail?.to)).toContain("marco@example.it");
    expect(mail?.text).toContain("Grazie");
    // On the sender's domain, not the dashboard's host (127.0.0.1 here), and stored for threading.
    expect(mail?.messageId).toMatch(/^<case\.[^@]+@negozio\.example>$/);
    const full = (await h.ctx.services.cases.get(sys(), caseId)) as { messages: { direction: string }[] };
    expect(full.messages.map((m) => m.direction)).toEqual(["in", "out"]);
  });

  it("gathers the customer's answer to our reply into the same case and reopens it", async () => {
    const ours = smtp.messages[smtp.messages.length - 1]?.messageId as string;
    const res = await inbound(
      raw({
        from: "Marco Rossi <marco@example.it>",
        subject: "Re: Ordine in ritardo",
        id: "<m2@example.it>",
        inReplyTo: ours,
        body: "Ancora niente, per favore.",
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(caseId);
    expect(res.json().status).toBe("new");
    // A forwarder's retry of the same message does not add it twice.
    const again = await inbound(
      raw({
        from: "Marco Rossi <marco@example.it>",
        subject: "Re: Ordine in ritardo",
        id: "<m2@example.it>",
        inReplyTo: ours,
        body: "Ancora niente, per favore.",
      }),
    );
    expect(again.statusCode).toBe(200);
    expect(again.json().messages).toHaveLength(3);
  });

  it("drops auto-replies and bounces instead of opening or reopening a case", async () => {
    const auto = await inbound(
      raw({
        from: "Marco Rossi <marco@example.it>",
        subject: "Fuori ufficio",
        id: "<auto1@example.it>",
        body: "Sono fuori ufficio fino a lunedì.",
      }).replace("MIME-Version", "Auto-Submitted: auto-replied\r\nMIME-Version"),
    );
    expect(auto.statusCode).toBe(202);
    expect(auto.json().ignored).toMatch(/auto-replied/);
    const bounce = await inbound(
      raw({ from: "MAILER-DAEMON@mx.example", subject: "Undelivered", id: "<b1@mx>", body: "failed" }),
    );
    expect(bounce.statusCode).toBe(202);
    const full = (await h.ctx.services.cases.get(sys(), caseId)) as { messages: unknown[] };
    expect(full.messages).toHaveLength(3);
  });

  it("refuses a message without a sender or a raw body, naming the field", async () => {
    const noFrom = await inbound("Subject: hi\r\n\r\nbody");
    expect(noFrom.statusCode).toBe(400);
    expect(noFrom.json().error.field).toBe("from");
    const json = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases/inbound-email",
      headers: h.auth("responder"),
      payload: { text: "x" },
    });
    expect(json.statusCode).toBeGreaterThanOrEqual(400);
    expect(json.statusCode).toBeLessThan(500);
  });

  it("takes mail from the inbound SMTP listener (the shop forwards its mailbox there)", async () => {
    const listener = await startSmtpListener(h.ctx, 0, "127.0.0.1");
    try {
      const t = nodemailer.createTransport({ host: "127.0.0.1", port: listener.port, secure: false });
      await t.sendMail({
        from: "Eva Schmidt <eva@example.de>",
        to: "cases+test-shop@shop.example",
        subject: "Falsche Lieferung",
        text: "Ich habe den falschen Artikel bekommen und niemand antwortet. Sehr enttäuschend!",
        html: "<p>Ich habe den falschen Artikel bekommen <script>alert(1)</script></p>",
      });
      const items = (
        (await h.ctx.services.cases.list(sys(), { limit: 50 })) as {
          items: { customer: { email: string | null }; language: string; channel: string }[];
        }
      ).items;
      const c = items.find((x) => x.customer.email === "eva@example.de");
      expect(c?.language).toBe("de");
      expect(c?.channel).toBe("email");
      t.close();
    } finally {
      await listener.close();
    }
  });
});

describe("replies to posts and the follow-up", () => {
  it("sends a reply to a social post by signed webhook, and the follow-up after resolution", async () => {
    await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth("admin"),
      payload: { reply_webhook: { url: hookUrl, secret } },
    });
    await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: {
        mentions: [
          {
            source: "facebook",
            external_id: "fb-9",
            text: "My parcel never arrived, terrible delivery!",
            author: "Kim",
          },
        ],
      },
    });
    const mention = (
      await h.app.inject({ method: "GET", url: "/api/v1/mentions?source=facebook", headers: h.auth() })
    ).json().items[0];
    const c = (
      await h.app.inject({
        method: "POST",
        url: "/api/v1/cases",
        headers: h.auth("responder"),
        payload: { mention_id: mention.id },
      })
    ).json();
    const sent = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${c.id}/replies`,
      headers: h.auth("responder"),
      payload: { text: "We are sorry. We will write to you by Friday 27 November.", waiting: true },
    });
    expect(sent.json().channel).toBe("webhook");
    expect(sent.json().case.status).toBe("waiting");
    await until(() => receiver.received.some((r) => JSON.parse(r.body).type === "case.reply"));
    const hit = receiver.received.find((r) => JSON.parse(r.body).type === "case.reply");
    expect(hit).toBeDefined();
    expect(() => verifyWebhook(secret, hit?.headers ?? {}, hit?.body)).not.toThrow();
    expect(JSON.parse(hit?.body ?? "{}").data).toMatchObject({
      external_id: "fb-9",
      source: "facebook",
      to: "Kim",
    });

    const resolved = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${c.id}`,
      headers: h.auth("responder"),
      payload: { status: "resolved" },
    });
    const r = resolved.json();
    expect(r.post_status).toBe("asked");
    expect(r.follow_up.private_text).toMatch(/updating or removing your post/);
    expect(r.follow_up.public_text).toMatch(/resolved/);
    await until(() => receiver.received.filter((x) => JSON.parse(x.body).type === "case.reply").length >= 2);

    const update = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases/post-updates",
      headers: h.auth("responder"),
      payload: { source: "facebook", external_id: "fb-9", removed: true },
    });
    expect(update.json().cases).toEqual([c.id]);
    const after = (await h.ctx.services.cases.get(sys(), c.id)) as { post_status: string };
    expect(after.post_status).toBe("removed");
  });

  it("records a copied reply as sent when the case has no channel to send by", async () => {
    const c = (
      await h.app.inject({
        method: "POST",
        url: "/api/v1/cases",
        headers: h.auth("responder"),
        payload: { customer: { name: "Walk-in" }, text: "Rude staff on the phone, nobody helped." },
      })
    ).json();
    expect(c.channel).toBe("clipboard");
    const res = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${c.id}/replies`,
      headers: h.auth("responder"),
      payload: { text: "Sorry, it's your fault. We will fix it ASAP." },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().channel).toBe("clipboard");
    // The tone check's remarks come back with the send, so the composer can show them.
    expect(res.json().tone.ok).toBe(false);
    expect(res.json().tone.remarks.length).toBeGreaterThan(0);
    const email = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${c.id}/replies`,
      headers: h.auth("responder"),
      payload: { text: "x", channel: "email" },
    });
    expect(email.statusCode).toBe(400);
    expect(email.json().error.field).toBe("channel");
    // No post to update: resolving prepares the follow-up texts but records nothing as sent.
    const resolved = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${c.id}`,
      headers: h.auth("responder"),
      payload: { status: "resolved" },
    });
    expect(resolved.json().follow_up.public_text).toBeTruthy();
    expect(resolved.json().post_status).toBe("unknown");
    expect(resolved.json().messages.filter((m: { direction: string }) => m.direction === "out")).toHaveLength(
      1,
    );
  });
});

function sys() {
  return { workspaceId: h.workspaceId, role: "admin", label: "test", userId: null } as never;
}

describe("the case mailbox in a worker", () => {
  it("listens on FIREBREAK_CASES_SMTP_PORT, refuses a bad port, and a second worker on the host goes on", async () => {
    const probe = await startSmtpListener(h.ctx, 0, "127.0.0.1");
    const port = probe.port;
    await probe.close();
    const before = process.env["FIREBREAK_CASES_SMTP_PORT"];
    try {
      process.env["FIREBREAK_CASES_SMTP_PORT"] = "not-a-port";
      await expect(casesModule.start?.(h.ctx)).rejects.toThrow(/FIREBREAK_CASES_SMTP_PORT/);
      process.env["FIREBREAK_CASES_SMTP_PORT"] = String(port);
      await casesModule.start?.(h.ctx);
      // The same port again (a second worker on this host) does not crash the process.
      await expect(casesModule.start?.(h.ctx)).resolves.toBeUndefined();
      const t = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false });
      await t.sendMail({
        from: "Pierre Martin <pierre@example.fr>",
        to: "cases@shop.example",
        subject: "Colis perdu",
        text: "Mon colis n'est jamais arrivé et personne ne répond. Très déçu.",
      });
      t.close();
      const items = (
        (await h.ctx.services.cases.list(sys(), { limit: 100 })) as {
          items: { customer: { email: string | null }; language: string }[];
        }
      ).items;
      expect(items.find((x) => x.customer.email === "pierre@example.fr")?.language).toBe("fr");
    } finally {
      if (before === undefined) delete process.env["FIREBREAK_CASES_SMTP_PORT"];
      else process.env["FIREBREAK_CASES_SMTP_PORT"] = before;
    }
  });
});
