import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict, invalid, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { closeBidi, closeLines } from "../../core/text.js";
import type { CaseLang, RemedyPolicy } from "../policy.js";
import type { ReplyChannel } from "../schema.js";
import { casesStore as store } from "../store.js";
import type { CasesTable } from "../tables.js";
import { wordsOf } from "../words.js";
import { type Db, event, now, policy, rowOf } from "./internal.js";

export interface ReplyInput {
  text: string;
  channel?: ReplyChannel | undefined;
  waiting?: boolean | undefined;
}

/** Puts the reply on its way: an e-mail in the customer's thread, or the shop's reply webhook. */
async function dispatch(
  ctx: AppContext,
  trx: Db,
  actor: Actor,
  row: CasesTable,
  p: RemedyPolicy,
  out: { channel: ReplyChannel; msgId: string; messageId: string | null; text: string },
) {
  const key = `case-reply:${out.msgId}`;
  if (out.channel === "email") {
    const messages = await store.messagesOf(trx, [row.id]);
    const thread = messages.map((m) => m.email_message_id).filter((x): x is string => !!x);
    const lastIn = messages.filter((m) => m.direction === "in" && m.email_message_id).pop();
    // Closed, not isolated: the customer's own subject stays as written (mail apps thread by it), but an
    // override left open by a mail received before the edge closed them would run on in their list.
    const subject = row.subject
      ? /^re:/i.test(row.subject)
        ? closeBidi(row.subject)
        : `Re: ${closeBidi(row.subject)}`
      : (wordsOf(row.language as CaseLang) ?? wordsOf("en")).subject;
    await ctx.services.mail.send(
      {
        workspaceId: actor.workspaceId,
        to: row.customer_email as string,
        subject,
        text: closeLines(out.text),
        language: row.language,
        messageId: out.messageId ?? undefined,
        inReplyTo: lastIn?.email_message_id ?? undefined,
        references: thread.length ? thread : undefined,
      },
      { key, db: trx },
    );
  } else if (out.channel === "webhook" && p.reply_webhook) {
    await ctx.services.webhooks.deliver(
      actor.workspaceId,
      { url: p.reply_webhook.url, secret: p.reply_webhook.secret, channel: "case_reply" },
      "case.reply",
      {
        case_id: row.id,
        source: row.source,
        external_id: row.external_id,
        mention_id: row.mention_id,
        to: row.customer_handle,
        text: closeLines(out.text),
      },
      { key, db: trx },
    );
  }
}

/** The status a reply that went out gives the case: a closed or resolved case stays where it is. */
const afterReply = (row: CasesTable, waiting: boolean | undefined) =>
  row.status === "resolved" || row.status === "closed" ? row.status : waiting ? "waiting" : "answered";

/**
 * Sends a reply the way the case allows. Only a reply that went out through a channel answers the case
 * (and stops its first-response clock); a reply copied to send by hand waits until someone marks it sent.
 */
export async function reply(ctx: AppContext, actor: Actor, id: string, input: ReplyInput) {
  const p = await policy(ctx, actor.workspaceId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await rowOf(trx, actor.workspaceId, id);
    let channel: ReplyChannel = input.channel ?? (row.channel as ReplyChannel);
    if (channel === "email" && !row.customer_email)
      throw invalid("this customer has no e-mail address", "channel");
    if (channel === "email" && !ctx.services.mail.configured())
      throw invalid(
        "no SMTP server is configured, so e-mail cannot go out: copy the reply, send it yourself and mark it sent",
        "channel",
      );
    if (channel === "webhook" && !p.reply_webhook) channel = "clipboard";
    const at = now(ctx);
    const msgId = newId();
    // On the sender's domain (the From address), not the dashboard's: receivers' checks and threading
    // expect a Message-ID under the name the mail comes from.
    const messageId = channel === "email" ? ctx.services.mail.messageId(`case.${msgId}`) : null;
    const sent = channel !== "clipboard";
    await dispatch(ctx, trx, actor, row, p, { channel, msgId, messageId, text: input.text });
    await trx
      .insertInto("case_messages")
      .values({
        id: msgId,
        workspace_id: actor.workspaceId,
        case_id: id,
        direction: "out",
        channel,
        text: input.text,
        author: actor.label,
        mention_id: null,
        email_message_id: messageId,
        at,
        sent_at: sent ? at : null,
        sent_by: sent ? actor.label : null,
      })
      .execute();
    if (sent) {
      await store.update(trx, actor.workspaceId, id, {
        status: afterReply(row, input.waiting),
        first_response_at: row.first_response_at ?? at,
        updated_at: at,
      });
      await event(
        ctx,
        trx,
        actor,
        id,
        "reply.sent",
        `Reply sent by ${channel === "email" ? "e-mail" : "webhook"}`,
        {
          message_id: msgId,
          channel,
        },
      );
    } else {
      await store.update(trx, actor.workspaceId, id, { updated_at: at });
      await event(
        ctx,
        trx,
        actor,
        id,
        "reply.copied",
        "Reply copied to send by hand: not answered until someone marks it sent",
        { message_id: msgId, channel },
      );
    }
    return { message_id: msgId, channel, text: input.text, sent_at: sent ? at : null };
  });
}

/**
 * A person says a copied reply went out (pasted into the customer's chat, read on the phone): a separate,
 * recorded step with who and when, and only then is the case answered.
 */
export async function markSent(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  messageId: string,
  input: { waiting?: boolean | undefined },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await rowOf(trx, actor.workspaceId, caseId);
    const m = await store.messageById(trx, actor.workspaceId, caseId, messageId);
    if (m?.direction !== "out") throw notFound("reply");
    const at = now(ctx);
    if (!(await store.markMessageSent(trx, actor.workspaceId, messageId, at, actor.label)))
      throw conflict(`this reply was marked sent already (${m.sent_by ?? "by its channel"})`, "sent_at");
    await store.update(trx, actor.workspaceId, caseId, {
      status: afterReply(row, input.waiting),
      first_response_at: row.first_response_at ?? at,
      updated_at: at,
    });
    await event(
      ctx,
      trx,
      actor,
      caseId,
      "reply.sent_by_hand",
      `Reply sent by hand, marked by ${actor.label}`,
      {
        message_id: messageId,
        channel: m.channel,
        marked_by: actor.label,
        marked_by_user: actor.userId,
      },
    );
    return { message_id: messageId, channel: m.channel, text: m.text, sent_at: at };
  });
}

export async function sendFollowUp(ctx: AppContext, actor: Actor, row: CasesTable) {
  const follow = row.follow_up ? (JSON.parse(row.follow_up) as { private_text: string }) : null;
  if (!follow) return;
  const p = await policy(ctx, actor.workspaceId);
  // Asking to update a post is for posts; and only a channel that really sends records it as sent
  // (a clipboard follow-up waits in the case for someone to copy it).
  if (!row.mention_id || row.channel === "clipboard") return;
  if (row.channel === "webhook" && !p.reply_webhook) return;
  if (row.channel === "email" && !ctx.services.mail.configured()) return;
  await reply(ctx, actor, row.id, { text: follow.private_text, channel: row.channel as ReplyChannel });
}
