import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { type Lang, localize } from "../../plan/default-plan/index.js";
import type { Actions } from "../actions.js";
import { blameless, blamelessData, timesAgainstPlan } from "../draft.js";
import { labelsFor } from "../labels.js";
import type { PostmortemOut } from "../schema.js";
import { sentenceOf } from "../timeline.js";
import { ensureDraft, resolvedCrisis } from "./draft.js";
import { reputation } from "./reputation.js";
import { timelineContext } from "./timeline-context.js";

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

const parseList = (s: string) => JSON.parse(s) as string[];

async function countCases(ctx: AppContext, actor: Actor, crisisId: string) {
  let n = 0;
  let cursor: string | undefined;
  do {
    const page = await ctx.services.cases.list(actor, { crisis_id: crisisId, limit: 1000, cursor });
    n += page.items.length;
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return n;
}

export async function postmortem(
  ctx: AppContext,
  actions: Actions,
  actor: Actor,
  crisisId: string,
  lang?: Lang,
): Promise<PostmortemOut> {
  const c = await resolvedCrisis(ctx, actor, crisisId);
  const row = await ensureDraft(ctx, actor, c);
  const rec = await ctx.services.plan.record(actor.workspaceId);
  const language = lang ?? rec.language;
  const l = labelsFor(language);
  const severity = await ctx.services.plan.severity(actor.workspaceId, c.severity);
  const type = rec.plan.crisisTypes.find((t) => t.id === c.type);
  const members = await ctx.services.accounts.listMembers(actor);
  const roleOf = new Map(c.roles.filter((r) => r.user_id).map((r) => [r.user_id as string, r.name]));
  const names = members.map((m) => ({ name: m.name, role: roleOf.get(m.id) ?? null }));
  const hide = row.blameless === 1;
  const inDoc = await timelineContext(ctx, actor.workspaceId, language);
  const until = c.resolved_at ?? ctx.clock.now().toISOString();
  const [counts, cases, items, rep] = await Promise.all([
    ctx.services.listening.count(actor.workspaceId, { since: c.started_at, until }),
    countCases(ctx, actor, c.id),
    actions.list(actor, { crisisId: c.id, limit: 1000 }),
    reputation(ctx, actor, {}, c),
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
        kind: e.kind,
        text: hide ? blameless(sentenceOf(e, inDoc), names, l) : sentenceOf(e, inDoc),
        data: hide ? blamelessData(e.data ?? null, names, l) : (e.data ?? null),
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
