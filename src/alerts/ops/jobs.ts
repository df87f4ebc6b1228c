import type { AppContext } from "../../app/context.js";
import {
  AFTER_QUIET_QUEUE,
  type AfterQuietJob,
  ESCALATE_QUEUE,
  type EscalateJob,
  notify,
  recordSuppressed,
} from "../notify.js";
import { registerPagingJobs } from "../paging-notify.js";
import { factsOfRow, ruleMatches, shouldPage } from "../rules.js";
import { alertsStore as store } from "../store.js";
import { changed, now, ruleOf } from "./internal.js";

/** The next escalation step of a rule nobody acknowledged in time. */
async function escalateStep(ctx: AppContext, job: EscalateJob) {
  const publish = await ctx.db.transaction().execute(async (trx) => {
    const alert = await store.byId(trx, job.workspaceId, job.alertId);
    const row = await store.rule(trx, job.workspaceId, job.ruleId);
    if (!alert || !row || alert.status === "acknowledged" || alert.status === "closed") return null;
    if (alert.status === "snoozed" && alert.snoozed_until && alert.snoozed_until > now(ctx)) {
      // Still snoozed: try again when the snooze ends.
      await ctx.jobs.enqueue(
        ESCALATE_QUEUE,
        job,
        {
          key: `${job.alertId}:${job.ruleId}:${job.step}:${alert.snoozed_until}`,
          runAt: new Date(alert.snoozed_until),
        },
        trx,
      );
      return null;
    }
    await notify(ctx, trx, alert, ruleOf(row), job.step, "escalated");
    return alert;
  });
  if (publish) changed(ctx, publish.workspace_id, publish.id);
}

/** The page a rule held back during its quiet hours, sent when they end. */
async function afterQuiet(ctx: AppContext, job: AfterQuietJob) {
  const publish = await ctx.db.transaction().execute(async (trx) => {
    const alert = await store.byId(trx, job.workspaceId, job.alertId);
    const row = await store.rule(trx, job.workspaceId, job.ruleId);
    // Someone saw it (acknowledged, snoozed), it ended overnight, or the rule is gone: nothing to wake.
    // (An episode that ended is closed by the detector.)
    if (!alert || !row || alert.status !== "open") return null;
    const rule = ruleOf(row);
    const wall = ctx.clock.now();
    if (!ruleMatches(rule, factsOfRow(alert))) return null;
    if (!shouldPage(rule, factsOfRow(alert), wall)) {
      // The rule's quiet hours changed meanwhile: wait for their new end.
      await recordSuppressed(ctx, trx, alert, rule, wall);
      return null;
    }
    await notify(ctx, trx, alert, rule, 0, "opened");
    return alert;
  });
  if (publish) changed(ctx, publish.workspace_id, publish.id);
}

export function registerAlertJobs(ctx: AppContext) {
  registerPagingJobs(ctx);
  ctx.jobs.register<EscalateJob>(ESCALATE_QUEUE, (job) => escalateStep(ctx, job), { maxAttempts: 20 });
  ctx.jobs.register<AfterQuietJob>(AFTER_QUIET_QUEUE, (job) => afterQuiet(ctx, job), { maxAttempts: 20 });
}
