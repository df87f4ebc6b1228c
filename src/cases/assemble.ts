import {
  CASE_LANGUAGES,
  CASE_TOPICS,
  type CaseLang,
  type CaseTopic,
  type RemedyKind,
  type RemedyPolicy,
  topicPolicyOf,
} from "./policy.js";
import type { Priority } from "./priority.js";
import { buildReply } from "./replies.js";
import type { CaseOut, CaseStatus, RemedyOut, ReplyChannel } from "./schema.js";
import type { CaseEventsTable, CaseMessagesTable, CaseRemediesTable, CasesTable } from "./tables.js";

export interface CaseContext {
  policy: RemedyPolicy;
  shop: string;
  timezone: string;
  workspaceLanguage: string;
}

/** The case's language: one we write replies in, else the workspace's, else English. */
export function languageOf(
  detected: string | undefined,
  _p: RemedyPolicy,
  workspaceLanguage: string | undefined,
): CaseLang {
  const ok = (l: string | undefined): l is CaseLang =>
    !!l && (CASE_LANGUAGES as readonly string[]).includes(l);
  if (ok(detected)) return detected;
  if (ok(workspaceLanguage)) return workspaceLanguage;
  return "en";
}

const ENGLISH_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/** A language's English name ("Portuguese"), or its code where the runtime knows none. */
function languageName(code: string): string {
  try {
    return ENGLISH_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The team's note beside a draft in another language than the customer's: the draft is in one of
 * ours, and the team must see that the customer did not write it (a team member chooses the language).
 */
export function languageNote(customer: string | null, draft: string): string | null {
  if (!customer || customer === draft) return null;
  return `The customer wrote in ${languageName(customer)} (${customer}); this draft is in ${languageName(draft)} (${draft}).`;
}

/** The topic a reply is written for: the most severe one the case has. */
const SEVERITY_ORDER: CaseTopic[] = [
  "security",
  "fraud",
  "payment",
  "outage",
  "returns_refunds",
  "order_error",
  "price",
  "product_quality",
  "delivery",
  "customer_service",
];
export function caseTopic(topics: string[]): CaseTopic {
  return (
    SEVERITY_ORDER.find((t) => topics.includes(t)) ??
    (CASE_TOPICS.includes(topics[0] as never) ? (topics[0] as CaseTopic) : "general")
  );
}

export function toRemedyOut(r: CaseRemediesTable): RemedyOut {
  return {
    id: r.id,
    case_id: r.case_id,
    kind: r.kind as RemedyOut["kind"],
    status: r.status as RemedyOut["status"],
    amount: Number(r.amount),
    currency: r.currency,
    cost: Number(r.cost),
    ...(r.code ? { code: r.code } : {}),
    requested_by: r.requested_by,
    decided_by: r.decided_by,
    decided_at: r.decided_at,
    created_at: r.created_at,
  };
}

/** In the order the remedies were given: one approved later than another was asked for comes after it. */
const byGiven = (a: CaseRemediesTable, b: CaseRemediesTable) =>
  (a.decided_at ?? a.created_at).localeCompare(b.decided_at ?? b.created_at);

export function toCaseOut(
  r: CasesTable,
  c: CaseContext,
  remedies: CaseRemediesTable[],
  messages: CaseMessagesTable[] | undefined,
  events: CaseEventsTable[] | undefined,
  at: number,
): CaseOut {
  const topics = JSON.parse(r.topics) as string[];
  const topic = caseTopic(topics);
  const tp = topicPolicyOf(c.policy, topic);
  const kind = tp.offer[0] ?? "apology";
  const language = languageOf(r.language, c.policy, c.workspaceLanguage);
  const given = remedies.filter((x) => x.status === "given");
  // Once the team has given remedies the draft names them all as given, amounts, currencies and a
  // discount's code: the policy's offer ("a full refund of your payment") beside a $450.00 refund would
  // promise what was not given, and naming only the latest of a discount and a refund would read as if
  // one replaced the other.
  const reply = buildReply({
    language,
    topic,
    dueAt: r.resolve_due_at,
    timezone: c.timezone,
    shop: c.shop,
    customerName: r.customer_name && r.customer_name !== r.customer_handle ? r.customer_name : null,
    remedy: { kind, amount: tp.amount, currency: c.policy.currency },
    customerOffset: r.customer_utc_offset ?? null,
    channel: r.channel as ReplyChannel,
    given: [...given].sort(byGiven).map((g) => ({
      kind: g.kind as RemedyKind,
      amount: Number(g.amount),
      currency: g.currency,
      // Only in a private e-mail: a reply under a public post would hand a single-use code to anyone.
      code: r.channel === "email" ? g.code : null,
    })),
  });
  const open = r.status === "new" || r.status === "answered" || r.status === "waiting";
  return {
    id: r.id,
    priority: r.priority as Priority,
    status: r.status as CaseStatus,
    language,
    customer_language: r.customer_language ?? null,
    customer_utc_offset: r.customer_utc_offset ?? null,
    topics,
    sentiment_score: r.sentiment_score,
    customer: { name: r.customer_name, email: r.customer_email, handle: r.customer_handle },
    source: r.source,
    channel: r.channel as ReplyChannel,
    subject: r.subject,
    text: r.text,
    mention_id: r.mention_id,
    reach: Number(r.reach),
    spread: Number(r.spread),
    crisis_id: r.crisis_id,
    first_response_due_at: r.first_response_due_at,
    resolve_due_at: r.resolve_due_at,
    first_response_at: r.first_response_at,
    resolved_at: r.resolved_at,
    closed_at: r.closed_at,
    escalated_at: r.escalated_at,
    escalated_to: r.escalated_to,
    overdue:
      (r.status === "new" && !r.first_response_at && Date.parse(r.first_response_due_at) < at) ||
      (open && Date.parse(r.resolve_due_at) < at),
    post_status: r.post_status,
    follow_up: r.follow_up ? JSON.parse(r.follow_up) : null,
    suggested_reply: {
      language: reply.language,
      text: reply.text,
      due: reply.due,
      note: languageNote(r.customer_language ?? null, reply.language),
    },
    remedies: remedies.map(toRemedyOut),
    remedy_cost: given.reduce((s, x) => s + Number(x.cost), 0),
    currency: given[0]?.currency ?? c.policy.currency,
    ...(messages
      ? {
          messages: messages.map((m) => ({
            id: m.id,
            direction: m.direction as "in" | "out",
            channel: m.channel,
            text: m.text,
            author: m.author,
            at: m.at,
            mention_id: m.mention_id,
            sent_at: m.direction === "out" ? m.sent_at : null,
            sent_by: m.direction === "out" ? m.sent_by : null,
          })),
        }
      : {}),
    ...(events
      ? {
          timeline: events.map((e) => ({
            id: e.id,
            at: e.at,
            kind: e.kind,
            text: e.text,
            who: e.actor,
            ...(e.data ? { data: JSON.parse(e.data) } : {}),
          })),
        }
      : {}),
    created_by: r.created_by,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}
