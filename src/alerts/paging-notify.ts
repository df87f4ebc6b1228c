import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import { newId } from "../core/ids.js";
import { alertMessage } from "./channels/messages.js";
import {
  dedupKeyOf,
  isPagingType,
  opsgenieAction,
  opsgenieActionUrl,
  opsgenieAlert,
  opsgenieAlertsUrl,
  type PagingAction,
  pagerDutyEvent,
  severityOf,
  targetOf,
} from "./channels/paging.js";
import { ruleOf } from "./ops/internal.js";
import type { Channel, Rule } from "./schema.js";
import { alertsStore as store } from "./store.js";
import type { AlertsTable } from "./tables.js";

export type PagingChannel = Extract<Channel, { type: "pagerduty" | "opsgenie" }>;

interface PageStep {
  alert: AlertsTable;
  rule: Rule;
  channel: PagingChannel;
  action: PagingAction;
  /** The notification's idempotency key: a replayed round or retried job sends it once. */
  key: string;
  reason: string;
  step: number;
  /** Who acknowledged or closed (Opsgenie shows it on the alert). */
  by?: string;
}

const REASON: Record<PagingAction, string> = {
  trigger: "opened",
  acknowledge: "acknowledged",
  resolve: "closed",
};

/**
 * Queues one request to a paging tool in the caller's transaction and writes it in the notification log,
 * so "Who was told" and the delivery-problems banner see it like any webhook. The key is the channel's
 * own (sealed at rest, opened only by the delivery at send time).
 */
export async function sendPaging(ctx: AppContext, trx: Kysely<Database>, s: PageStep): Promise<void> {
  const { alert, channel } = s;
  const target = targetOf(channel);
  const recorded = await store.insertNotification(trx, {
    id: newId(),
    workspace_id: alert.workspace_id,
    alert_id: alert.id,
    rule_id: s.rule.id,
    reason: s.reason,
    step: s.step,
    channel: channel.type,
    target,
    key: s.key,
    created_at: ctx.clock.now().toISOString(),
    error: null,
  });
  if (!recorded) return;
  const msg = alertMessage(alert, s.reason, ctx.config.publicUrl);
  const type = `alert.${s.action}`;
  const options = { key: s.key, db: trx };
  if (channel.type === "pagerduty") {
    const event = pagerDutyEvent(s.action, alert, msg, severityOf(alert, s.rule.sev_kinds));
    await ctx.services.webhooks.deliver(
      alert.workspace_id,
      { url: target, secret: channel.routing_key, channel: "pagerduty", auth: "routing_key" },
      type,
      null,
      { ...options, rawBody: event },
    );
    return;
  }
  const by = s.by ?? "Firebreak";
  const [url, body] =
    s.action === "trigger"
      ? [opsgenieAlertsUrl(channel.region), opsgenieAlert(alert, msg, severityOf(alert, s.rule.sev_kinds))]
      : s.action === "acknowledge"
        ? [
            opsgenieActionUrl(channel.region, dedupKeyOf(alert.id), "acknowledge"),
            opsgenieAction(by, `Acknowledged in Firebreak by ${by}.`),
          ]
        : [
            opsgenieActionUrl(channel.region, dedupKeyOf(alert.id), "close"),
            opsgenieAction(by, `Closed in Firebreak (${by}).`),
          ];
  await ctx.services.webhooks.deliver(
    alert.workspace_id,
    { url, secret: channel.api_key, channel: "opsgenie", auth: "genie_key" },
    type,
    null,
    { ...options, rawBody: body },
  );
}

/**
 * When an alert is acknowledged or closed, the paging tools it paged hear it too: the same dedup key,
 * sent to the channels of the rules that paged (as they are now: a channel removed since, or a rule
 * deleted, leaves the page to be closed in the tool). Alerts that paged no tool send nothing.
 */
export async function followUpPaging(
  ctx: AppContext,
  trx: Kysely<Database>,
  alert: AlertsTable,
  action: "acknowledge" | "resolve",
  by: string,
): Promise<void> {
  const paged = (await store.notifications(trx, alert.workspace_id, alert.id)).filter(
    (n) => n.reason === "opened" && isPagingType(n.channel) && !n.error,
  );
  for (const ruleId of new Set(paged.map((n) => n.rule_id))) {
    const row = await store.rule(trx, alert.workspace_id, ruleId);
    if (!row) continue;
    const rule = ruleOf(row);
    const targets = new Set(paged.filter((n) => n.rule_id === ruleId).map((n) => `${n.channel} ${n.target}`));
    for (const [i, channel] of rule.channels.entries()) {
      if (channel.type !== "pagerduty" && channel.type !== "opsgenie") continue;
      if (!targets.has(`${channel.type} ${targetOf(channel)}`)) continue;
      await sendPaging(ctx, trx, {
        alert,
        rule,
        channel,
        action,
        key: `alert_${alert.id}_${rule.id}_${action}_${i}`,
        reason: REASON[action],
        step: Number(alert.escalation_step),
        by,
      });
    }
  }
}
