import type { AppContext } from "../../app/context.js";
import { casesStore as store } from "../store.js";
import { onCopy, onMention } from "./intake.js";
import { policy } from "./internal.js";
import type { MentionBatchJob } from "./queues.js";

/**
 * The case rules for one ingested batch. A candidate mention can do two things: open a case by a rule
 * of the policy, or join its author's open case. With no rules and no open case that has a customer
 * handle, neither can happen, so the batch's mentions are not read at all: under a rush most
 * workspaces are there (the default policy has no rules), and reading every batch's candidates kept
 * the jobs behind ingest. With no rules but such a case, only mentions with an author are looked at.
 *
 * Each step is idempotent (a mention already in a case answers that case; the spread re-reads the
 * copy count), so a retried batch redoes only what had not finished.
 */
export async function onMentionBatch(ctx: AppContext, p: MentionBatchJob & { workspaceId: string }) {
  const rules = await policy(ctx, p.workspaceId);
  const byRule = rules.rules.length > 0;
  if (p.mentionIds.length > 0 && (byRule || (await store.hasCaseWithHandle(ctx.db, p.workspaceId)))) {
    // Read together: one query per 500 mentions (most come from memory) and the policy once.
    const found = new Map(
      (await ctx.services.listening.mentionsByIds(p.workspaceId, p.mentionIds)).map((m) => [m.id, m]),
    );
    for (const id of p.mentionIds) {
      const mention = found.get(id) ?? null;
      // Without rules a mention can only join its author's case: one without an author can do nothing.
      if (!byRule && !mention?.author) continue;
      await onMention(ctx, p.workspaceId, id, { mention, policy: rules });
    }
  }
  for (const id of p.originalIds) await onCopy(ctx, p.workspaceId, id);
}
