import type { AppContext } from "../../app/context.js";
import { newId } from "../../core/ids.js";
import type { Alert, SeriesPoint } from "../../detection/detectors/types.js";
import type { DetectionRound } from "../../detection/live.js";
import { alertData, notify, recordSuppressed } from "../notify.js";
import { followUpPaging } from "../paging-notify.js";
import { factsOf, pagingOf, ruleMatches, shouldPage } from "../rules.js";
import { GROUP_CHANNEL, alertsStore as store } from "../store.js";
import type { AlertsTable } from "../tables.js";
import { titleOf } from "../titles.js";
import {
  changed,
  type Db,
  explanationOf,
  MAX_SAMPLES,
  mergePoints,
  now,
  round3,
  rulesOf,
  type Step,
} from "./internal.js";

/** Kinds whose alerts are one incident when they overlap: a burst of mentions, or a broken checkout. */
const GROUP_FAMILIES: readonly (readonly string[])[] = [
  ["volume_spike", "negative_spike", "topic_spike"],
  ["order_drop", "payment_failure_spike"],
];
/** How far back (data time) a new alert looks for an incident to join. */
const GROUP_WINDOW_MS = 2 * 3600_000;

/** What another part says when it raises an alert of its own. */
export interface RaiseInput {
  kind: "monitor_down" | "provider_incident";
  key: string;
  open: boolean;
  title: string;
  detail?: string | null;
  source: { type: string; id: string; event_id?: string };
}
/** A confirmed outage is as certain as the strongest spike: rules with any score threshold hear it. */
const RAISED_SCORE = 99;

const stepOf = (a: Alert): Step => ({
  phase: a.phase,
  at: a.at,
  observed: a.observed,
  expected: round3(a.expected),
  score: round3(a.score),
  ...(a.mentionId ? { mention_id: a.mentionId } : {}),
});

/**
 * Puts a new alert in the incident it belongs to: the earliest active, unresolved alert of the same
 * family (another series) opened in the last two hours of data time. Returns that leader, if any.
 */
async function joinGroup(trx: Db, row: AlertsTable): Promise<AlertsTable | undefined> {
  const kinds = GROUP_FAMILIES.find((f) => f.includes(row.kind));
  if (!kinds) return undefined;
  const leader = await store.groupLeader(trx, row.workspace_id, {
    kinds,
    series: row.series,
    since: new Date(Date.parse(row.opened_at) - GROUP_WINDOW_MS).toISOString(),
    until: row.opened_at,
  });
  if (!leader) return undefined;
  await store.insertNotification(trx, {
    id: newId(),
    workspace_id: row.workspace_id,
    alert_id: row.id,
    rule_id: "",
    reason: "grouped",
    step: 0,
    channel: GROUP_CHANNEL,
    target: leader.id,
    key: `alert_${row.id}_group`,
    created_at: row.created_at,
  });
  return leader;
}

function newAlertRow(workspaceId: string, a: Alert, points: SeriesPoint[], at: string): AlertsTable {
  return {
    id: newId(),
    workspace_id: workspaceId,
    episode_id: a.episodeId,
    kind: a.kind,
    series: a.series,
    topic: a.topic ?? null,
    source: a.source ?? null,
    signal: a.signal ?? null,
    author: a.author ?? null,
    title: titleOf(a),
    status: "open",
    active: 1,
    opened_at: a.at,
    last_step_at: a.at,
    ended_at: null,
    observed: a.observed,
    expected: a.expected,
    score: a.score,
    peak_observed: a.observed,
    peak_score: a.score,
    steps: JSON.stringify([stepOf(a)]),
    points: JSON.stringify(mergePoints([], points)),
    sample_mention_ids: JSON.stringify(a.mentionId ? [a.mentionId] : []),
    acknowledged_by: null,
    acknowledged_at: null,
    snoozed_until: null,
    closed_by: null,
    closed_at: null,
    crisis_id: null,
    escalation_step: 0,
    created_at: at,
    updated_at: at,
    paging: null,
    explanation: explanationOf(a),
  };
}

async function openAlert(ctx: AppContext, trx: Db, workspaceId: string, a: Alert, points: SeriesPoint[]) {
  const row = newAlertRow(workspaceId, a, points, now(ctx));
  if (!(await store.insert(trx, row))) return null;
  const leader = await joinGroup(trx, row);
  const wall = ctx.clock.now();
  const facts = factsOf(a);
  const rules = await rulesOf(trx, workspaceId);
  // Written down now, so an alert that paged nobody says which rule came closest and why.
  await store.update(trx, workspaceId, row.id, { paging: JSON.stringify(pagingOf(rules, facts, wall)) });
  for (const rule of rules) {
    if (!ruleMatches(rule, facts)) continue;
    // The people this rule woke for the incident are on it already: one page per incident, not per series.
    const page = shouldPage(rule, facts, wall);
    // Held back too: the first alert's page at the end of the quiet hours covers the incident.
    const covers = page ? ["opened"] : ["opened", "quiet_hours"];
    if (leader && (await store.notifiedFor(trx, workspaceId, leader.id, rule.id, covers))) continue;
    if (page) await notify(ctx, trx, row, rule, 0, "opened");
    else await recordSuppressed(ctx, trx, row, rule, wall);
  }
  await ctx.services.webhooks.emit(workspaceId, "alert.opened", alertData(row, ctx.config.publicUrl), {
    key: `alert.opened_${row.id}`,
    db: trx,
  });
  return row.id;
}

async function stepAlert(ctx: AppContext, trx: Db, workspaceId: string, a: Alert, points: SeriesPoint[]) {
  const row = await store.byEpisode(trx, workspaceId, a.episodeId);
  if (!row) return null;
  const steps = JSON.parse(row.steps) as Step[];
  if (steps.some((s) => s.phase === a.phase && s.at === a.at)) return null;
  steps.push(stepOf(a));
  const samples = JSON.parse(row.sample_mention_ids) as string[];
  if (a.mentionId && !samples.includes(a.mentionId)) samples.push(a.mentionId);
  const patch: Partial<AlertsTable> = {
    steps: JSON.stringify(steps.slice(-200)),
    points: JSON.stringify(mergePoints(JSON.parse(row.points), points)),
    sample_mention_ids: JSON.stringify(samples.slice(-MAX_SAMPLES)),
    last_step_at: a.at,
    updated_at: now(ctx),
  };
  if (a.phase === "update") {
    Object.assign(patch, {
      observed: a.observed,
      expected: a.expected,
      score: a.score,
      peak_observed: Math.max(Number(row.peak_observed), a.observed),
      peak_score: Math.max(Number(row.peak_score), a.score),
    });
    // The rise as it stands now: a longer window, more mentions, the latest examples.
    const explanation = explanationOf(a);
    if (explanation) patch.explanation = explanation;
  } else {
    patch.active = 0;
    patch.ended_at = a.at;
    if (row.status !== "closed") {
      Object.assign(patch, {
        status: "closed",
        closed_by: "detector: the episode ended",
        closed_at: now(ctx),
      });
      await followUpPaging(
        ctx,
        trx,
        { ...row, ...patch } as AlertsTable,
        "resolve",
        "Firebreak (the episode ended)",
      );
      await ctx.services.webhooks.emit(
        workspaceId,
        "alert.closed",
        alertData({ ...row, ...patch } as AlertsTable, ctx.config.publicUrl),
        { key: `alert.closed_${row.id}`, db: trx },
      );
    }
  }
  await store.update(trx, workspaceId, row.id, patch);
  return row.id;
}

/** Applies one detection round inside the detectors' transaction; returns what to announce after commit. */
export async function record(
  ctx: AppContext,
  workspaceId: string,
  round: DetectionRound,
  trx: Db,
): Promise<() => void> {
  const touched = new Set<string>();
  for (const { alert, points } of round.steps) {
    const id =
      alert.phase === "open"
        ? ((await openAlert(ctx, trx, workspaceId, alert, points)) ??
          (await stepAlert(ctx, trx, workspaceId, alert, points)))
        : await stepAlert(ctx, trx, workspaceId, alert, points);
    if (id) touched.add(id);
  }
  for (const { episodeId, points } of round.open) {
    const row = await store.byEpisode(trx, workspaceId, episodeId);
    if (!row || !points.length) continue;
    const merged = JSON.stringify(mergePoints(JSON.parse(row.points), points));
    if (merged === row.points) continue;
    await store.update(trx, workspaceId, row.id, { points: merged });
    touched.add(row.id);
  }
  return () => {
    for (const id of touched) changed(ctx, workspaceId, id);
  };
}

/**
 * An alert raised by another part (service monitoring) rather than the mention detectors. `key` names
 * the thing (one monitor); `open: true` starts an episode unless one is active, `open: false` ends it.
 * It pages through the same rules, grouping and escalation as a spike.
 */
export async function raise(ctx: AppContext, workspaceId: string, input: RaiseInput): Promise<string | null> {
  const at = now(ctx);
  const announce = await ctx.db.transaction().execute(async (trx) => {
    const active = await store.activeBySeries(trx, workspaceId, input.key);
    if (input.open === Boolean(active)) return null;
    const alert: Alert = {
      episodeId: active ? active.episode_id : `${input.key}@${at}`,
      phase: input.open ? "open" : "close",
      at,
      kind: input.kind,
      series: input.key,
      source: input.source.type,
      title: input.detail ? `${input.title}. ${input.detail}` : input.title,
      observed: input.open ? 1 : 0,
      expected: 0,
      score: RAISED_SCORE,
    };
    const done = await record(ctx, workspaceId, { steps: [{ alert, points: [] }], open: [] }, trx);
    return { done, episodeId: alert.episodeId };
  });
  if (!announce) return null;
  announce.done();
  return (await store.byEpisode(ctx.db, workspaceId, announce.episodeId))?.id ?? null;
}
