import type { Kysely } from "kysely";
import nodemailer, { type Transporter } from "nodemailer";
import type { AppContext } from "../app/context.js";
import type { Database } from "../db/schema.js";

export const MAIL_QUEUE = "mail.send";

export interface MailMessage {
  workspaceId: string;
  to: string | string[];
  subject: string;
  text: string;
  html?: string | undefined;
  from?: string | undefined;
  replyTo?: string | undefined;
  /** Our own Message-ID, so replies can be threaded back to us. */
  messageId?: string | undefined;
  inReplyTo?: string | undefined;
  references?: string[] | undefined;
  /** RFC 8058 one-click unsubscribe URL. */
  listUnsubscribe?: string | undefined;
  headers?: Record<string, string> | undefined;
}

export type MailService = ReturnType<typeof createMailService>;

/** E-mail goes out through the job runner: queued with the write that caused it, retried, sent once. */
export function createMailService(ctx: AppContext) {
  let transport: Transporter | undefined;

  const transporter = (): Transporter => {
    const smtp = ctx.config.smtp;
    if (!smtp) {
      throw new Error("no SMTP server is configured; set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASS)");
    }
    transport ??= nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? "" } } : {}),
      // Local and test servers often have no certificate; STARTTLS is still used when offered.
      tls: { rejectUnauthorized: process.env.SMTP_TLS_REJECT_UNAUTHORIZED !== "false" },
    });
    return transport;
  };

  ctx.jobs.register<MailMessage>(
    MAIL_QUEUE,
    async (m) => {
      await transporter().sendMail({
        from: m.from ?? ctx.config.mailFrom,
        to: m.to,
        subject: m.subject,
        text: m.text,
        ...(m.html ? { html: m.html } : {}),
        ...(m.replyTo ? { replyTo: m.replyTo } : {}),
        ...(m.messageId ? { messageId: m.messageId } : {}),
        ...(m.inReplyTo ? { inReplyTo: m.inReplyTo } : {}),
        ...(m.references ? { references: m.references } : {}),
        ...(m.listUnsubscribe
          ? {
              list: { unsubscribe: { url: m.listUnsubscribe, comment: "Unsubscribe" } },
              headers: { ...m.headers, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
            }
          : m.headers
            ? { headers: m.headers }
            : {}),
      });
    },
    { concurrency: 4, maxAttempts: 12 },
  );

  return {
    configured: () => ctx.config.smtp !== undefined,
    /** Queues one message; `key` makes it idempotent (the same key is sent once). */
    send(message: MailMessage, options: { key?: string; db?: Kysely<Database> } = {}) {
      return ctx.jobs.enqueue(MAIL_QUEUE, message, options.key ? { key: options.key } : {}, options.db);
    },
    close() {
      transport?.close();
    },
  };
}
