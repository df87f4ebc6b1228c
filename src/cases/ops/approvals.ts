import type { AppContext } from "../../app/context.js";
import { type Actor, roleAtLeast } from "../../core/actor.js";
import { casesStore as store } from "../store.js";
import { policy, samePerson } from "./internal.js";

export interface ApprovalItem {
  kind: "remedy" | "message";
  id: string;
  /** What waits, in a line (English). */
  title: string;
  /** The same in parts, for a reader's language: the remedy's or message's kind, and whom or what it is about. */
  what: string;
  /** A remedy: the customer; a message: its subject as the customer will read it. */
  about: string;
  /** A message's language (null for a remedy). */
  language: string | null;
  requested_by: string;
  requested_at: string;
  case_id: string | null;
  crisis_id: string | null;
  amount: number | null;
  currency: string | null;
  /** Whether the caller may decide it; when not, `why_not` says why (four eyes, role). */
  can_decide: boolean;
  why_not: string | null;
}

const SELF = "you asked for it: four eyes means someone else decides";

/**
 * The approvals queue: remedies above the policy's limits and messages the plan asks approval for, oldest
 * first, each saying whether the caller may decide it. The message check here is the four-eyes and role
 * part; the plan's crisis roles are checked again when approving.
 */
export async function approvals(ctx: AppContext, actor: Actor): Promise<ApprovalItem[]> {
  const p = await policy(ctx, actor.workspaceId);
  const approver = roleAtLeast(actor.role, p.approver_role);
  const remedies = await store.pendingRemedies(ctx.db, actor.workspaceId, 200);
  const items: ApprovalItem[] = remedies.map((r) => {
    const self =
      !p.allow_self_approval && samePerson(actor, { userId: r.requested_by_user, label: r.requested_by });
    const who = r.customer_name ?? r.customer_handle ?? r.customer_email ?? "a customer";
    return {
      kind: "remedy",
      id: r.id,
      title: `${r.kind.replace(/_/g, " ")} for ${who}`,
      what: r.kind,
      about: who,
      language: null,
      requested_by: r.requested_by,
      requested_at: r.created_at,
      case_id: r.case_id,
      crisis_id: r.crisis_id,
      amount: Number(r.amount),
      currency: r.currency,
      can_decide: approver && !self,
      why_not: self ? SELF : approver ? null : `approving remedies needs the ${p.approver_role} role`,
    };
  });
  for (const m of await ctx.services.comms.pendingApproval(actor)) {
    const self =
      !p.allow_self_approval &&
      (samePerson(actor, { userId: m.requested_by_user, label: m.requested_by }) ||
        samePerson(actor, { userId: m.written_by_user, label: m.written_by }));
    const responder = roleAtLeast(actor.role, "responder");
    items.push({
      kind: "message",
      id: m.id,
      title: `${m.kind.replace(/_/g, " ")} (${m.language}): ${m.subject}`,
      what: m.kind,
      about: m.subject,
      language: m.language,
      requested_by: m.requested_by,
      requested_at: m.requested_at,
      case_id: null,
      crisis_id: m.crisis_id,
      amount: null,
      currency: null,
      can_decide: responder && !self,
      why_not: self ? SELF : responder ? null : "approving messages needs the responder role",
    });
  }
  return items.sort((a, b) => (a.requested_at < b.requested_at ? -1 : 1));
}

/** What the navigation shows: how many approvals the caller could decide now. */
export async function approvalCount(ctx: AppContext, actor: Actor) {
  const items = await approvals(ctx, actor);
  return { waiting: items.length, yours: items.filter((i) => i.can_decide).length };
}
