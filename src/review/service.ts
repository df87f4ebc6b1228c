import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { conflict, invalid } from "../core/errors.js";
import { newId } from "../core/ids.js";
import type { CrisisRecord } from "../crises/schema.js";
import { type Lang, localize } from "../plan/default-plan/index.js";
import { createActions } from "./actions.js";
import { blameless, firstDraft, timesAgainstPlan } from "./draft.js";
import { labelsFor } from "./labels.js";
import { buildReport } from "./report.js";
import { addDays, baselineOf, dailyPoints, dayOf, daysBetween, recoveryOf } from "./reputation.js";
import type { PostmortemOut, PostmortemPatch, ReputationOut } from "./schema.js";
import { reviewStore as store } from "./store.js";
import type { PostmortemsTable } from "./tables.js";

export type ReviewService = ReturnType<typeof createReviewService>;
export const DRAFT_QUEUE = "review.draft";
const MAX_RANGE_DAYS = 400;
/** How long after the resolution the recovery is followed. */
const FOLLOW_DAYS = 60;

/** A person becomes their crisis role or "team member"; the system and integrations keep their name. */
function blamelessActor(
  label: string,
  userId: string | null,
  names: { name: string; role: string | null }[],
  teamMember: string,
) {
  const person = names.find((n) => n.name === label);
  if (person) return person.role ?? teamMember;
  return userId ? teamMember : label;
}

const isResolved = (c: { status: string }) => c.status === "resolved" || c.status === "closed";
const parseList = (s: string) => JSON.parse(s) as string[];

export function createReviewService(ctx: AppContext) {
  const db = ctx.db;
  const actions = createActions(ctx);

  async function reputation(
    actor: Actor,
    q: {
      since?: string | undefined;
      until?: string | undefined;
      crisisId?: string | undefined;
      baselineDays?: number | undefined;
    },
    crisis?: CrisisRecord,
  ): Promise<Omit<ReputationOut, "next_cursor">> {
    const baselineDays = q.baselineDays ?? 28;
    const c = crisis ?? (q.crisisId ? await ctx.services.crises.get(actor, q.crisisId) : undefined);
    const todayDay = dayOf(ctx.clock.now().toISOString());
    let since: string;
    let until: string;
    let baseTo: string;
    if (c) {
      const start = dayOf(c.started_at);
      const end = c.resolved_at ? addDays(dayOf(c.resolved_at), FOLLOW_DAYS) : todayDay;
      until = q.until ? dayOf(q.until) : end < todayDay ? end : todayDay;
      since = q.since ? dayOf(q.since) : addDays(start, -baselineDays);
      baseTo = addDays(start, -1);
    } else {
      until = q.until ? dayOf(q.until) : todayDay;
      since = q.since ? dayOf(q.since) : addDays(until, -29);
      baseTo = addDays(since, -1);
    }
    if (since > until) throw invalid("since must be before until", "since");
    if (daysBetween(since, until) > MAX_RANGE_DAYS)
      throw invalid(`at most ${MAX_RANGE_DAYS} days at once`, "since");
    const baseFrom = addDays(baseTo, -(baselineDays - 1));
    const from = baseFrom < since ? baseFrom : since;
    const rows = await ctx.services.listening.dailySentiment(
      actor.workspaceId,
      `${from}T00:00:00.000Z`,
      `${addDays(until, 1)}T00:00:00.000Z`,
    );
    const all = dailyPoints(rows, from, until < baseTo ? baseTo : until);
    const baseline = baselineOf(all.filter((p) => p.day >= baseFrom && p.day <= baseTo));
    const items = all
      .filter((p) => p.day >= since && p.day <= until)
      .map(({ rating, ...p }) => (rating === null ? p : { ...p, rating }));
    const recovery =
      c && baseline ? { crisis_id: c.id, ...recoveryOf(all, baseline, dayOf(c.started_at)) } : null;
    return { items, since, until, baseline, recovery };
  }

  async function ensureDraft(actor: Actor, c: CrisisRecord): Promise<PostmortemsTable> {
    const existing = await store.postmortem(db, actor.workspaceId, c.id);
    if (existing) return existing;
    const rec = await ctx.services.plan.record(actor.workspaceId);
    const l = labelsFor(rec.language);
    const severity = await ctx.services.plan.severity(actor.workspaceId, c.severity);
    const d = firstDraft(c, timesAgainstPlan(c, severity, l), l, ctx.clock.now().toISOString());
    const at = ctx.clock.now().toISOString();
    await store.insertPostmortem(db, {
      id: newId(),
      workspace_id: actor.workspaceId,
      crisis_id: c.id,
      status: "draft",
      blameless: 1,
      summary: d.summary,
      causes: "[]",
      contributing_factors: JSON.stringify(d.contributing_factors),
      went_well: JSON.stringify(d.went_well),
      went_badly: JSON.stringify(d.went_badly),
      revision: 1,
      drafted_at: at,
      updated_at: at,
      updated_by: "Firebreak",
    });
    ctx.bus.publish(actor.workspaceId, "postmortem.drafted", { crisis_id: c.id });
    const row = await store.postmortem(db, actor.workspaceId, c.id);
    if (!row) throw new Error("post-mortem vanished right after it was drafted");
    return row;
  }

  async function resolvedCrisis(actor: Actor, crisisId: string) {
    const c = await ctx.services.crises.get(actor, crisisId);
    if (!isResolved(c))
      throw conflict(`the crisis is ${c.status}: its post-mortem is drafted once it is resolved`, "status");
    // Nothing happened to customers in a drill: its score and times live in the crisis room instead.
    if (c.drill) throw conflict("a drill gets no post-mortem: its score is in the crisis room", "drill");
    return c;
  }

  async function countCases(actor: Actor, crisisId: string) {
    let n = 0;
    let cursor: string | undefined;
    do {
      const page = await ctx.services.cases.list(actor, { crisis_id: crisisId, limit: 1000, cursor });
      n += page.items.length;
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    return n;
  }

  async function postmortem(actor: Actor, crisisId: string, lang?: Lang): Promise<PostmortemOut> {
    const c = await resolvedCrisis(actor, crisisId);
    const row = await ensureDraft(actor, c);
    const rec = await ctx.services.plan.record(actor.workspaceId);
    const language = lang ?? rec.language;
    const l = labelsFor(language);
    const severity = await ctx.services.plan.severity(actor.workspaceId, c.severity);
    const type = rec.plan.crisisTypes.find((t) => t.id === c.type);
    const members = await ctx.services.accounts.listMembers(actor);
    const roleOf = new Map(c.roles.filter((r) => r.user_id).map((r) => [r.user_id as string, r.name]));
    const names = members.map((m) => ({ name: m.name, role: roleOf.get(m.id) ?? null }));
    const hide = row.blameless === 1;
    const until = c.resolved_at ?? ctx.clock.now().toISOString();
    const [counts, cases, items, rep] = await Promise.all([
      ctx.services.listening.count(actor.workspaceId, { since: c.started_at, until }),
      countCases(actor, c.id),
      actions.list(actor, { crisisId: c.id, limit: 1000 }),
      reputation(actor, {}, c),
    ]);
    return {
      crisis_id: c.id,
      status: row.status as PostmortemOut["status"],
      blameless: hide,
      revision: row.revision,
      language,
      drafted_at: row.drafted_at,
      updated_at: row.updated_at,
      updated_by: row.updated_by,
      crisis: {
        id: c.id,
        title: c.title,
        type: c.type,
        type_name: type ? localize(type.name, language) : c.type_name,
        severity: c.severity,
        status: c.status,
        drill: c.drill,
        started_at: c.started_at,
        resolved_at: c.resolved_at,
      },
      summary: row.summary,
      causes: parseList(row.causes),
      contributing_factors: parseList(row.contributing_factors),
      went_well: parseList(row.went_well),
      went_badly: parseList(row.went_badly),
      times: timesAgainstPlan(c, severity, l),
      timeline: c.timeline
        .filter((e) => e.key_event)
        .map((e) => ({
          id: e.id,
          at: e.at,
          text: hide ? blameless(e.text, names, l) : e.text,
          actor: hide ? blamelessActor(e.actor, e.actor_user_id, names, l.teamMember) : e.actor,
        })),
      impact: {
        orders_affected: c.impact.orders_affected,
        revenue_at_risk: c.impact.revenue_at_risk,
        customers_affected: c.impact.customers_affected,
        cases,
        remedies_given: c.impact.remedies_given,
        remedies_cost: c.impact.remedies_cost,
        currency: c.impact.currency,
        mentions: counts.n,
        negative_share: counts.n ? Math.round((counts.negative / counts.n) * 1000) / 1000 : null,
      },
      action_items: items.items,
      reputation: rep,
    };
  }

  return {
    actions,
    reputation,
    postmortem,

    /** Drafts the post-mortem of a resolved crisis (idempotent); the resolution job calls it. */
    async draft(actor: Actor, crisisId: string) {
      const c = await resolvedCrisis(actor, crisisId);
      await ensureDraft(actor, c);
    },

    async update(actor: Actor, crisisId: string, patch: PostmortemPatch) {
      const c = await resolvedCrisis(actor, crisisId);
      const row = await ensureDraft(actor, c);
      if (patch.revision !== undefined && patch.revision !== row.revision)
        throw conflict(
          `${row.updated_by} changed this post-mortem (revision ${row.revision}); reload and edit again`,
          "revision",
        );
      const set: Partial<PostmortemsTable> = {
        updated_at: ctx.clock.now().toISOString(),
        updated_by: actor.label,
      };
      if (patch.summary !== undefined) set.summary = patch.summary;
      for (const k of ["causes", "contributing_factors", "went_well", "went_badly"] as const) {
        const v = patch[k];
        if (v !== undefined) set[k] = JSON.stringify(v);
      }
      if (patch.blameless !== undefined) set.blameless = patch.blameless ? 1 : 0;
      if (patch.status !== undefined) set.status = patch.status;
      if (!(await store.updatePostmortem(db, actor.workspaceId, crisisId, row.revision, set)))
        throw conflict("the post-mortem changed at the same moment; reload and edit again", "revision");
      ctx.bus.publish(actor.workspaceId, "postmortem.updated", { crisis_id: crisisId });
      return postmortem(actor, crisisId);
    },

    /** Figures across crises for the board: per type, per quarter, drills beside real ones. */
    async report(
      actor: Actor,
      q: { since?: string | undefined; until?: string | undefined; lang?: Lang | undefined },
    ) {
      const crises: CrisisRecord[] = [];
      let cursor: string | undefined;
      do {
        // False alarms are no crises: they stay out of every figure (drills are counted apart).
        const page = await ctx.services.crises.list(actor, { limit: 200, cursor, declined: false });
        crises.push(...page.items);
        cursor = page.next_cursor ?? undefined;
      } while (cursor && crises.length < 10_000);
      const inRange = crises.filter(
        (c) => (!q.since || c.started_at >= q.since) && (!q.until || c.started_at < q.until),
      );
      const causes = new Map(
        (await store.postmortemsOf(db, actor.workspaceId)).map((p) => [p.crisis_id, parseList(p.causes)]),
      );
      const lang = q.lang ?? (await ctx.services.plan.language(actor.workspaceId));
      return buildReport(inRange, causes, lang, q, ctx.clock.now());
    },

    /** Unfinished action items, for the plan's next review. */
    async forPlanReview(actor: Actor) {
      const status = await ctx.services.plan.reviewStatus(actor.workspaceId);
      const items = await actions.list(actor, { status: "unfinished", limit: 1000 });
      return { next_review: status.next_review, items: items.items };
    },
  };
}
