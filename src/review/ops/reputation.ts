import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { invalid } from "../../core/errors.js";
import type { CrisisRecord } from "../../crises/schema.js";
import { addDays, baselineOf, dailyPoints, dayOf, daysBetween, recoveryOf } from "../reputation.js";
import type { ReputationOut } from "../schema.js";

const MAX_RANGE_DAYS = 400;
/** How long after the resolution the recovery is followed. */
const FOLLOW_DAYS = 60;

export interface ReputationQuery {
  since?: string | undefined;
  until?: string | undefined;
  crisisId?: string | undefined;
  baselineDays?: number | undefined;
}

/** Daily sentiment against a baseline; with a crisis, around it and how far it has recovered. */
export async function reputation(
  ctx: AppContext,
  actor: Actor,
  q: ReputationQuery,
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
