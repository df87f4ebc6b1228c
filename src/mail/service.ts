import type { Kysely } from "kysely";
import nodemailer, { type Transporter } from "nodemailer";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import { openSecret, sealSecret } from "../core/secrets.js";
import { dkimFromEnv, htmlFromText, listId, messageIdOn, type Passage } from "./compose.js";

export const MAIL_QUEUE = "mail.send";

/**
 * A message waits in the job table as one sealed string: its text holds one-time links (log in, accept
 * an invitation, unsubscribe) that a copy of the database must not hand out. Messages queued before
 * sealing are plain and still sent.
 */
type QueuedMail = { sealed: string } | MailMessage;
const sealQueued = (m: MailMessage): QueuedMail => ({ sealed: sealSecret(JSON.stringify(m)) });
export const openQueued = (q: QueuedMail): MailMessage =>
  "sealed" in q ? (JSON.parse(openSecret(q.sealed)) as MailMessage) : q;

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
  /** The kind of list mail (`status`, `notices`…) for its List-Id; list mail without one is `notices`. */
  list?: string | undefined;
  /** Sent by Firebreak on its own (Auto-Submitted: auto-generated); by default all but replies. */
  automatic?: boolean | undefined;
  /** The reader's language, for the HTML part's `lang`. */
  language?: string | undefined;
  /** Parts of `text` in another language (their paragraphs' `lang` in the HTML part). */
  passages?: Passage[] | undefined;
  headers?: Record<string, string> | undefined;
  /**
   * Who on which list the mail is for (`{ list: "status", id: subscriber id }`): checked again as it is
   * sent, so a notice queued before they unsubscribed (waiting its turn, or retried while the SMTP
   * server was down) does not reach them after "no more e-mails". Not set on mail the law owes them.
   */
  optOut?: { list: string; id: string } | undefined;
}

/** Whether the list's member `id` has left it (unsubscribed, or deleted): then their mail is not sent. */
export type OptedOut = (id: string) => Promise<boolean>;

export type MailService = ReturnType<typeof createMailService>;

/** E-mail goes out through the job runner: queued with the write that caused it, retried, sent once. */
export function createMailService(ctx: AppContext) {
  let transport: Transporter | undefined;
  // Read at start, so a half-done DKIM setting stops the server instead of mail going out unsigned.
  const dkim = dkimFromEnv();

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
      tls: { rejectUnauthorized: process.env["SMTP_TLS_REJECT_UNAUTHORIZED"] !== "false" },
      ...(dkim ? { dkim } : {}),
    });
    return transport;
  };

  async function headersOf(m: MailMessage, from: string): Promise<Record<string, string>> {
    const headers: Record<string, string> = { ...m.headers };
    if (m.automatic ?? !m.inReplyTo) headers["Auto-Submitted"] = "auto-generated";
    if (m.listUnsubscribe) headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
    if (m.listUnsubscribe || m.list) {
      const ws = await ctx.services.accounts.workspace(m.workspaceId).catch(() => undefined);
      const kind = m.list ?? "notices";
      headers["List-Id"] = listId(from, ws?.slug ?? "firebreak", kind, `${ws?.name ?? "Firebreak"} ${kind}`);
    }
    return headers;
  }

  const optOuts = new Map<string, OptedOut>();

  ctx.jobs.register<QueuedMail>(
    MAIL_QUEUE,
    async (queued) => {
      const m = openQueued(queued);
      const left = m.optOut && optOuts.get(m.optOut.list);
      if (m.optOut && left && (await left(m.optOut.id))) {
        // Done, not failed: the reader said no more after it was queued.
        ctx.log.info({ list: m.optOut.list }, "queued mail not sent: the reader has unsubscribed since");
        return;
      }
      const from = m.from ?? ctx.config.mailFrom;
      await transporter().sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        // The same words as the text part, escaped: clients that prefer HTML show nothing else.
        html: m.html ?? htmlFromText(m.text, m.language, m.passages),
        messageId: m.messageId ?? messageIdOn(from),
        headers: await headersOf(m, from),
        ...(m.replyTo ? { replyTo: m.replyTo } : {}),
        ...(m.inReplyTo ? { inReplyTo: m.inReplyTo } : {}),
        ...(m.references ? { references: m.references } : {}),
        ...(m.listUnsubscribe
          ? { list: { unsubscribe: { url: m.listUnsubscribe, comment: "Unsubscribe" } } }
          : {}),
      });
    },
    { concurrency: 4, maxAttempts: 12 },
  );

  return {
    configured: () => ctx.config.smtp !== undefined,
    /** Queues one message; `key` makes it idempotent (the same key is sent once). */
    send(message: MailMessage, options: { key?: string; db?: Kysely<Database> } = {}) {
      // Chosen once, before the first attempt: every retry carries the same Message-ID.
      const withId = {
        ...message,
        messageId: message.messageId ?? messageIdOn(message.from ?? ctx.config.mailFrom),
      };
      return ctx.jobs.enqueue(
        MAIL_QUEUE,
        sealQueued(withId),
        options.key ? { key: options.key } : {},
        options.db,
      );
    },
    /** How a list (`optOut.list` of its mails) tells, at send time, that a member has left it. */
    onOptOut(list: string, check: OptedOut) {
      optOuts.set(list, check);
    },
    /** A Message-ID on the sender's domain, for callers that store it to thread replies later. */
    messageId: (local?: string) => messageIdOn(ctx.config.mailFrom, local),
    close() {
      transport?.close();
    },
  };
}
