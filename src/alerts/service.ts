import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import { type Actor, systemActor } from "../core/actor.js";
import { conflict, invalid, notFound, ServiceError } from "../core/errors.js";
import { newId } from "../core/ids.js";
import type { Database } from "../db/schema.js";
import type { Alert, SeriesPoint } from "../detection/detectors/types.js";
import type { DetectionRound } from "../detection/live.js";
import {
  AFTER_QUIET_QUEUE,
  type AfterQuietJob,
  alertData,
  ESCALATE_QUEUE,
  type EscalateJob,
  notify,
  recordSuppressed,
} from "./notify.js";
import { factsOf, factsOfRow, ruleMatches, shouldPage } from "./rules.js";
import {
  type AlertDetail,
  type AlertOut,
  alertListQuery,
  type Rule,
  type RuleInput,
  ruleInput,
  rulePatch,
} from "./schema.js";
import { GROUP_CHANNEL, alertsStore as store } from "./store.js";
import type { AlertRulesTable, AlertStatus, AlertsTable } from "./tables.js";
import { suggestCrisis, titleOf } from "./titles.js";

export type AlertsService = ReturnType<typeof createAlertsService>;

/** Bus event the dashboard stream listens to. */
export const ALERT_CHANGED = "alert.changed";
/** About a day of 5-minute buckets behind each alert's chart. */
const MAX_POINTS = 288;
const MAX_SAMPLES = 50;

interface Point {
  start: string;
  end: string;
  observed: number;
  expected: number;
}
interface Step {
  phase: Alert["phase"];
  at: string;
  observed: number;
  expected: number;
  score: number;
  mention_id?: string;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

function mergePoints(existing: Point[], fresh: SeriesPoint[]): Point[] {
  const byStart = new Map(existing.map((p) => [p.start, p]));
  for (const p of fresh) {
    byStart.set(p.start, { start: p.start, end: p.end, observed: p.observed, expected: round3(p.expected) });
  }
  return [...byStart.values()].sort((a, b) => (a.start < b.start ? -1 : 1)).slice(-MAX_POINTS);
}

const ruleOf = (r: AlertRulesTable): Rule => ({
  id: r.id,
  name: r.name,
  enabled: r.enabled === 1,
  kinds: JSON.parse(r.kinds),
  topics: JSON.parse(r.topics),
  min_score: Number(r.min_score),
  min_observed: Number(r.min_observed),
  quiet_hours: r.quiet_hours ? JSON.parse(r.quiet_hours) : null,
  sev_kinds: JSON.parse(r.sev_kinds),
  channels: JSON.parse(r.channels),
  recipients: JSON.parse(r.recipients),
  ack_timeout_minutes: r.ack_timeout_minutes === null ? null : Number(r.ack_timeout_minutes),
  created_at: r.created_at,
  updated_at: r.updated_at,
});

const ruleColumns = (r: RuleInput) => ({
  name: r.name,
  enabled: r.enabled ? 1 : 0,
  kinds: JSON.stringify(r.kinds),
  topics: JSON.stringify(r.topics),
  min_score: r.min_score,
  min_observed: r.min_observed,
  quiet_hours: r.quiet_hours ? JSON.stringify(r.quiet_hours) : null,
  sev_kinds: JSON.stringify(r.sev_kinds),
  channels: JSON.stringify(r.channels),
  recipients: JSON.stringify(r.recipients),
  ack_timeout_minutes: r.ack_timeout_minutes,
});

/** Kinds whose alerts are one incident when they overlap: a burst of mentions, or a broken checkout. */
const GROUP_FAMILIES: readonly (readonly string[])[] = [
  ["volume_spike", "negative_spike", "topic_spike"],
  ["order_drop", "payment_failure_spike"],
];
/** How far back (data time) a new alert looks for an incident to join. */
const GROUP_WINDOW_MS = 2 * 3600_000;

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

export function toAlertOut(a: AlertsTable, group: GroupInfo = ALONE): AlertOut {
  return {
    id: a.id,
    episode_id: a.episode_id,
    kind: a.kind,
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
  };
}

const encodeCursor = (a: AlertsTable) => Buffer.from(`${a.opened_at}|${a.id}`).toString("base64url");
function decodeCursor(c: string) {
  const [at, id] = Buffer.from(c, "base64url").toString("utf8").split("|");
  if (!at || !id) throw invalid("this cursor is not one we gave out", "cursor");
  return { at, id };
}

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

export function createAlertsService(ctx: AppContext) {
  const { db } = ctx;
  const now = () => new Date().toISOString();

  const rulesOf = async (trx: Kysely<Database>, workspaceId: string) =>
    (await store.rules(trx, workspaceId)).map(ruleOf);

  ctx.jobs.register<EscalateJob>(
    ESCALATE_QUEUE,
    async (job) => {
      const publish = await db.transaction().execute(async (trx) => {
        const alert = await store.byId(trx, job.workspaceId, job.alertId);
        const row = await store.rule(trx, job.workspaceId, job.ruleId);
        if (!alert || !row || alert.status === "acknowledged" || alert.status === "closed") return null;
        if (alert.status === "snoozed" && alert.snoozed_until && alert.snoozed_until > now()) {
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
      if (publish) changed(publish.workspace_id, publish.id);
    },
    { maxAttempts: 20 },
  );

  async function outOf(workspaceId: string, rows: AlertsTable[]): Promise<AlertOut[]> {
    const ids = rows.map((r) => r.id);
    const g = await store.groups(db, workspaceId, ids);
    // A member's leader may be off this page: its member count needs its own links.
    const leaders = [...new Set([...g.leaderOf.values()])].filter((l) => !ids.includes(l));
    if (leaders.length) {
      const more = await store.groups(db, workspaceId, leaders);
      for (const [l, m] of more.members) g.members.set(l, m);
    }
    return rows.map((r) => toAlertOut(r, groupInfo(r.id, g)));
  }

  ctx.jobs.register<AfterQuietJob>(
    AFTER_QUIET_QUEUE,
    async (job) => {
      const publish = await db.transaction().execute(async (trx) => {
        const alert = await store.byId(trx, job.workspaceId, job.alertId);
        const row = await store.rule(trx, job.workspaceId, job.ruleId);
        // Someone saw it (acknowledged, snoozed), it ended overnight, or the rule is gone: nothing to wake.
        // (An episode that ended is closed by the detector.)
        if (!alert || !row || alert.status !== "open") return null;
        const rule = ruleOf(row);
        const wall = new Date();
        if (!ruleMatches(rule, factsOfRow(alert))) return null;
        if (!shouldPage(rule, factsOfRow(alert), wall)) {
          // The rule's quiet hours changed meanwhile: wait for their new end.
          await recordSuppressed(ctx, trx, alert, rule, wall);
          return null;
        }
        await notify(ctx, trx, alert, rule, 0, "opened");
        return alert;
      });
      if (publish) changed(publish.workspace_id, publish.id);
    },
    { maxAttempts: 20 },
  );

  function changed(workspaceId: string, id: string) {
    void store
      .byId(db, workspaceId, id)
      .then(async (a) => {
        if (a) ctx.bus.publish(workspaceId, ALERT_CHANGED, (await outOf(workspaceId, [a]))[0]);
      })
      .catch(() => undefined);
  }

  /**
   * Puts a new alert in the incident it belongs to: the earliest active, unresolved alert of the same
   * family (another series) opened in the last two hours of data time. Returns that leader, if any.
   */
  async function joinGroup(trx: Kysely<Database>, row: AlertsTable): Promise<AlertsTable | undefined> {
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

  async function openAlert(trx: Kysely<Database>, workspaceId: string, a: Alert, points: SeriesPoint[]) {
    const at = now();
    const step: Step = {
      phase: a.phase,
      at: a.at,
      observed: a.observed,
      expected: round3(a.expected),
      score: round3(a.score),
    };
    if (a.mentionId) step.mention_id = a.mentionId;
    const row: AlertsTable = {
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
      steps: JSON.stringify([step]),
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
    };
    if (!(await store.insert(trx, row))) return null;
    const leader = await joinGroup(trx, row);
    const wall = new Date();
    const facts = factsOf(a);
    for (const rule of await rulesOf(trx, workspaceId)) {
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

  async function stepAlert(trx: Kysely<Database>, workspaceId: string, a: Alert, points: SeriesPoint[]) {
    const row = await store.byEpisode(trx, workspaceId, a.episodeId);
    if (!row) return null;
    const steps = JSON.parse(row.steps) as Step[];
    if (steps.some((s) => s.phase === a.phase && s.at === a.at)) return null;
    const step: Step = {
      phase: a.phase,
      at: a.at,
      observed: a.observed,
      expected: round3(a.expected),
      score: round3(a.score),
    };
    if (a.mentionId) step.mention_id = a.mentionId;
    steps.push(step);
    const samples = JSON.parse(row.sample_mention_ids) as string[];
    if (a.mentionId && !samples.includes(a.mentionId)) samples.push(a.mentionId);
    const patch: Partial<AlertsTable> = {
      steps: JSON.stringify(steps.slice(-200)),
      points: JSON.stringify(mergePoints(JSON.parse(row.points), points)),
      sample_mention_ids: JSON.stringify(samples.slice(-MAX_SAMPLES)),
      last_step_at: a.at,
      updated_at: now(),
    };
    if (a.phase === "update") {
      Object.assign(patch, {
        observed: a.observed,
        expected: a.expected,
        score: a.score,
        peak_observed: Math.max(Number(row.peak_observed), a.observed),
        peak_score: Math.max(Number(row.peak_score), a.score),
      });
    } else {
      patch.active = 0;
      patch.ended_at = a.at;
      if (row.status !== "closed") {
        Object.assign(patch, {
          status: "closed",
          closed_by: "detector: the episode ended",
          closed_at: now(),
        });
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

  async function rowOf(actor: Actor, id: string) {
    const row = await store.byId(db, actor.workspaceId, id);
    if (!row) throw notFound("alert");
    return row;
  }

  async function transition(actor: Actor, id: string, from: AlertStatus[], patch: Partial<AlertsTable>) {
    const row = await rowOf(actor, id);
    const ws = actor.workspaceId;
    // Acknowledging or closing an incident's first alert does the same to the alerts grouped under it.
    const cascade = patch.status === "acknowledged" || patch.status === "closed";
    const memberIds = cascade ? ((await store.groups(db, ws, [id])).members.get(id) ?? []) : [];
    const done = await db.transaction().execute(async (trx) => {
      const moved: string[] = [];
      for (const target of [row, ...(await store.byIds(trx, ws, memberIds))]) {
        const r = await store.transition(trx, ws, target.id, from, { ...patch, updated_at: now() });
        if (!Number(r.numUpdatedRows)) {
          if (target.id === id) return null;
          continue;
        }
        moved.push(target.id);
        if (patch.status === "closed") {
          await ctx.services.webhooks.emit(
            ws,
            "alert.closed",
            alertData({ ...target, ...patch } as AlertsTable, ctx.config.publicUrl),
            { key: `alert.closed_${target.id}`, db: trx },
          );
        }
      }
      return moved;
    });
    if (!done) throw conflict(`this alert is ${row.status}`, "status");
    for (const moved of done) changed(ws, moved);
    return (await outOf(ws, [(await store.byId(db, ws, id)) as AlertsTable]))[0] as AlertOut;
  }

  async function sampleMentions(a: AlertsTable): Promise<AlertDetail["sample_mentions"]> {
    const listening = ctx.services.listening;
    const ids = JSON.parse(a.sample_mention_ids) as string[];
    const out: AlertDetail["sample_mentions"] = [];
    const pick = (m: AlertDetail["sample_mentions"][number]) => ({
      id: m.id,
      source: m.source,
      text: m.text,
      author: m.author,
      url: m.url,
      created_at: m.created_at,
      sentiment: m.sentiment,
      topics: m.topics,
    });
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

  return {
    /** Applies one detection round inside the detectors' transaction; returns what to announce after commit. */
    async record(workspaceId: string, round: DetectionRound, trx: Kysely<Database>): Promise<() => void> {
      const touched = new Set<string>();
      for (const { alert, points } of round.steps) {
        const id =
          alert.phase === "open"
            ? ((await openAlert(trx, workspaceId, alert, points)) ??
              (await stepAlert(trx, workspaceId, alert, points)))
            : await stepAlert(trx, workspaceId, alert, points);
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
        for (const id of touched) changed(workspaceId, id);
      };
    },

    /**
     * An alert raised by another part (service monitoring) rather than the mention detectors. `key` names
     * the thing (one monitor); `open: true` starts an episode unless one is active, `open: false` ends it.
     * It pages through the same rules, grouping and escalation as a spike.
     */
    async raise(workspaceId: string, input: RaiseInput): Promise<string | null> {
      const at = now();
      const announce = await db.transaction().execute(async (trx) => {
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
        const done = await this.record(workspaceId, { steps: [{ alert, points: [] }], open: [] }, trx);
        return { done, episodeId: alert.episodeId };
      });
      if (!announce) return null;
      announce.done();
      return (await store.byEpisode(db, workspaceId, announce.episodeId))?.id ?? null;
    },

    async list(actor: Actor, raw: unknown) {
      const q = alertListQuery.parse(raw ?? {});
      const rows = await store.list(db, actor.workspaceId, {
        status: q.status,
        kind: q.kind,
        before: q.cursor ? decodeCursor(q.cursor) : undefined,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      return {
        items: await outOf(actor.workspaceId, page),
        next_cursor: rows.length > q.limit && last ? encodeCursor(last) : null,
      };
    },

    async get(actor: Actor, id: string): Promise<AlertDetail> {
      const row = await rowOf(actor, id);
      const [out] = (await outOf(actor.workspaceId, [row])) as [AlertOut];
      const g = out.group_id ? await store.groups(db, actor.workspaceId, [out.group_id]) : null;
      const others = g ? [out.group_id as string, ...(g.members.get(out.group_id as string) ?? [])] : [];
      const group = (
        await store.byIds(
          db,
          actor.workspaceId,
          others.filter((o) => o !== id),
        )
      ).map((a) => ({
        id: a.id,
        kind: a.kind,
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
        sample_mentions: await sampleMentions(row),
        notifications: await store.notifications(db, actor.workspaceId, id),
      };
    },

    acknowledge: (actor: Actor, id: string) =>
      transition(actor, id, ["open", "snoozed"], {
        status: "acknowledged",
        acknowledged_by: actor.label,
        acknowledged_at: now(),
        snoozed_until: null,
      }),

    snooze(actor: Actor, id: string, input: { until?: string | undefined; minutes?: number | undefined }) {
      const until = input.until
        ? new Date(input.until)
        : new Date(Date.now() + (input.minutes ?? 60) * 60_000);
      if (until.getTime() <= Date.now()) throw invalid("snooze until a time in the future", "until");
      return transition(actor, id, ["open", "acknowledged", "snoozed"], {
        status: "snoozed",
        snoozed_until: until.toISOString(),
      });
    },

    close: (actor: Actor, id: string) =>
      transition(actor, id, ["open", "acknowledged", "snoozed"], {
        status: "closed",
        closed_by: actor.label,
        closed_at: now(),
      }),

    /** Opens a crisis carrying the alert's evidence; the type is suggested from what the alert is about. */
    async openCrisis(
      actor: Actor,
      id: string,
      input: {
        title?: string | undefined;
        type?: string | undefined;
        severity?: "SEV1" | "SEV2" | "SEV3" | "SEV4" | undefined;
      },
    ) {
      const row = await rowOf(actor, id);
      if (row.crisis_id)
        throw new ServiceError(
          "conflict",
          `a crisis was opened from this alert already: ${row.crisis_id}`,
          "crisis_id",
        );
      const crises = ctx.services.crises;
      if (!crises) throw new ServiceError("unavailable", "crisis management is not available in this build");
      const suggestion = suggestCrisis(row);
      const detail = await this.get(actor, id);
      const peak = detail.points.reduce((m, p) => (p.observed > m.observed ? p : m), {
        observed: 0,
        expected: 0,
        start: "",
      });
      const summary = [
        `Opened from alert "${row.title}" (${row.kind}).`,
        row.kind === "monitor_down" || row.kind === "provider_incident"
          ? ""
          : `Observed ${Number(row.peak_observed)} against ${round3(Number(row.expected))} expected; score ${round3(Number(row.peak_score))}.`,
        peak.start
          ? `Busiest bucket ${peak.start}: ${peak.observed} against ${round3(peak.expected)} expected.`
          : "",
        ...detail.group.map(
          (g) => `Same incident: "${g.title}" (${g.kind}), ${g.observed} against ${g.expected} expected.`,
        ),
        ...detail.sample_mentions.slice(0, 5).map((m) => `- ${m.source}: ${m.text.slice(0, 200)}`),
      ]
        .filter(Boolean)
        .join("\n");
      const crisis = await crises.open(actor, {
        title: input.title ?? row.title,
        type: input.type ?? suggestion.type,
        severity: input.severity ?? suggestion.severity,
        summary,
        startedAt: row.opened_at,
        awareAt: row.created_at,
        evidence: [
          { kind: "alert", refId: row.id, note: row.title },
          ...detail.group.map((g) => ({ kind: "alert" as const, refId: g.id, note: g.title })),
          ...detail.sample_mentions.slice(0, 10).map((m) => ({ kind: "mention" as const, refId: m.id })),
        ],
      });
      await store.update(db, actor.workspaceId, id, { crisis_id: crisis.id, updated_at: now() });
      if (row.status === "open" || row.status === "snoozed") {
        await transition(actor, id, ["open", "snoozed"], {
          status: "acknowledged",
          acknowledged_by: actor.label,
          acknowledged_at: now(),
        }).catch(() => undefined);
      }
      changed(actor.workspaceId, id);
      const [after] = await outOf(actor.workspaceId, [
        (await store.byId(db, actor.workspaceId, id)) as AlertsTable,
      ]);
      return { crisis, alert: after as AlertOut };
    },

    countUnresolved: (workspaceId: string) => store.countUnresolved(db, workspaceId),

    listRules: async (actor: Actor) => (await store.rules(db, actor.workspaceId)).map(ruleOf),
    async getRule(actor: Actor, id: string) {
      const r = await store.rule(db, actor.workspaceId, id);
      if (!r) throw notFound("alert rule");
      return ruleOf(r);
    },
    async createRule(actor: Actor, raw: unknown) {
      const input = ruleInput.parse(raw);
      const at = now();
      const row: AlertRulesTable = {
        id: newId(),
        workspace_id: actor.workspaceId,
        ...ruleColumns(input),
        created_at: at,
        updated_at: at,
      };
      await store.insertRule(db, row);
      return ruleOf(row);
    },
    async updateRule(actor: Actor, id: string, raw: unknown) {
      const current = await this.getRule(actor, id);
      const merged = ruleInput.parse({ ...current, ...rulePatch.parse(raw ?? {}) });
      await store.updateRule(db, actor.workspaceId, id, { ...ruleColumns(merged), updated_at: now() });
      return this.getRule(actor, id);
    },
    async deleteRule(actor: Actor, id: string) {
      const r = await store.deleteRule(db, actor.workspaceId, id);
      if (!Number(r.numDeletedRows)) throw notFound("alert rule");
    },

    /** For workers acting on their own (demo data, tests). */
    systemActor,
  };
}
