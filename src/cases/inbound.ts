import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AppContext } from "../app/context.js";
import { systemActor } from "../core/actor.js";
import { invalid } from "../core/errors.js";

export interface InboundEmail {
  fromAddress: string;
  fromName: string | null;
  subject: string | null;
  text: string;
  messageId: string | null;
  /** In-Reply-To and References: the thread this message answers. */
  threadIds: string[];
  to: string[];
  /** Why the message is machine-made (an auto-reply, a bounce, a list), or null for a person's. */
  automated: string | null;
  /** The sender's offset from UTC in minutes, from the `Date:` header ("+0100" → 60); null if it says none. */
  utcOffset: number | null;
}

/** RFC 5322's obsolete zone names (section 4.3): "UT" and "GMT" are UTC, the US ones their offsets. */
const NAMED_ZONES: Record<string, number> = {
  UT: 0,
  GMT: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/**
 * The offset a `Date:` header was written in: the customer's mail client writes its own clock's. Read
 * from the raw line, as the parsed date keeps the instant only. "-0000" means "no idea where" (RFC 5322
 * 3.3), and offsets no zone has (beyond -12:00 / +14:00) are a broken header: both null.
 */
export function dateOffset(line: string | undefined): number | null {
  const value =
    line
      ?.replace(/^date:\s*/i, "")
      .replace(/\([^)]*\)\s*$/, "")
      .trim() ?? "";
  const m = /\s([+-])(\d{2})(\d{2})$/.exec(value);
  if (m) {
    const [, sign, hh, mm] = m;
    if (sign === "-" && hh === "00" && mm === "00") return null;
    const minutes = Number(hh) * 60 + Number(mm);
    if (Number(mm) >= 60) return null;
    const offset = sign === "-" ? -minutes : minutes;
    return offset < -720 || offset > 840 ? null : offset;
  }
  const name = /\s([A-Z]{2,3})$/i.exec(value)?.[1]?.toUpperCase();
  return name && name in NAMED_ZONES ? (NAMED_ZONES[name] ?? null) : null;
}

/** Auto-replies, bounces and bulk mail must not open or reopen cases (and must never be answered). */
function automatedReason(m: ParsedMail, from: string): string | null {
  const h = (name: string) => {
    const v = m.headers.get(name);
    return typeof v === "string" ? v.toLowerCase() : v ? JSON.stringify(v).toLowerCase() : "";
  };
  const auto = h("auto-submitted");
  if (auto && !auto.includes("no")) return `Auto-Submitted: ${auto}`;
  if (/\b(bulk|junk|list|auto_reply)\b/.test(h("precedence"))) return `Precedence: ${h("precedence")}`;
  if (m.headers.has("x-autoreply") || m.headers.has("x-autorespond")) return "auto-reply header";
  if (/^(mailer-daemon|postmaster|no-?reply)@/i.test(from)) return `sent by ${from}`;
  return null;
}

const MAX_BYTES = 5 * 1024 * 1024;

const addressesOf = (a: ParsedMail["to"]): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address ?? "")).filter(Boolean);

/** Text of a message: the plain part, or the HTML part stripped to text; quoted history cut off. */
function bodyOf(m: ParsedMail): string {
  const raw = m.text ?? (typeof m.html === "string" ? m.html.replace(/<[^>]*>/g, " ") : "");
  const lines: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    // Stop at the quoted history a mail client adds below a reply.
    if (/^On .+ wrote:$/.test(line.trim()) || /^-{2,}\s*Original Message/i.test(line.trim())) break;
    if (line.startsWith(">")) continue;
    lines.push(line);
  }
  return lines.join("\n").trim();
}

export async function parseEmail(raw: Buffer | string): Promise<InboundEmail> {
  const m = await simpleParser(raw);
  const from = m.from?.value[0];
  if (!from?.address) throw invalid("the message has no From address", "from");
  const refs = Array.isArray(m.references) ? m.references : m.references ? m.references.split(/\s+/) : [];
  const text = bodyOf(m);
  if (!text) throw invalid("the message has no text", "text");
  return {
    fromAddress: from.address.toLowerCase(),
    fromName: from.name || null,
    subject: m.subject ?? null,
    text: text.slice(0, 20_000),
    messageId: m.messageId ?? null,
    threadIds: [...new Set([...(m.inReplyTo ? [m.inReplyTo] : []), ...refs].filter(Boolean))],
    to: addressesOf(m.to),
    automated: automatedReason(m, from.address),
    utcOffset: dateOffset(m.headerLines.find((l) => l.key === "date")?.line),
  };
}

/** The workspace a message is for: `cases+SLUG@…` in a recipient, else the first workspace. */
export async function workspaceFor(ctx: AppContext, to: string[]): Promise<string | null> {
  for (const addr of to) {
    const tag = /^[^+@]+\+([a-z0-9-]+)@/i.exec(addr)?.[1];
    if (tag) {
      const ws = await ctx.services.accounts.workspaceBySlug(tag.toLowerCase()).catch(() => null);
      if (ws) return ws.id;
    }
  }
  return (await ctx.services.accounts.firstWorkspace())?.id ?? null;
}

/** A listener for the shop's case address (forward the support mailbox here); off unless a port is set. */
export async function startSmtpListener(ctx: AppContext, port: number, host: string) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: MAX_BYTES,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (stream.sizeExceeded)
          return callback(Object.assign(new Error("message too large"), { responseCode: 552 }));
        const rcpt = session.envelope.rcptTo.map((r) => r.address);
        void (async () => {
          const mail = await parseEmail(Buffer.concat(chunks));
          // Accepted (so the sender does not retry) and dropped.
          if (mail.automated) return ctx.log.info({ reason: mail.automated }, "automated e-mail ignored");
          const ws = await workspaceFor(ctx, rcpt.length ? rcpt : mail.to);
          if (!ws) throw new Error("no workspace for this address");
          await ctx.services.cases.fromEmail(systemActor(ws, "E-mail"), mail);
        })()
          .then(() => callback())
          .catch((err: Error) => {
            ctx.log.warn({ err }, "inbound case e-mail refused");
            callback(Object.assign(new Error(err.message), { responseCode: 550 }));
          });
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  ctx.log.info({ port: actual }, "case e-mail listener started");
  return { port: actual, close: () => new Promise<void>((r) => server.close(() => r())) };
}
