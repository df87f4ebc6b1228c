import type { AppContext } from "../../app/context.js";
import { type Actor, systemActor } from "../../core/actor.js";
import { conflict } from "../../core/errors.js";
import type { RemedyPolicy } from "../policy.js";
import type { CaseStatus } from "../schema.js";
import { casesStore as store } from "../store.js";
import type { CasesTable } from "../tables.js";
import { mailEscalation } from "./escalate-mail.js";
import { changed, type Db, event, get, now, OPEN, policy, rowOf, seniorEmails } from "./internal.js";
import { ESCALATE_QUEUE, type EscalationReason } from "./queues.js";

function whyOf(row: CasesTable, reason: EscalationReason, actor: Actor, note?: string) {
  if (reason === "overdue") return "no first response before the clock ran out";
  if (reason === "overdue_resolution") return "not resolved before the resolution clock ran out";
  if (reason === "high_reach") return `the author reaches ${row.reach} people`;
  if (reason === "manual") return `asked by ${actor.label}${note ? `: ${note}` : ""}`;
  return `priority ${row.priority}`;
}

/** Only a clock that really ran out escalates: it may have moved since (a priority changed). */
function stillLate(row: CasesTable, reason: EscalationReason, at: string) {
  if (reason === "overdue")
    return row.status === "new" && !row.first_response_at && row.first_response_due_at <= at;
  if (reason === "overdue_resolution")
    return OPEN.includes(row.status as CaseStatus) && row.resolve_due_at <= at;
  return true;
}

/** Hands a case to a senior person: on the timeline, and by e-mail when mail is set up. */
export async function escalate(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  reason: EscalationReason,
  by: Actor = systemActor(workspaceId),
  note?: string,
) {
  const p = await policy(ctx, workspaceId);
  const to = await seniorEmails(ctx, workspaceId, p);
  // The shop's zone: each e-mail gives the time on its reader's clock where they chose one.
  const { time_zone: timeZone } = await ctx.services.accounts.settings(workspaceId);
  // Read before the transaction: on SQLite a read outside it would wait for it.
  const zoneOf = await ctx.services.accounts.memberZones(systemActor(workspaceId));
  const actor = by;
  const done = await ctx.db.transaction().execute(async (trx) => {
    const row = await rowOf(trx, workspaceId, caseId);
    if (row.escalated_at) return false;
    const at = now(ctx);
    if (!stillLate(row, reason, at)) return false;
    await store.update(trx, workspaceId, caseId, {
      escalated_at: at,
      escalated_to: to.join(", ") || null,
      updated_at: at,
    });
    const why = whyOf(row, reason, actor, note);
    await event(
      ctx,
      trx,
      actor,
      caseId,
      "escalated",
      `Escalated to ${to.join(", ") || "the admins"}: ${why}`,
      {
        reason,
        to,
        reach: row.reach,
        priority: row.priority,
        by: actor.label,
        ...(note ? { note } : {}),
      },
    );
    if (to.length && ctx.services.mail.configured())
      await mailEscalation(ctx, trx, { workspaceId, caseId, row, to, why, shopZone: timeZone, zoneOf });
    return true;
  });
  if (done) changed(ctx, workspaceId, caseId, "escalated");
  return done;
}

/** A responder hands the case to a senior person by hand. */
export async function escalateByHand(ctx: AppContext, actor: Actor, id: string, note?: string) {
  await rowOf(ctx.db, actor.workspaceId, id);
  if (!(await escalate(ctx, actor.workspaceId, id, "manual", actor, note)))
    throw conflict("this case is escalated already", "escalated_at");
  return get(ctx, actor, id);
}

/**
 * Queues the escalation checks for a case's clocks: at once when high-reach or P1, else when the
 * first-response clock runs out, and when the resolution clock runs out. Keyed by the due time, so a
 * priority change that moves a clock queues a fresh check and the stale one finds nothing to do.
 */
export async function scheduleEscalation(ctx: AppContext, trx: Db, row: CasesTable, p: RemedyPolicy) {
  const ws = row.workspace_id;
  const highReach = row.reach >= p.high_reach_followers;
  if (highReach || row.priority === "P1") {
    await ctx.jobs.enqueue(
      ESCALATE_QUEUE,
      { workspaceId: ws, caseId: row.id, reason: highReach ? "high_reach" : "priority" },
      { key: `escalate:${row.id}:${highReach ? "reach" : "p1"}` },
      trx,
    );
  }
  await ctx.jobs.enqueue(
    ESCALATE_QUEUE,
    { workspaceId: ws, caseId: row.id, reason: "overdue" },
    {
      key: `escalate:${row.id}:first:${row.first_response_due_at}`,
      runAt: new Date(row.first_response_due_at),
    },
    trx,
  );
  await ctx.jobs.enqueue(
    ESCALATE_QUEUE,
    { workspaceId: ws, caseId: row.id, reason: "overdue_resolution" },
    { key: `escalate:${row.id}:resolve:${row.resolve_due_at}`, runAt: new Date(row.resolve_due_at) },
    trx,
  );
}
