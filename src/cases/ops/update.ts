import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { invalid } from "../../core/errors.js";
import type { CaseContext } from "../assemble.js";
import type { CaseLang } from "../policy.js";
import { dueDates, type Priority } from "../priority.js";
import { followUpPrivate, followUpPublic, givenPhrase } from "../replies.js";
import type { CaseStatus } from "../schema.js";
import { casesStore as store } from "../store.js";
import type { CasesTable } from "../tables.js";
import { setCrisis } from "./crisis.js";
import { scheduleEscalation } from "./escalate.js";
import { caseContext, changed, type Db, event, get, NEXT, now, rowOf } from "./internal.js";
import { sendFollowUp } from "./reply.js";

export interface CasePatch {
  status?: CaseStatus | undefined;
  priority?: Priority | undefined;
  crisis_id?: string | null | undefined;
  note?: string | undefined;
  language?: CaseLang | undefined;
}

/** Whether the customer wrote to the case by e-mail (a message in with its Message-ID). */
const receivedByMail = async (trx: Db, caseId: string) =>
  (await store.messagesOf(trx, [caseId])).some((m) => m.direction === "in" && m.email_message_id);

/**
 * Resolving prepares the follow-up: ask to update or remove the post, and say the outcome in public;
 * only where there was something public.
 */
async function prepareFollowUp(
  ctx: AppContext,
  trx: Db,
  actor: Actor,
  c: CaseContext,
  after: CasesTable,
  set: Partial<CasesTable>,
) {
  // A case opened from an e-mail it received was a private conversation: there is no post to ask about
  // and nothing to answer in public under, so a follow-up would only invite the team to send an untrue
  // "please update your post" (or to publish a private customer's outcome). A case entered by hand may
  // stand for a post elsewhere, so it keeps its follow-up.
  if (!after.mention_id && (await receivedByMail(trx, after.id))) return;
  const given = (await store.remediesOf(trx, [after.id])).filter((r) => r.status === "given");
  const lang = after.language as CaseLang;
  const outcome = given.length
    ? given.map((r) => givenPhrase(r.kind as never, Number(r.amount), r.currency, lang)).join(", ")
    : null;
  const follow = {
    private_text: followUpPrivate(lang, c.shop, after.customer_name),
    public_text: followUpPublic(lang, outcome),
  };
  set.follow_up = JSON.stringify(follow);
  if (after.mention_id) set.post_status = "asked";
  await event(
    ctx,
    trx,
    actor,
    after.id,
    "follow_up.prepared",
    "Follow-up prepared: ask to update or remove the post, and a public outcome",
    follow,
  );
}

async function moveStatus(
  ctx: AppContext,
  trx: Db,
  actor: Actor,
  row: CasesTable,
  to: CaseStatus,
  set: Partial<CasesTable>,
) {
  const from = row.status as CaseStatus;
  if (!NEXT[from].includes(to)) {
    throw invalid(
      `status cannot move from ${from} to ${to}; it can go to ${NEXT[from].join(", ")}`,
      "status",
    );
  }
  // Sent means sent: only a reply that went out (or one marked sent by hand) answers a case.
  if ((to === "answered" || to === "waiting") && !row.first_response_at)
    throw invalid(
      "nothing was sent to the customer yet: send a reply, or mark a copied one sent by hand",
      "status",
    );
  const at = set.updated_at as string;
  set.status = to;
  if (to === "resolved") set.resolved_at = at;
  if (to === "closed") set.closed_at = at;
  if (to === "new") {
    set.resolved_at = null;
    set.closed_at = null;
  }
  await event(ctx, trx, actor, row.id, "status.changed", `Status: ${from} → ${to}`, { from, to });
}

export async function update(ctx: AppContext, actor: Actor, id: string, patch: CasePatch) {
  if (patch.crisis_id !== undefined)
    await setCrisis(ctx, actor, await rowOf(ctx.db, actor.workspaceId, id), patch.crisis_id);
  const c = await caseContext(ctx, actor.workspaceId);
  let resolvedRow: CasesTable | null = null;
  await ctx.db.transaction().execute(async (trx) => {
    const row = await rowOf(trx, actor.workspaceId, id);
    const set: Partial<CasesTable> = { updated_at: now(ctx) };
    if (patch.status && patch.status !== row.status)
      await moveStatus(ctx, trx, actor, row, patch.status, set);
    if (patch.priority && patch.priority !== row.priority) {
      set.priority = patch.priority;
      Object.assign(set, dueDates(patch.priority, Date.parse(row.created_at)));
      await event(ctx, trx, actor, id, "priority.changed", `Priority: ${row.priority} → ${patch.priority}`, {
        from: row.priority,
        to: patch.priority,
      });
      await scheduleEscalation(ctx, trx, { ...row, ...set } as CasesTable, c.policy);
    }
    if (patch.note) await event(ctx, trx, actor, id, "note", patch.note);
    if (patch.language && patch.language !== row.language) {
      set.language = patch.language;
      await event(
        ctx,
        trx,
        actor,
        id,
        "language.changed",
        `Replies in: ${row.language} → ${patch.language}`,
        {
          from: row.language,
          to: patch.language,
        },
      );
    }
    if (set.status === "resolved") {
      await prepareFollowUp(ctx, trx, actor, c, { ...row, ...set } as CasesTable, set);
      resolvedRow = { ...row, ...set } as CasesTable;
    }
    await store.update(trx, actor.workspaceId, id, set);
  });
  if (resolvedRow) await sendFollowUp(ctx, actor, resolvedRow);
  changed(ctx, actor.workspaceId, id, "updated");
  return get(ctx, actor, id);
}
