import { expect } from "vitest";
import type { Harness } from "../testing/harness.js";
import { setShop } from "../testing/shop.js";
import type { TestSmtp } from "../testing/smtp.js";
import { waitFor } from "../testing/wait.js";

/** A customer's e-mail as an RFC 822 message to the shop's case address (a subject of "" leaves the header out). */
export const rawMail = (o: {
  from?: string;
  subject: string;
  id?: string;
  body: string;
  inReplyTo?: string;
  /** The `Date:` header's value; the customer's mail client writes its own clock's offset in it. */
  date?: string;
}) =>
  [
    `From: ${o.from ?? "Ola Nowak <ola@example.pl>"}`,
    "To: cases+test-shop@shop.example",
    ...(o.subject ? [`Subject: ${o.subject}`] : []),
    `Message-ID: ${o.id ?? "<m1@example.com>"}`,
    ...(o.inReplyTo ? [`In-Reply-To: ${o.inReplyTo}`, `References: ${o.inReplyTo}`] : []),
    `Date: ${o.date ?? "Mon, 23 Nov 2026 10:00:00 +0000"}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    o.body,
  ].join("\r\n");

/** Posts a raw message to the inbound-email route, as the mail gateway does. */
export const inboundEmail = (h: Harness, message: string) =>
  h.app.inject({
    method: "POST",
    url: "/api/v1/cases/inbound-email",
    headers: { ...h.auth("responder"), "content-type": "message/rfc822" },
    payload: message,
  });

/** Opens a case from `message`, replies to it with `reply`, and returns the case and the mail the customer got. */
export async function openByMailAndReply(h: Harness, smtp: TestSmtp, message: string, reply: string) {
  const res = await inboundEmail(h, message);
  expect(res.statusCode, res.body).toBe(201);
  const before = smtp.messages.length;
  const sent = await h.app.inject({
    method: "POST",
    url: `/api/v1/cases/${res.json().id}/replies`,
    headers: h.auth("responder"),
    payload: { text: reply },
  });
  expect(sent.statusCode, sent.body).toBe(201);
  await waitFor(() => smtp.messages.length > before, { each: () => h.ctx.jobs.drain() });
  return { created: res.json() as { id: string; language: string }, mail: smtp.messages.at(-1) };
}

/**
 * A Mexican shop writing Spanish (America/Mexico_City, MXN), and a case its customer Lupita opened by
 * e-mail: the created case.
 */
export async function mexicanMailCase(h: Harness, mail: { subject: string; id: string; body: string }) {
  await setShop(h, {
    time_zone: "America/Mexico_City",
    languages: ["es"],
    default_language: "es",
    currency: "MXN",
  });
  const res = await inboundEmail(h, rawMail({ from: "Lupita Gómez <lupita@example.mx>", ...mail }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; suggested_reply: { text: string } };
}

/** Gives the case a refund of `cents` in the shop's currency. */
export async function giveRefund(h: Harness, caseId: string, cents: number) {
  const res = await h.app.inject({
    method: "POST",
    url: `/api/v1/cases/${caseId}/remedies`,
    headers: h.auth("admin"),
    payload: { kind: "refund", amount: cents },
  });
  expect(res.statusCode, res.body).toBe(201);
}
