import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import { systemActor } from "../core/actor.js";
import { newId } from "../core/ids.js";
import { redactSecretUrl } from "../core/secrets.js";
import { alertMessage, emailOf, slackOf } from "./channels/messages.js";
import { sendPaging } from "./paging-notify.js";
import { lastStep, quietHoursEnd, recipientAt } from "./rules.js";
import type { Rule } from "./schema.js";
import { alertsStore as store } from "./store.js";
import type { AlertsTable } from "./tables.js";

export const ESCALATE_QUEUE = "alerts.escalate";

export interface EscalateJob {
  workspaceId: string;
  alertId: string;
  ruleId: string;
  step: number;
}

/** The alert as webhook receivers see it (the `data` of alert.* events). */
export function alertData(a: AlertsTable, publicUrl: string) {
  return {
    id: a.id,
    episode_id: a.episode_id,
    kind: a.kind,
    title: a.title,
    status: a.status,
    topic: a.topic,
    source: a.source,
    signal: a.signal,
    opened_at: a.opened_at,
    ended_at: a.ended_at,
    observed: a.observed,
    expected: a.expected,
    score: a.score,
    url: `${publicUrl}/alerts/${a.id}`,
  };
}

/**
 * Queues one step of a rule's notifications inside the caller's transaction: every message commits with
 * the alert change that caused it, and carries a key that makes a replayed round or a retried job send
 * it once. Schedules the next escalation step when the rule has an acknowledgement timeout.
 */
export async function notify(
  ctx: AppContext,
  trx: Kysely<Database>,
  alert: AlertsTable,
  rule: Rule,
  step: number,
  reason: "opened" | "escalated",
): Promise<void> {
  const { time_zone } = await ctx.services.accounts.settings(alert.workspace_id, { db: trx });
  const msg = alertMessage(alert, reason, ctx.config.publicUrl, time_zone);
  const type = reason === "opened" ? "alert.opened" : "alert.escalated";
  const now = ctx.clock.now().toISOString();
  const record = (channel: string, target: string, key: string, error: string | null = null) =>
    store.insertNotification(trx, {
      id: newId(),
      workspace_id: alert.workspace_id,
      alert_id: alert.id,
      rule_id: rule.id,
      reason,
      step,
      channel,
      target,
      key,
      created_at: now,
      error,
    });
  for (const [i, channel] of rule.channels.entries()) {
    const key = `alert_${alert.id}_${rule.id}_${step}_${i}`;
    if (channel.type === "email") {
      const to = recipientAt(rule, step);
      // Said on the alert (and in the dashboard's banner) instead of queued to fail for hours unseen.
      const problem = !to
        ? "the rule names no recipients"
        : !ctx.services.mail.configured()
          ? "no SMTP server is configured (set SMTP_HOST), so no e-mail can go out"
          : null;
      if (problem) {
        await record("email", to ?? "", key, problem);
        continue;
      }
      if (!to || !(await record("email", to, key))) continue;
      // The zone the recipient chose where they are a member (Settings → My account).
      const own = (await ctx.services.accounts.memberZones(systemActor(alert.workspace_id), { db: trx }))({
        email: to,
      });
      const mail = emailOf(
        own ? alertMessage(alert, reason, ctx.config.publicUrl, time_zone, own) : msg,
        reason,
      );
      await ctx.services.mail.send(
        { workspaceId: alert.workspace_id, to, ...mail, headers: { "X-Firebreak-Alert": alert.id } },
        { key, db: trx },
      );
    } else if (channel.type === "webhook") {
      if (!(await record("webhook", channel.url, key))) continue;
      await ctx.services.webhooks.deliver(
        alert.workspace_id,
        { url: channel.url, secret: channel.secret, channel: "alert" },
        type,
        {
          ...alertData(alert, ctx.config.publicUrl),
          escalation_step: step,
          recipient: recipientAt(rule, step),
        },
        { key, db: trx },
      );
    } else if (channel.type !== "slack") {
      // A paging tool runs its own escalation: it hears the page once, then the acknowledgement and close.
      if (reason === "escalated") continue;
      await sendPaging(ctx, trx, { alert, rule, channel, action: "trigger", key, reason, step });
    } else {
      // The Slack URL is the credential: the notification log names it by origin and hash.
      if (!(await record("slack", redactSecretUrl(channel.url), key))) continue;
      await ctx.services.webhooks.deliver(
        alert.workspace_id,
        { url: channel.url, secret: null, channel: "slack" },
        type,
        null,
        { key, db: trx, rawBody: slackOf(msg, reason) },
      );
    }
  }
  await store.update(trx, alert.workspace_id, alert.id, {
    escalation_step: Math.max(alert.escalation_step, step),
  });
  if (rule.ack_timeout_minutes && step < lastStep(rule)) {
    const job: EscalateJob = {
      workspaceId: alert.workspace_id,
      alertId: alert.id,
      ruleId: rule.id,
      step: step + 1,
    };
    await ctx.jobs.enqueue(
      ESCALATE_QUEUE,
      job,
      {
        key: `${alert.id}:${rule.id}:${step + 1}`,
        runAt: new Date(ctx.clock.now().getTime() + rule.ack_timeout_minutes * 60_000),
      },
      trx,
    );
  }
}

export const AFTER_QUIET_QUEUE = "alerts.after_quiet";

export interface AfterQuietJob {
  workspaceId: string;
  alertId: string;
  ruleId: string;
}

/**
 * A page held back by quiet hours is written down, so the log says why nobody was woken, and queued for
 * the end of the quiet hours: if the alert is still open then, the rule pages as if it had just opened.
 */
export async function recordSuppressed(
  ctx: AppContext,
  trx: Kysely<Database>,
  alert: AlertsTable,
  rule: Rule,
  now: Date,
) {
  const end = quietHoursEnd(rule.quiet_hours, now);
  if (end) {
    const job: AfterQuietJob = { workspaceId: alert.workspace_id, alertId: alert.id, ruleId: rule.id };
    await ctx.jobs.enqueue(
      AFTER_QUIET_QUEUE,
      job,
      { key: `alert_${alert.id}_${rule.id}_after_quiet_${end.toISOString()}`, runAt: end },
      trx,
    );
  }
  await store.insertNotification(trx, {
    id: newId(),
    workspace_id: alert.workspace_id,
    alert_id: alert.id,
    rule_id: rule.id,
    reason: "quiet_hours",
    step: 0,
    channel: "none",
    target: "",
    key: `alert_${alert.id}_${rule.id}_quiet`,
    created_at: ctx.clock.now().toISOString(),
  });
}
