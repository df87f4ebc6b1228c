import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import type { AlertKind } from "../../detection/detectors/types.js";
import {
  type AlertDetail,
  type AlertOut,
  alertListQuery,
  type NOTIFICATION_CHANNELS,
  type NOTIFICATION_REASONS,
} from "../schema.js";
import { GROUP_CHANNEL, alertsStore as store } from "../store.js";
import type { AlertsTable } from "../tables.js";
import { decodeCursor, encodeCursor, outOf, round3, rowOf } from "./internal.js";

type Sample = AlertDetail["sample_mentions"][number];
const pick = (m: Sample): Sample => ({
  id: m.id,
  source: m.source,
  text: m.text,
  author: m.author,
  url: m.url,
  created_at: m.created_at,
  sentiment: m.sentiment,
  topics: m.topics,
});

/** The evidence: the mentions the detector named, else those of the spike's window. */
async function sampleMentions(ctx: AppContext, a: AlertsTable): Promise<AlertDetail["sample_mentions"]> {
  const listening = ctx.services.listening;
  const ids = JSON.parse(a.sample_mention_ids) as string[];
  const out: AlertDetail["sample_mentions"] = [];
  for (const id of ids.slice(-10)) {
    try {
      out.push(pick(await listening.get(a.workspace_id, id)));
    } catch {
      // A deleted mention leaves the evidence list, not the alert.
    }
  }
  const measure = a.series.split("|")[0] ?? "";
  const isMentionSeries = measure === "volume" || measure === "negative" || measure.startsWith("topic:");
  if (out.length === 0 && isMentionSeries) {
    // The mentions of the spike's window: the hour before it opened until its last step.
    const since = new Date(Date.parse(a.opened_at) - 3600_000).toISOString();
    const until = new Date(Date.parse(a.last_step_at) + 1000).toISOString();
    const page = await listening.list(
      a.workspace_id,
      {
        since,
        until,
        ...(measure === "negative" ? { sentiment: "negative" as const } : {}),
        ...(a.topic ? { topic: a.topic as never } : {}),
        ...(a.source ? { source: a.source } : {}),
      } as never,
      10,
    );
    out.push(...page.items.map(pick));
  }
  return out;
}

type Delivery = AlertDetail["notifications"][number]["delivery"];
type NotificationRow = Awaited<ReturnType<typeof store.notifications>>[number];

/**
 * How far each notification got. Webhook-like channels keep a delivery log under the notification's key;
 * e-mail is handed to the mail queue, so only what stopped it before (no SMTP, no recipient) is known.
 */
async function deliveryOf(ctx: AppContext, actor: Actor, rows: NotificationRow[]) {
  const out: AlertDetail["notifications"] = [];
  for (const n of rows) {
    let delivery: Delivery = "queued";
    let error = n.error ?? null;
    if (error) delivery = "undeliverable";
    else if (n.channel === "none" || n.channel === GROUP_CHANNEL) delivery = "none";
    else if (n.channel !== "email") {
      const log = await ctx.services.webhooks.deliveries(actor, { messageId: `msg_${n.key}` }, 20);
      if (log.some((d) => d.ok)) delivery = "delivered";
      else if (log[0]) {
        delivery = "failing";
        error = `${log[0].error ?? "failed"} (${log.length} attempt${log.length === 1 ? "" : "s"}; retrying)`;
      }
    }
    out.push({
      // Both written only by this domain from the closed lists in schema.ts.
      reason: n.reason as (typeof NOTIFICATION_REASONS)[number],
      step: n.step,
      channel: n.channel as (typeof NOTIFICATION_CHANNELS)[number],
      target: n.target,
      created_at: n.created_at,
      delivery,
      error,
    });
  }
  return out;
}

export async function list(ctx: AppContext, actor: Actor, raw: unknown) {
  const q = alertListQuery.parse(raw ?? {});
  const rows = await store.list(ctx.db, actor.workspaceId, {
    status: q.status,
    kind: q.kind,
    before: q.cursor ? decodeCursor(q.cursor) : undefined,
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: await outOf(ctx, actor.workspaceId, page),
    next_cursor: rows.length > q.limit && last ? encodeCursor(last) : null,
  };
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<AlertDetail> {
  const row = await rowOf(ctx, actor, id);
  const [out] = (await outOf(ctx, actor.workspaceId, [row])) as [AlertOut];
  const g = out.group_id ? await store.groups(ctx.db, actor.workspaceId, [out.group_id]) : null;
  const others = g ? [out.group_id as string, ...(g.members.get(out.group_id as string) ?? [])] : [];
  const group = (
    await store.byIds(
      ctx.db,
      actor.workspaceId,
      others.filter((o) => o !== id),
    )
  ).map((a) => ({
    id: a.id,
    kind: a.kind as AlertKind,
    title: a.title,
    status: a.status,
    active: Number(a.active) === 1,
    opened_at: a.opened_at,
    observed: Number(a.observed),
    expected: round3(Number(a.expected)),
    score: round3(Number(a.score)),
  }));
  return {
    ...out,
    group,
    steps: JSON.parse(row.steps),
    sample_mentions: await sampleMentions(ctx, row),
    notifications: await deliveryOf(ctx, actor, await store.notifications(ctx.db, actor.workspaceId, id)),
  };
}
