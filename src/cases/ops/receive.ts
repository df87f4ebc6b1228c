import type { AppContext } from "../../app/context.js";
import { type Actor, systemActor } from "../../core/actor.js";
import { conflict } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { MentionOut } from "../../listening/schema.js";
import { classify, detectLanguage } from "../../nlp/index.js";
import { caseTopic, languageOf } from "../assemble.js";
import type { RemedyPolicy } from "../policy.js";
import { dueDates, type Priority, priorityOf } from "../priority.js";
import type { ReplyChannel } from "../schema.js";
import { casesStore as store } from "../store.js";
import type { CaseMessagesTable, CasesTable } from "../tables.js";
import { crisisFor, setCrisis } from "./crisis.js";
import { scheduleEscalation } from "./escalate.js";
import { changed, type Db, event, now, policy } from "./internal.js";

export interface IncomingMessage {
  text: string;
  subject?: string | null | undefined;
  customer: {
    name?: string | null | undefined;
    email?: string | null | undefined;
    handle?: string | null | undefined;
  };
  source: string;
  channel: ReplyChannel;
  language?: string | undefined;
  followers?: number | undefined;
  spread?: number | undefined;
  mention?: MentionOut | undefined;
  email?: { messageId: string | null; threadIds: string[] } | undefined;
  /** The customer's offset from UTC in minutes, from their e-mail's `Date:` header; absent for a post. */
  utcOffset?: number | null | undefined;
}

/** What `receive` works out once, before its transaction. */
interface Intake {
  m: IncomingMessage;
  actor: Actor;
  p: RemedyPolicy;
  wsLanguage: string;
  detectedLanguage: string | undefined;
  /** The language the customer wrote in, any ISO 639-1 code, or null where not known. */
  customerLanguage: string | null;
  topics: string[];
  score: number;
  email: string | null;
  handle: string | null;
  at: string;
}

type Message = Omit<CaseMessagesTable, "case_id">;
type Outcome = { id: string; created: boolean; row: CasesTable };

/** The customer wrote again: the message joins the case, which may rise in priority or reopen. */
async function gather(ctx: AppContext, trx: Db, i: Intake, existing: CasesTable, message: Message) {
  const { m, at } = i;
  const ws = i.actor.workspaceId;
  if (!(await store.insertMessage(trx, { ...message, case_id: existing.id }))) return null;
  const set: Partial<CasesTable> = { updated_at: at };
  const merged = [...new Set([...(JSON.parse(existing.topics) as string[]), ...i.topics])];
  set.topics = JSON.stringify(merged);
  set.reach = Math.max(existing.reach, m.followers ?? 0);
  set.spread = Math.max(existing.spread, m.spread ?? 0);
  // A priority rises with new evidence, never falls on its own.
  const pr = priorityOf({
    reach: set.reach,
    topics: merged,
    score: Math.min(i.score, existing.sentiment_score),
    spread: set.spread,
  });
  set.sentiment_score = Math.min(i.score, existing.sentiment_score);
  if (pr < (existing.priority as Priority)) {
    set.priority = pr;
    // A higher priority runs on shorter clocks, counted from when the case opened.
    Object.assign(set, dueDates(pr, Date.parse(existing.created_at)));
  }
  if (i.email && !existing.customer_email) set.customer_email = i.email;
  // The latest e-mail's clock is the customer's now (they may have travelled, or their clocks changed).
  if (m.utcOffset != null) set.customer_utc_offset = m.utcOffset;
  if (existing.status !== "new") {
    set.status = "new";
    set.resolved_at = null;
    set.closed_at = null;
  }
  await store.update(trx, ws, existing.id, set);
  if (set.priority) await scheduleEscalation(ctx, trx, { ...existing, ...set } as CasesTable, i.p);
  await event(
    ctx,
    trx,
    i.actor,
    existing.id,
    "message.received",
    `${m.channel === "email" ? "E-mail" : "Message"} from the customer${existing.status !== "new" ? "; case reopened" : ""}`,
    {
      message_id: message.id,
      mention_id: message.mention_id,
      channel: m.channel,
      reopened: existing.status !== "new",
    },
  );
  return { id: existing.id, created: false, row: { ...existing, ...set } as CasesTable };
}

function newCaseRow(i: Intake): CasesTable {
  const { m, at, topics } = i;
  const language = languageOf(m.language ?? m.mention?.language ?? i.detectedLanguage, i.p, i.wsLanguage);
  const reach = m.followers ?? 0;
  const spread = m.spread ?? 0;
  const priority = priorityOf({ reach, topics, score: i.score, spread });
  return {
    id: newId(),
    workspace_id: i.actor.workspaceId,
    status: "new",
    priority,
    language,
    customer_language: i.customerLanguage,
    customer_utc_offset: m.utcOffset ?? null,
    topics: JSON.stringify(topics),
    sentiment_score: i.score,
    customer_name: m.customer.name ?? null,
    customer_email: i.email,
    customer_handle: i.handle,
    source: m.source,
    channel: m.channel,
    subject: m.subject ?? null,
    text: m.text,
    mention_id: m.mention?.id ?? null,
    external_id: m.mention?.external_id ?? null,
    reach,
    spread,
    crisis_id: null,
    ...dueDates(priority, Date.parse(at)),
    first_response_at: null,
    resolved_at: null,
    closed_at: null,
    escalated_at: null,
    escalated_to: null,
    post_status: m.mention ? "unchanged" : "unknown",
    follow_up: null,
    created_by: i.actor.label,
    created_at: at,
    updated_at: at,
  };
}

/** A new customer (or a new matter): a case opens, with its clocks and a `case.opened` webhook. */
async function openNew(ctx: AppContext, trx: Db, i: Intake, message: Message): Promise<Outcome> {
  const ws = i.actor.workspaceId;
  const row = newCaseRow(i);
  const priority = row.priority as Priority;
  await store.insert(trx, row);
  if (!(await store.insertMessage(trx, { ...message, case_id: row.id }))) {
    throw conflict("this mention is in a case already", "mention_id");
  }
  await event(ctx, trx, i.actor, row.id, "case.opened", `Case opened (${priority}) from ${i.m.source}`, {
    priority,
    source: i.m.source,
    topics: i.topics,
    reach: row.reach,
    spread: row.spread,
  });
  await scheduleEscalation(ctx, trx, row, i.p);
  await ctx.services.webhooks.emit(
    ws,
    "case.opened",
    {
      id: row.id,
      priority,
      status: "new",
      language: row.language,
      customer_language: row.customer_language,
      topics: i.topics,
      source: row.source,
      mention_id: row.mention_id,
      first_response_due_at: row.first_response_due_at,
    },
    { db: trx, key: `case.opened:${row.id}` },
  );
  return { id: row.id, created: true, row };
}

/**
 * One customer's messages gather in one case: by e-mail thread, then e-mail address, then the
 * handle on the same source. Otherwise a new case opens. Returns the case and whether it is new.
 */
export async function receive(
  ctx: AppContext,
  actor: Actor,
  m: IncomingMessage,
): Promise<{ id: string; created: boolean }> {
  const ws = actor.workspaceId;
  const { default_language, languages } = await ctx.services.accounts.settings(ws);
  // The shop's languages decide a message whose words do not say which language it is in.
  const shop = [default_language, ...languages];
  const c = classify({ text: m.text, language: m.language, languages: shop });
  // A language given by hand is the one to answer in; what the customer wrote in is still the text's.
  const written = m.mention?.language ?? (m.language ? detectLanguage(m.text, shop) : c.language);
  const i: Intake = {
    m,
    actor,
    topics: m.mention ? m.mention.topics : c.topics,
    score: m.mention ? (m.mention.score ?? c.score) : c.score,
    email: m.customer.email?.toLowerCase() ?? null,
    handle: m.customer.handle ?? null,
    p: await policy(ctx, ws),
    wsLanguage: default_language,
    detectedLanguage: c.language,
    customerLanguage: /^[a-z]{2}$/.test(written) ? written : null,
    at: now(ctx),
  };

  const result = await ctx.db.transaction().execute(async (trx) => {
    // The same e-mail again (a forwarder's retry) is the message we have, not a new one.
    if (m.email?.messageId) {
      const seen = await store.caseByEmailMessageIds(trx, ws, [m.email.messageId]);
      if (seen) return { id: seen.case_id, created: false, duplicate: true } as const;
    }
    let existing: CasesTable | undefined;
    if (m.email?.threadIds.length) {
      const hit = await store.caseByEmailMessageIds(trx, ws, m.email.threadIds);
      if (hit) existing = await store.byId(trx, ws, hit.case_id);
    }
    existing ??= await store.openCaseFor(trx, ws, { email: i.email, source: m.source, handle: i.handle });
    const message: Message = {
      id: newId(),
      workspace_id: ws,
      direction: "in",
      channel: m.channel,
      text: m.text,
      author: m.customer.name ?? i.handle ?? i.email ?? "customer",
      mention_id: m.mention?.id ?? null,
      email_message_id: m.email?.messageId ?? null,
      at: i.at,
      sent_at: null,
      sent_by: null,
    };
    return existing ? gather(ctx, trx, i, existing, message) : openNew(ctx, trx, i, message);
  });
  if (!result) {
    const prior = m.mention ? await store.caseOfMention(ctx.db, ws, m.mention.id) : undefined;
    if (prior) return { id: prior.case_id, created: false };
    throw conflict("this message is in a case already");
  }
  if ("duplicate" in result) return { id: result.id, created: false };
  if (result.created) {
    const crisisId = await crisisFor(ctx, ws, caseTopic(JSON.parse(result.row.topics)));
    if (crisisId) await setCrisis(ctx, systemActor(ws, "Firebreak (same cause)"), result.row, crisisId);
  }
  changed(ctx, ws, result.id, result.created ? "opened" : "message");
  return { id: result.id, created: result.created };
}
