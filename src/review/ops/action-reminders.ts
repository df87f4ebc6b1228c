import type { AppContext } from "../../app/context.js";
import { reviewStore as store } from "../store.js";
import { latestToday, ownerToday } from "./owner-day.js";

export const ACTION_REMINDER_QUEUE = "review.action_overdue";
export const UNFINISHED = ["open", "in_progress"];

/**
 * Queues one reminder per late item and due date; the hourly tick and tests call it. An item is late
 * once its due day has ended on its owner's calendar (owner-day.ts); one not late yet is looked at
 * again on the next tick.
 */
export async function checkOverdue(ctx: AppContext, now: Date) {
  let queued = 0;
  const todays = new Map<string, Awaited<ReturnType<typeof ownerToday>>>();
  for (const r of await store.overdue(ctx.db, latestToday(now))) {
    let today = todays.get(r.workspace_id);
    if (!today) {
      today = await ownerToday(ctx, r.workspace_id, now);
      todays.set(r.workspace_id, today);
    }
    if (r.due_date >= today(r)) continue;
    const job = await ctx.jobs.enqueue(
      ACTION_REMINDER_QUEUE,
      { workspaceId: r.workspace_id, actionId: r.id, due: r.due_date },
      { key: `action-overdue:${r.id}:${r.due_date}` },
    );
    if (!job.duplicate) queued++;
    await store.setReminded(ctx.db, r.id, r.due_date);
  }
  return queued;
}

/** The reminder itself: to the owner, only if the item is still late for that due date. */
export async function remindOwner(
  ctx: AppContext,
  workspaceId: string,
  actionId: string,
  due: string,
  jobKey: string,
) {
  const r = await store.action(ctx.db, workspaceId, actionId);
  if (!r || !UNFINISHED.includes(r.status) || r.due_date !== due) return false;
  ctx.bus.publish(workspaceId, "action_item.overdue", { id: r.id, crisis_id: r.crisis_id });
  if (!r.owner_email) return false;
  const url = `${ctx.config.publicUrl}/reports/crises/${r.crisis_id}`;
  await ctx.services.mail.send(
    {
      workspaceId,
      to: r.owner_email,
      subject: `Overdue action item: ${r.title}`,
      text: [
        `Hello ${r.owner_name},`,
        `The action item "${r.title}" from a crisis post-mortem was due on ${r.due_date} and is still ${r.status.replace("_", " ")}.`,
        `It changes the plan's ${r.plan_part.replace("_", " ")}${r.plan_ref ? ` "${r.plan_ref}"` : ""}.`,
        `Update it or mark it done: ${url}`,
      ].join("\n\n"),
    },
    { key: jobKey },
  );
  return true;
}
