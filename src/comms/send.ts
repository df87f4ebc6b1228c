import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import type { Actor } from "../core/actor.js";
import { conflict } from "../core/errors.js";
import { newId } from "../core/ids.js";
import type { createContacts } from "./contacts.js";
import { EMAIL_QUEUE, registerEmailJob } from "./ops/email-job.js";
import { publishToStatusPage } from "./ops/status-page-send.js";
import type { SendInput } from "./schema.js";
import { commsStore as store } from "./store.js";
import type { CommsMessagesTable } from "./tables.js";

type Db = Kysely<Database>;

export { EMAIL_QUEUE } from "./ops/email-job.js";

/** Kept off the public record: the timeline marks these as internal. */
const INTERNAL = new Set(["internal_brief", "supplier_notice"]);

export interface SenderDeps {
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

/** The crisis timeline records each send; a retried send of the same moment is one event. */
async function onTimeline(
  ctx: AppContext,
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
    data: { message_id: row.id, channel, kind: row.kind, language: row.language, subject },
    key: `message:${row.id}:${channel}:${at}`,
    public: !INTERNAL.has(row.kind),
    at,
  });
}

export function createSender(ctx: AppContext, deps: SenderDeps) {
  const db = ctx.db;

  registerEmailJob(ctx, deps);

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
          const published = await publishToStatusPage(ctx, deps, actor, row, text, input.status);
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
      await onTimeline(ctx, actor, row, input.channel, text.subject, at);
      ctx.bus.publish(actor.workspaceId, "message.changed", { id: row.id, action: "sent" });
      return result;
    },
  };
}
