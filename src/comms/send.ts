import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import type { Actor } from "../core/actor.js";
import { conflict } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { openSecret } from "../core/secrets.js";
import type { Lang } from "../plan/default-plan/index.js";
import type { createContacts } from "./contacts.js";
import type { SendInput } from "./schema.js";
import { statusPagePlan } from "./status-page-plan.js";
import { type Segment, commsStore as store } from "./store.js";
import type { CommsMessagesTable } from "./tables.js";

type Db = Kysely<Database>;

export const EMAIL_QUEUE = "comms.email";
const PAGE = 500;

/** Messages customers may opt out of; a breach notice is owed to everyone affected (GDPR Art. 34). */
const UNSUBSCRIBABLE = new Set([
  "customer_email",
  "press_release",
  "social_post",
  "status_update",
  "supplier_notice",
]);
/** Kept off the public record: the timeline marks these as internal. */
const INTERNAL = new Set(["internal_brief", "supplier_notice"]);

interface Deps {
  audit(
    trx: Db,
    actor: Actor,
    messageId: string | null,
    action: string,
    data?: Record<string, unknown>,
  ): Promise<void>;
  rendered(
    actor: Actor,
    row: CommsMessagesTable,
    customer?: Record<string, unknown>,
  ): Promise<{ subject: string; body: string }>;
  translations(row: CommsMessagesTable): CommsMessagesTable[];
  contacts: ReturnType<typeof createContacts>;
}

interface EmailJob {
  workspaceId: string;
  messageId: string;
  segment: Segment;
  actor: Actor;
}

export function createSender(ctx: AppContext, deps: Deps) {
  const db = ctx.db;

  // One job per send; each recipient's e-mail has its own key, so a retried job never doubles a message.
  ctx.jobs.register<EmailJob>(EMAIL_QUEUE, async (job) => {
    const row = await store.message(db, job.workspaceId, job.messageId);
    if (!row) return;
    const ws = await ctx.services.accounts.workspace(job.workspaceId);
    const legal = !UNSUBSCRIBABLE.has(row.kind);
    const now = ctx.clock.now().toISOString();
    let after: string | undefined;
    let sent = 0;
    const versions = new Map([row, ...deps.translations(row)].map((r) => [r.language, r]));
    for (;;) {
      const page = await store.segment(db, job.workspaceId, job.segment, now, {
        after,
        limit: PAGE,
        includeUnsubscribed: legal,
      });
      for (const c of page) {
        // Each customer reads their language where the message has it, else the message's own.
        const version = versions.get(c.language ?? ws.language) ?? row;
        const text = await deps.rendered(job.actor, version, { name: c.name ?? "", email: c.email });
        const unsubscribe = `${ctx.config.publicUrl}/status/messages/unsubscribe?token=${openSecret(c.token)}`;
        await ctx.services.mail.send(
          {
            workspaceId: job.workspaceId,
            to: c.email,
            subject: text.subject,
            text: legal ? `${text.body}\n` : `${text.body}\n\n--\n${unsubscribe}\n`,
            ...(legal ? {} : { listUnsubscribe: unsubscribe }),
          },
          { key: `comms:${row.id}:${c.id}` },
        );
        sent++;
      }
      if (page.length < PAGE) break;
      after = page.at(-1)?.id;
    }
    await db
      .transaction()
      .execute((trx) =>
        deps.audit(trx, job.actor, row.id, "email.queued", { segment: job.segment, recipients: sent }),
      );
  });

  async function markSent(
    actor: Actor,
    row: CommsMessagesTable,
    entry: Record<string, unknown>,
    inTrx?: (trx: Db) => Promise<unknown>,
    approved = true,
  ) {
    const at = ctx.clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const fresh = await store.message(trx, actor.workspaceId, row.id);
      if (!fresh || fresh.status !== row.status)
        throw conflict("the message changed; reload and try again", "status");
      const sends = [...(JSON.parse(fresh.sends) as unknown[]), { ...entry, at, by: actor.label }];
      await store.updateMessage(trx, actor.workspaceId, row.id, [row.status], {
        status: "sent",
        sent_by: fresh.sent_by ?? actor.label,
        sent_at: fresh.sent_at ?? at,
        sends: JSON.stringify(sends),
        updated_at: at,
      });
      await deps.audit(trx, actor, row.id, "sent", { ...entry, without_approval: !approved });
      await inTrx?.(trx);
    });
    return at;
  }

  async function onTimeline(
    actor: Actor,
    row: CommsMessagesTable,
    channel: string,
    subject: string,
    at: string,
  ) {
    if (!row.crisis_id) return;
    await ctx.services.crises.addEvent(actor, row.crisis_id, {
      kind: "message.sent",
      text: `${row.kind.replaceAll("_", " ")} sent (${channel.replace("_", " ")}, ${row.language}): ${subject}`,
      data: { message_id: row.id, channel, kind: row.kind, language: row.language },
      key: `message:${row.id}:${channel}:${at}`,
      public: !INTERNAL.has(row.kind),
      at,
    });
  }

  return {
    async send(actor: Actor, row: CommsMessagesTable, input: SendInput, o: { approved: boolean }) {
      const text = await deps.rendered(actor, row);
      let result: Record<string, unknown> = {};
      let at: string;
      switch (input.channel) {
        case "email": {
          at = await markSent(
            actor,
            row,
            { channel: "email", segment: input.segment },
            (trx) =>
              ctx.jobs.enqueue(
                EMAIL_QUEUE,
                { workspaceId: actor.workspaceId, messageId: row.id, segment: input.segment, actor },
                { key: `comms-email:${row.id}:${input.segment}:${newId()}` },
                trx,
              ),
            o.approved,
          );
          break;
        }
        case "status_page": {
          const lang = row.language as Lang;
          const plan = await statusPagePlan(ctx, actor, row);
          const title: Record<string, string> = { [lang]: text.subject };
          const bodies: Record<string, string> = { [lang]: text.body };
          for (const t of deps.translations(row)) {
            const r = await deps.rendered(actor, t);
            title[t.language] = r.subject;
            bodies[t.language] = r.body;
          }
          const incident = {
            title,
            impact: plan.impact,
            body: bodies,
            ...(input.status ? { status: input.status } : {}),
            components: plan.components,
          };
          const published = row.crisis_id
            ? await ctx.services.statuspage.publishForCrisis(actor, row.crisis_id, incident)
            : await ctx.services.statuspage.openIncident(actor, incident);
          result = { incident_id: published.id, update_id: published.update.id };
          at = await markSent(
            actor,
            row,
            { channel: "status_page", target: published.id },
            undefined,
            o.approved,
          );
          break;
        }
        case "webhook": {
          const target = new URL(input.url);
          const key = createHash("sha1").update(`${row.id}|${input.url}|${newId()}`).digest("hex");
          at = await markSent(
            actor,
            row,
            { channel: "webhook", target: target.origin },
            async (trx) => {
              await ctx.services.webhooks.deliver(
                actor.workspaceId,
                { url: input.url, secret: input.secret, channel: "comms" },
                "message.sent",
                {
                  id: row.id,
                  kind: row.kind,
                  language: row.language,
                  crisis_id: row.crisis_id,
                  subject: text.subject,
                  text: text.body,
                },
                { key, db: trx },
              );
            },
            o.approved,
          );
          break;
        }
        case "copy": {
          at = await markSent(actor, row, { channel: "copy" }, undefined, o.approved);
          result = { text: text.body, subject: text.subject };
          break;
        }
      }
      await onTimeline(actor, row, input.channel, text.subject, at);
      ctx.bus.publish(actor.workspaceId, "message.changed", { id: row.id, action: "sent" });
      return result;
    },
  };
}
