import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { commsStore as store } from "../store.js";
import type { CommsMessagesTable } from "../tables.js";
import { approvalRule, rendered } from "./internal.js";

export interface PendingMessage {
  id: string;
  kind: string;
  subject: string;
  crisis_id: string | null;
  language: string;
  requested_by: string;
  requested_by_user: string | null;
  /** Who else may not approve it: the writer (four eyes covers both). */
  written_by: string;
  written_by_user: string | null;
  requested_at: string;
}

/**
 * The subject as the reader of the queue should see it: "{{ shop.name }}: …" says nothing to the person
 * deciding. A template that does not render leaves the subject as written.
 */
async function subjectOf(ctx: AppContext, actor: Actor, row: CommsMessagesTable) {
  try {
    return (await rendered(ctx, actor, row)).subject || row.subject;
  } catch {
    return row.subject;
  }
}

/** Messages sent for approval that the plan asks approval for, oldest first, with their subjects rendered. */
export async function pendingApproval(ctx: AppContext, actor: Actor, limit = 200): Promise<PendingMessage[]> {
  const rows = await store.messages(ctx.db, actor.workspaceId, { status: "review", limit });
  const out: PendingMessage[] = [];
  for (const r of rows) {
    if (!(await approvalRule(ctx, r)).required) continue;
    out.push({
      id: r.id,
      kind: r.kind,
      subject: await subjectOf(ctx, actor, r),
      crisis_id: r.crisis_id,
      language: r.language,
      requested_by: r.submitted_by ?? r.created_by,
      requested_by_user: r.submitted_by_user ?? r.created_by_user,
      written_by: r.created_by,
      written_by_user: r.created_by_user,
      requested_at: r.submitted_at ?? r.created_at,
    });
  }
  return out.sort((a, b) => (a.requested_at < b.requested_at ? -1 : 1));
}
