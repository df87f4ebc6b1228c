import type { Kysely } from "kysely";
import type { AppContext } from "../../app/context.js";
import type { Database } from "../../app/database.js";
import type { Actor } from "../../core/actor.js";
import { invalid, notFound } from "../../core/errors.js";
import { openByType, sealByType } from "../../core/secrets.js";
import type { Alert, AlertKind, SeriesPoint } from "../../detection/detectors/types.js";
import { CHANNEL_SECRET_FIELDS } from "../channels/secret-fields.js";
import type { Paging } from "../rules.js";
import type { AlertOut, Rule, RuleInput } from "../schema.js";
import { alertsStore as store } from "../store.js";
import type { AlertExplanation, AlertRulesTable, AlertsTable } from "../tables.js";

/** Helpers the alert operations share; each operation is a `(ctx, ...)` function in its own file. */
export type Db = Kysely<Database>;

/** Bus event the dashboard stream listens to. */
export const ALERT_CHANGED = "alert.changed";
/** About a day of 5-minute buckets behind each alert's chart. */
const MAX_POINTS = 288;
export const MAX_SAMPLES = 50;

/** The app clock's now as stored (ISO 8601 UTC). */
export const now = (ctx: Pick<AppContext, "clock">) => ctx.clock.now().toISOString();

export interface Point {
  start: string;
  end: string;
  observed: number;
  expected: number;
}
export interface Step {
  phase: Alert["phase"];
  at: string;
  observed: number;
  expected: number;
  score: number;
  mention_id?: string;
}

export const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function mergePoints(existing: Point[], fresh: SeriesPoint[]): Point[] {
  const byStart = new Map(existing.map((p) => [p.start, p]));
  for (const p of fresh) {
    byStart.set(p.start, { start: p.start, end: p.end, observed: p.observed, expected: round3(p.expected) });
  }
  return [...byStart.values()].sort((a, b) => (a.start < b.start ? -1 : 1)).slice(-MAX_POINTS);
}

export const ruleOf = (r: AlertRulesTable): Rule => ({
  id: r.id,
  name: r.name,
  enabled: r.enabled === 1,
  kinds: JSON.parse(r.kinds),
  topics: JSON.parse(r.topics),
  min_score: Number(r.min_score),
  min_observed: Number(r.min_observed),
  quiet_hours: r.quiet_hours ? JSON.parse(r.quiet_hours) : null,
  sev_kinds: JSON.parse(r.sev_kinds),
  channels: openByType(JSON.parse(r.channels), CHANNEL_SECRET_FIELDS),
  recipients: JSON.parse(r.recipients),
  ack_timeout_minutes: r.ack_timeout_minutes === null ? null : Number(r.ack_timeout_minutes),
  created_at: r.created_at,
  updated_at: r.updated_at,
});

export const ruleColumns = (r: RuleInput) => ({
  name: r.name,
  enabled: r.enabled ? 1 : 0,
  kinds: JSON.stringify(r.kinds),
  topics: JSON.stringify(r.topics),
  min_score: r.min_score,
  min_observed: r.min_observed,
  quiet_hours: r.quiet_hours ? JSON.stringify(r.quiet_hours) : null,
  sev_kinds: JSON.stringify(r.sev_kinds),
  channels: JSON.stringify(sealByType(r.channels, CHANNEL_SECRET_FIELDS)),
  recipients: JSON.stringify(r.recipients),
  ack_timeout_minutes: r.ack_timeout_minutes,
});

export const rulesOf = async (trx: Db, workspaceId: string) =>
  (await store.rules(trx, workspaceId)).map(ruleOf);

interface GroupInfo {
  group_id: string | null;
  group_size: number;
}
const ALONE: GroupInfo = { group_id: null, group_size: 1 };

type Groups = Awaited<ReturnType<typeof store.groups>>;
function groupInfo(id: string, g: Groups): GroupInfo {
  const leader = g.leaderOf.get(id) ?? id;
  const members = g.members.get(leader)?.length ?? 0;
  return members ? { group_id: leader, group_size: members + 1 } : ALONE;
}

/** What the detector explained about a rise, as stored; null for alerts that have no baseline behind them. */
export function explanationOf(a: Alert): string | null {
  if (a.since === undefined || a.windowMinutes === undefined) return null;
  const e: AlertExplanation = {
    since: a.since,
    window_minutes: a.windowMinutes,
    expected_low: a.expectedLow ?? 0,
    expected_high: a.expectedHigh ?? 0,
    language: a.language ?? null,
    examples: (a.examples ?? []).map((x) => ({ id: x.id, text: x.text })),
    planned_surge: a.surge ? { label: a.surge.label, multiple: a.surge.multiple } : null,
  };
  return JSON.stringify(e);
}

const explanationOut = (stored: string) => {
  const e = JSON.parse(stored) as AlertExplanation;
  return { ...e, planned_surge: e.planned_surge ?? null };
};

export function toAlertOut(a: AlertsTable, group: GroupInfo = ALONE): AlertOut {
  return {
    id: a.id,
    episode_id: a.episode_id,
    // Written only from ALERT_KINDS (detectors and raised alerts), so the document can list them.
    kind: a.kind as AlertKind,
    series: a.series,
    topic: a.topic,
    source: a.source,
    signal: a.signal,
    author: a.author,
    title: a.title,
    status: a.status,
    active: Number(a.active) === 1,
    opened_at: a.opened_at,
    last_step_at: a.last_step_at,
    ended_at: a.ended_at,
    observed: Number(a.observed),
    expected: round3(Number(a.expected)),
    score: round3(Number(a.score)),
    peak_observed: Number(a.peak_observed),
    peak_score: round3(Number(a.peak_score)),
    acknowledged_by: a.acknowledged_by,
    acknowledged_at: a.acknowledged_at,
    snoozed_until: a.snoozed_until,
    closed_by: a.closed_by,
    closed_at: a.closed_at,
    crisis_id: a.crisis_id,
    escalation_step: Number(a.escalation_step),
    created_at: a.created_at,
    updated_at: a.updated_at,
    points: JSON.parse(a.points),
    group_id: group.group_id,
    group_size: group.group_size,
    paging: a.paging ? (JSON.parse(a.paging) as Paging) : null,
    explanation: a.explanation ? explanationOut(a.explanation) : null,
  };
}

export async function outOf(ctx: AppContext, workspaceId: string, rows: AlertsTable[]): Promise<AlertOut[]> {
  const ids = rows.map((r) => r.id);
  const g = await store.groups(ctx.db, workspaceId, ids);
  // A member's leader may be off this page: its member count needs its own links.
  const leaders = [...new Set([...g.leaderOf.values()])].filter((l) => !ids.includes(l));
  if (leaders.length) {
    const more = await store.groups(ctx.db, workspaceId, leaders);
    for (const [l, m] of more.members) g.members.set(l, m);
  }
  return rows.map((r) => toAlertOut(r, groupInfo(r.id, g)));
}

/** Tells the dashboard stream after commit; a failure here must not fail the change itself. */
export function changed(ctx: AppContext, workspaceId: string, id: string) {
  void store
    .byId(ctx.db, workspaceId, id)
    .then(async (a) => {
      if (a) ctx.bus.publish(workspaceId, ALERT_CHANGED, (await outOf(ctx, workspaceId, [a]))[0]);
    })
    .catch(() => undefined);
}

export async function rowOf(ctx: AppContext, actor: Actor, id: string) {
  const row = await store.byId(ctx.db, actor.workspaceId, id);
  if (!row) throw notFound("alert");
  return row;
}

export const encodeCursor = (a: AlertsTable) => Buffer.from(`${a.opened_at}|${a.id}`).toString("base64url");
export function decodeCursor(c: string) {
  const [at, id] = Buffer.from(c, "base64url").toString("utf8").split("|");
  if (!at || !id) throw invalid("this cursor is not one we gave out", "cursor");
  return { at, id };
}
