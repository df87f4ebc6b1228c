import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { waitFor } from "../testing/wait.js";

/** A reply by e-mail is in the case's language down to its subject line and the HTML part's `lang`. */
const { h, smtp } = setupMailHarness();

const raw = (subject: string, body: string) =>
  [
    "From: Ola Nowak <ola@example.pl>",
    "To: cases+test-shop@shop.example",
    ...(subject ? [`Subject: ${subject}`] : []),
    "Message-ID: <pl1@example.pl>",
    "Date: Mon, 23 Nov 2026 10:00:00 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
  ].join("\r\n");

describe("a reply to a Polish customer who wrote without a subject", () => {
  it("has a Polish subject and says its language", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases/inbound-email",
      headers: { ...h.auth("responder"), "content-type": "message/rfc822" },
      payload: raw(
        "",
        "Dzień dobry, moja paczka nie dotarła, czekam już dwa tygodnie i nikt nie odpowiada na wiadomości.",
      ),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().language).toBe("pl");
    const before = smtp.messages.length;
    const sent = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${res.json().id}/replies`,
      headers: h.auth("responder"),
      payload: { text: "Dzień dobry, przepraszamy. Sprawdzamy przesyłkę i odpiszemy do piątku." },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    await waitFor(() => smtp.messages.length > before, { each: () => h.ctx.jobs.drain() });
    const mail = smtp.messages[smtp.messages.length - 1];
    expect(mail?.subject).toBe("Twoja wiadomość");
    expect(mail?.html || "").toContain('<html lang="pl">');
  });
});
