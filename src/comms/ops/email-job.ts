import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { colon, isLanguage } from "../../core/lang.js";
import { openSecret } from "../../core/secrets.js";
import { closeBidi, closeLines, isolate } from "../../core/text.js";
import { PAGE_TEXT } from "../../statuspage/i18n.js";
import { SENT_DESPITE_OPT_OUT } from "../breach-words.js";
import { crisisQuotesOf, quotedPassages } from "../quoted.js";
import type { SenderDeps } from "../send.js";
import { type Segment, commsStore as store } from "../store.js";

export const EMAIL_QUEUE = "comms.email";
/** The shop e-mails' list, for the mail outbox's check at send time (registered in module.ts). */
export const CONTACTS_LIST = "contacts";
const PAGE = 500;

/**
 * Messages customers may opt out of: all but a breach notice, owed to everyone affected (GDPR Art. 34).
 * The page after unsubscribing says so (unsubscribe-routes.ts); an internal brief mailed to a customer
 * list was missing here and reached those who had opted out.
 */
const UNSUBSCRIBABLE = new Set([
  "customer_email",
  "internal_brief",
  "press_release",
  "social_post",
  "status_update",
  "supplier_notice",
]);

interface EmailJob {
  workspaceId: string;
  messageId: string;
  segment: Segment;
  actor: Actor;
}

/** The footer's link, named in the mail's language as the status notices name theirs ("Wypisz się: …"). */
const optOut = (language: string, url: string) => {
  const lang = isLanguage(language) ? language : "en";
  return `${PAGE_TEXT[lang].unsubscribe}${colon(lang)} ${url}`;
};

/** The foot of a mail: the opt-out link, or under a breach notice to one who opted out, why it came. */
function footer(language: string, legal: boolean, optedOut: boolean, url: string) {
  const lang = isLanguage(language) ? language : "en";
  if (!legal) return `\n\n--\n${optOut(lang, url)}`;
  return optedOut ? `\n\n--\n${SENT_DESPITE_OPT_OUT[lang]}` : "";
}

/** One job per send; each recipient's e-mail has its own key, so a retried job never doubles a message. */
export function registerEmailJob(ctx: AppContext, deps: SenderDeps) {
  ctx.jobs.register<EmailJob>(EMAIL_QUEUE, async (job) => {
    const row = await store.message(ctx.db, job.workspaceId, job.messageId);
    if (!row) return;
    const ws = await ctx.services.accounts.workspace(job.workspaceId);
    const legal = !UNSUBSCRIBABLE.has(row.kind);
    const now = ctx.clock.now().toISOString();
    let after: string | undefined;
    let sent = 0;
    const versions = new Map([row, ...deps.translations(row)].map((r) => [r.language, r]));
    // The crisis's texts the mail may quote in another language: its HTML part marks them with it.
    const quotes = await crisisQuotesOf(ctx, job.actor, row.crisis_id);
    for (;;) {
      const page = await store.segment(ctx.db, job.workspaceId, job.segment, now, {
        after,
        limit: PAGE,
        includeUnsubscribed: legal,
      });
      for (const c of page) {
        // Each customer reads their language where the message has it, else the message's own.
        const version = versions.get(c.language ?? ws.language) ?? row;
        // The name its own isolate where it is right-to-left (and closed: one stored before row 71 closed it).
        const name = c.name ? isolate(c.name) : "";
        // Their own zone where the shop knows it: the times in the mail are on their clock.
        const text = await deps.rendered(job.actor, version, {
          name,
          email: c.email,
          time_zone: c.time_zone,
        });
        const unsubscribe = `${ctx.config.publicUrl}/status/messages/unsubscribe?token=${openSecret(c.token)}`;
        await ctx.services.mail.send(
          {
            workspaceId: job.workspaceId,
            to: c.email,
            // Closed at the door too: a shop or crisis name stored before the edge closed its overrides.
            subject: closeBidi(text.subject),
            language: version.language,
            passages: quotedPassages(version.language, quotes),
            text: `${closeLines(text.body)}${footer(version.language, legal, Boolean(c.unsubscribed_at), unsubscribe)}\n`,
            ...(legal ? {} : { listUnsubscribe: unsubscribe, optOut: { list: CONTACTS_LIST, id: c.id } }),
          },
          { key: `comms:${row.id}:${c.id}` },
        );
        sent++;
      }
      if (page.length < PAGE) break;
      after = page.at(-1)?.id;
    }
    await ctx.db
      .transaction()
      .execute((trx) =>
        deps.audit(trx, job.actor, row.id, "email.queued", { segment: job.segment, recipients: sent }),
      );
  });
}
