import type { AppContext } from "../../app/context.js";
import { type Actor, systemActor } from "../../core/actor.js";
import { invalid } from "../../core/errors.js";
import type { MentionOut } from "../../listening/schema.js";
import type { InboundEmail } from "../inbound.js";
import type { RemedyPolicy } from "../policy.js";
import { dueDates, type Priority, priorityOf } from "../priority.js";
import type { CaseStatus, CreateCaseInput } from "../schema.js";
import { casesStore as store } from "../store.js";
import type { CasesTable } from "../tables.js";
import { scheduleEscalation } from "./escalate.js";
import { changed, event, get, now, OPEN, policy, rowOf } from "./internal.js";
import { receive } from "./receive.js";

export function fromMention(ctx: AppContext, actor: Actor, mention: MentionOut) {
  return receive(ctx, actor, {
    text: mention.text,
    customer: { handle: mention.author ?? null, name: mention.author ?? null },
    source: mention.source,
    channel: "webhook",
    language: mention.language,
    followers: mention.author_followers ?? 0,
    spread: mention.copies,
    mention,
  });
}

/**
 * Applies the workspace's rules to a new mention; also gathers it into its author's open case. A batch
 * passes the mention and the policy it already read (one read per batch, not three per mention).
 */
export async function onMention(
  ctx: AppContext,
  workspaceId: string,
  mentionId: string,
  known: { mention?: MentionOut | null; policy?: RemedyPolicy } = {},
) {
  const mention =
    known.mention !== undefined
      ? known.mention
      : await ctx.services.listening.get(workspaceId, mentionId).catch(() => null);
  if (!mention) return;
  const actor = systemActor(workspaceId, "Firebreak (rule)");
  if (mention.author) {
    const open = await store.openCaseFor(ctx.db, workspaceId, {
      source: mention.source,
      handle: mention.author,
    });
    if (open && open.status !== "resolved") {
      await fromMention(ctx, actor, mention);
      return;
    }
  }
  const p = known.policy ?? (await policy(ctx, workspaceId));
  const hit = p.rules.find(
    (r) =>
      (r.source === null || r.source === mention.source) &&
      (!r.complaint_only || mention.complaint) &&
      (!r.negative_only || mention.sentiment === "negative"),
  );
  if (hit) await fromMention(ctx, actor, mention);
}

/**
 * A copy or repost of a post that is in a case: the case is spreading. Re-reads the original's copy
 * count (so a retried job counts once) and raises the priority when the spread calls for it.
 */
export async function onCopy(ctx: AppContext, workspaceId: string, originalId: string) {
  const hit = await store.caseOfMention(ctx.db, workspaceId, originalId);
  if (!hit) return;
  const original = await ctx.services.listening.get(workspaceId, originalId).catch(() => null);
  if (!original) return;
  const p = await policy(ctx, workspaceId);
  const actor = systemActor(workspaceId, "Firebreak (spreading)");
  const raised = await ctx.db.transaction().execute(async (trx) => {
    const row = await rowOf(trx, workspaceId, hit.case_id);
    if (!OPEN.includes(row.status as CaseStatus) || original.copies <= row.spread) return false;
    const set: Partial<CasesTable> = { spread: original.copies, updated_at: now(ctx) };
    const pr = priorityOf({
      reach: row.reach,
      topics: JSON.parse(row.topics) as string[],
      score: row.sentiment_score,
      spread: original.copies,
    });
    if (pr < (row.priority as Priority)) {
      set.priority = pr;
      Object.assign(set, dueDates(pr, Date.parse(row.created_at)));
    }
    await store.update(trx, workspaceId, row.id, set);
    await event(
      ctx,
      trx,
      actor,
      row.id,
      "spreading",
      `The post is spreading: ${original.copies} cop${original.copies === 1 ? "y" : "ies"}${set.priority ? `; priority ${row.priority} → ${set.priority}` : ""}`,
      { copies: original.copies, ...(set.priority ? { from: row.priority, to: set.priority } : {}) },
    );
    if (set.priority) await scheduleEscalation(ctx, trx, { ...row, ...set } as CasesTable, p);
    return true;
  });
  if (raised) changed(ctx, workspaceId, hit.case_id, "spreading");
}

/** Opens (or gathers into) a case by hand or through the API. */
export async function open(ctx: AppContext, actor: Actor, input: CreateCaseInput) {
  if (input.mention_id) {
    const mention = await ctx.services.listening.get(actor.workspaceId, input.mention_id);
    const r = await fromMention(ctx, actor, mention);
    return { case: await get(ctx, actor, r.id), created: r.created };
  }
  if (!input.customer || !input.text) throw invalid("name the customer and give the text", "text");
  const r = await receive(ctx, actor, {
    text: input.text,
    subject: input.subject,
    customer: input.customer,
    source: input.source ?? (input.customer.email ? "email" : "manual"),
    channel: input.customer.email ? "email" : "clipboard",
    language: input.language,
    followers: input.followers,
  });
  return { case: await get(ctx, actor, r.id), created: r.created };
}

export async function fromEmail(ctx: AppContext, actor: Actor, mail: InboundEmail) {
  const r = await receive(ctx, actor, {
    text: mail.text,
    subject: mail.subject,
    customer: { name: mail.fromName, email: mail.fromAddress },
    source: "email",
    channel: "email",
    email: { messageId: mail.messageId, threadIds: mail.threadIds },
    utcOffset: mail.utcOffset,
  });
  return { case: await get(ctx, actor, r.id), created: r.created };
}
