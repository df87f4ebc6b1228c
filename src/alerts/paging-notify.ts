import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import { systemActor } from "../core/actor.js";
import { backoff } from "../core/backoff.js";
import { newId } from "../core/ids.js";
import { openSecret, sealSecret } from "../core/secrets.js";
import { alertMessage } from "./channels/messages.js";
import {
  dedupKeyOf,
  isPagingType,
  opsgenieAction,
  opsgenieActionUrl,
  opsgenieAlert,
  opsgenieAlertsUrl,
  type PagingAction,
  type PagingType,
  pagerDutyEvent,
  type Region,
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
  /** The rule that paged (a deleted rule's id only: its severity kinds matter to a trigger alone). */
  rule: Pick<Rule, "id" | "sev_kinds">;
  channel: PagingChannel;
  action: PagingAction;
  /** The notification's idempotency key: a replayed round or retried job sends it once. */
  key: string;
  reason: string;
  step: number;
  /** Who acknowledged or closed (Opsgenie shows it on the alert). */
  by?: string;
}

/** An acknowledgement or resolution waiting for its page to reach the tool first. */
export interface FollowUpJob {
  workspaceId: string;
  alertId: string;
  ruleId: string;
  /**
   * The channel's place in the rule, with its type and address to notice a rule changed since; -1 for a
   * page whose channel has left its rule, told with the key stored on the page itself.
   */
  index: number;
  type: PagingType;
  target: string;
  action: "acknowledge" | "resolve";
  by: string;
  key: string;
  reason: string;
  step: number;
  /** The notification keys of the page(s) this follows. */
  triggerKeys: string[];
}

export const FOLLOW_UP_QUEUE = "alerts.paging_follow_up";
const REASON: Record<PagingAction, string> = {
  trigger: "opened",
  acknowledge: "acknowledged",
  resolve: "closed",
};

const keyOf = (c: PagingChannel) => (c.type === "pagerduty" ? c.routing_key : c.api_key);

/** A page's channel rebuilt from its notification: the tool, the address it was sent to and its key. */
function pagedChannel(type: PagingType, target: string, credential: string): PagingChannel {
  const region: Region = target === targetOf({ type, region: "eu" }) ? "eu" : "us";
  const key = openSecret(credential);
  return type === "pagerduty" ? { type, routing_key: key, region } : { type, api_key: key, region };
}

const recordStep = (ctx: AppContext, trx: Kysely<Database>, s: PageStep) =>
  store.insertNotification(trx, {
    id: newId(),
    workspace_id: s.alert.workspace_id,
    alert_id: s.alert.id,
    rule_id: s.rule.id,
    reason: s.reason,
    step: s.step,
    channel: s.channel.type,
    target: targetOf(s.channel),
    key: s.key,
    created_at: ctx.clock.now().toISOString(),
    error: null,
    // Kept with the page so its follow-ups reach the same incident whatever becomes of the rule.
    credential: s.action === "trigger" ? sealSecret(keyOf(s.channel)) : null,
  });

/** Queues the request itself; the channel's key (sealed at rest) is opened only by the delivery. */
async function deliverStep(ctx: AppContext, trx: Kysely<Database>, s: PageStep): Promise<void> {
  const { alert, channel } = s;
  const { time_zone } = await ctx.services.accounts.settings(alert.workspace_id, { db: trx });
  const msg = alertMessage(alert, s.reason, ctx.config.publicUrl, time_zone);
  const type = `alert.${s.action}`;
  const options = { key: s.key, db: trx };
  if (channel.type === "pagerduty") {
    const event = pagerDutyEvent(s.action, alert, msg, severityOf(alert, s.rule.sev_kinds));
    await ctx.services.webhooks.deliver(
      alert.workspace_id,
      { url: targetOf(channel), secret: channel.routing_key, channel: "pagerduty", auth: "routing_key" },
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
 * Pages a tool in the caller's transaction and writes it in the notification log, so "Who was told" and
 * the delivery-problems banner see it like any webhook.
 */
export async function sendPaging(ctx: AppContext, trx: Kysely<Database>, s: PageStep): Promise<void> {
  if (await recordStep(ctx, trx, s)) await deliverStep(ctx, trx, s);
}

/** Records a follow-up and queues its job, which waits for the page(s) it follows to reach the tool. */
async function queueFollowUp(
  ctx: AppContext,
  trx: Kysely<Database>,
  step: PageStep,
  index: number,
  triggerKeys: string[],
): Promise<void> {
  if (!(await recordStep(ctx, trx, step))) return;
  const job: FollowUpJob = {
    workspaceId: step.alert.workspace_id,
    alertId: step.alert.id,
    ruleId: step.rule.id,
    index,
    type: step.channel.type,
    target: targetOf(step.channel),
    action: step.action as FollowUpJob["action"],
    by: step.by ?? "Firebreak",
    key: step.key,
    reason: step.reason,
    step: step.step,
    triggerKeys,
  };
  await ctx.jobs.enqueue(FOLLOW_UP_QUEUE, job, { key: step.key }, trx);
}

/**
 * When an alert is acknowledged or closed, the paging tools it paged hear it too: the same dedup key,
 * sent to the channels of the rules that paged. A page whose channel has since left its rule (or whose
 * rule was deleted) is told with the key stored on the page, so no incident stays open in the tool.
 * Each follow-up waits in a job until its page has reached the tool, so a page still being retried is
 * never overtaken by its own resolution.
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
  const told = new Set<string>();
  const base = { alert, action, reason: REASON[action], step: Number(alert.escalation_step), by };
  for (const ruleId of new Set(paged.map((n) => n.rule_id))) {
    const row = await store.rule(trx, alert.workspace_id, ruleId);
    if (!row) continue;
    const rule = ruleOf(row);
    for (const [index, channel] of rule.channels.entries()) {
      if (channel.type !== "pagerduty" && channel.type !== "opsgenie") continue;
      const target = targetOf(channel);
      const triggers = paged.filter(
        (n) => n.rule_id === ruleId && n.channel === channel.type && n.target === target,
      );
      if (!triggers.length) continue;
      for (const n of triggers) told.add(n.key);
      const key = `alert_${alert.id}_${rule.id}_${action}_${index}`;
      await queueFollowUp(
        ctx,
        trx,
        { ...base, rule, channel, key },
        index,
        triggers.map((n) => n.key),
      );
    }
  }
  const left = paged.filter((n) => !told.has(n.key));
  if (!left.length) return;
  const stored = new Map(
    (await store.pagedCredentials(trx, alert.workspace_id, alert.id)).map((c) => [c.key, c.credential]),
  );
  for (const n of left) {
    const credential = stored.get(n.key);
    // Pages sent before keys were kept with them cannot be followed: close those in the tool.
    if (!credential) continue;
    const channel = pagedChannel(n.channel as PagingType, n.target, credential);
    const rule = { id: n.rule_id, sev_kinds: [] };
    await queueFollowUp(ctx, trx, { ...base, rule, channel, key: `${n.key}_${action}` }, -1, [n.key]);
  }
}

/** The channel a follow-up goes to now: the rule's, unless it changed since; or the page's own. */
async function followUpChannel(
  trx: Kysely<Database>,
  job: FollowUpJob,
): Promise<{ rule: PageStep["rule"]; channel: PagingChannel } | null> {
  if (job.index < 0) {
    const trigger = job.triggerKeys[0] ?? "";
    const stored = await store.pagedCredentials(trx, job.workspaceId, job.alertId);
    const credential = stored.find((c) => c.key === trigger)?.credential;
    if (!credential) return null;
    return {
      rule: { id: job.ruleId, sev_kinds: [] },
      channel: pagedChannel(job.type, job.target, credential),
    };
  }
  const row = await store.rule(trx, job.workspaceId, job.ruleId);
  if (!row) return null;
  const rule = ruleOf(row);
  const channel = rule.channels[job.index];
  if (!channel || channel.type !== job.type || targetOf(channel) !== job.target) return null;
  return { rule, channel };
}

async function runFollowUp(ctx: AppContext, job: FollowUpJob): Promise<void> {
  const actor = systemActor(job.workspaceId);
  let reached = false;
  for (const key of job.triggerKeys) {
    const log = await ctx.services.webhooks.deliveries(actor, { messageId: `msg_${key}` }, 50);
    reached ||= log.some((d) => d.ok);
  }
  // Thrown, so the runner tries again with backoff while the page itself is still being retried.
  if (!reached) throw new Error("the page has not reached the paging tool yet; the follow-up waits for it");
  await ctx.db.transaction().execute(async (trx) => {
    const alert = await store.byId(trx, job.workspaceId, job.alertId);
    const to = alert ? await followUpChannel(trx, job) : null;
    if (!alert || !to) return;
    await deliverStep(ctx, trx, { ...job, alert, rule: to.rule, channel: to.channel });
  });
}

export function registerPagingJobs(ctx: AppContext) {
  // As patient as the page's own delivery (retried for over a day).
  ctx.jobs.register<FollowUpJob>(FOLLOW_UP_QUEUE, (job) => runFollowUp(ctx, job), {
    maxAttempts: 40,
    backoffMs: backoff({ first: 5000, max: 3600_000, jitter: 0.25 }),
  });
}
