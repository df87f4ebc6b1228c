import type { AppContext } from "../../app/context.js";
import { type Actor, systemActor } from "../../core/actor.js";
import { ServiceError } from "../../core/errors.js";
import { caseTopic } from "../assemble.js";
import { casesStore as store } from "../store.js";
import type { CasesTable } from "../tables.js";
import { changed, event, now, OPEN, policy } from "./internal.js";

/** Cases share a crisis when they share its cause: one open crisis whose type covers the topic. */
export async function crisisFor(ctx: AppContext, workspaceId: string, topic: string): Promise<string | null> {
  if (topic === "general") return null;
  const actor = systemActor(workspaceId);
  const open = (await ctx.services.crises.list(actor, { status: "open", drill: false, limit: 20 })).items;
  if (!open.length) return null;
  const plan = await ctx.services.plan.getPlan(workspaceId);
  const matching = open.filter((c) =>
    plan.crisisTypes.find((t) => t.id === c.type)?.topics.includes(topic as never),
  );
  return matching.length === 1 ? (matching[0]?.id ?? null) : null;
}

/** Links a case to a crisis (or unlinks it), moving its count and remedy costs with it. */
export async function setCrisis(ctx: AppContext, actor: Actor, row: CasesTable, crisisId: string | null) {
  if ((row.crisis_id ?? null) === crisisId) return;
  const crisis = crisisId ? await ctx.services.crises.get(actor, crisisId) : null;
  const given = (await store.remediesOf(ctx.db, [row.id])).filter((r) => r.status === "given");
  const cost = given.reduce((s, r) => s + Number(r.cost), 0);
  const p = await policy(ctx, actor.workspaceId);
  const move = async (id: string, sign: 1 | -1) => {
    try {
      await ctx.services.crises.recordImpact(actor, id, {
        customers_affected: sign,
        remedies_given: sign * given.length,
        remedies_cost: sign * cost,
        ...(cost ? { currency: given[0]?.currency ?? p.currency } : {}),
      });
    } catch (err) {
      if (!(err instanceof ServiceError)) throw err;
      ctx.log.warn({ err, crisisId: id }, "case cost not added to crisis");
    }
  };
  if (row.crisis_id) await move(row.crisis_id, -1);
  if (crisisId) {
    await ctx.services.crises.link(actor, crisisId, {
      kind: "case",
      refId: row.id,
      note: `${row.priority} ${row.customer_name ?? row.customer_handle ?? row.customer_email ?? ""}`.trim(),
    });
    await move(crisisId, 1);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await store.update(trx, actor.workspaceId, row.id, { crisis_id: crisisId, updated_at: now(ctx) });
    await event(
      ctx,
      trx,
      actor,
      row.id,
      "crisis.linked",
      crisis ? `Linked to crisis: ${crisis.title}` : "Unlinked from its crisis",
      { crisis_id: crisisId, crisis_title: crisis?.title ?? null },
    );
  });
}

/**
 * A crisis opened after its complaints arrived: its open cases that share the cause join it (only
 * when this crisis is the one open crisis for their topic, as for a new case).
 */
export async function onCrisisOpened(ctx: AppContext, workspaceId: string, crisisId: string) {
  const actor = systemActor(workspaceId, "Firebreak (same cause)");
  const crisis = await ctx.services.crises.get(actor, crisisId).catch(() => null);
  if (!crisis || crisis.drill) return 0;
  const plan = await ctx.services.plan.getPlan(workspaceId);
  const covered = new Set<string>(plan.crisisTypes.find((t) => t.id === crisis.type)?.topics ?? []);
  if (!covered.size) return 0;
  let linked = 0;
  const owner = new Map<string, string | null>();
  let cursor: string | undefined;
  for (;;) {
    const rows = await store.list(ctx.db, workspaceId, { statuses: OPEN }, 500, cursor);
    for (const row of rows) {
      const topic = caseTopic(JSON.parse(row.topics));
      if (row.crisis_id || !covered.has(topic)) continue;
      if (!owner.has(topic)) owner.set(topic, await crisisFor(ctx, workspaceId, topic));
      if (owner.get(topic) !== crisisId) continue;
      await setCrisis(ctx, actor, row, crisisId);
      changed(ctx, workspaceId, row.id, "crisis");
      linked++;
    }
    if (rows.length < 500) break;
    cursor = rows[rows.length - 1]?.id;
  }
  return linked;
}

/** A crisis's cases: how many (and how many still open), remedies given and their cost. */
export async function crisisSummary(ctx: AppContext, actor: Actor, crisisId: string) {
  const { byStatus, cost } = await store.crisisFigures(ctx.db, actor.workspaceId, crisisId);
  const count = (s?: string[]) =>
    byStatus.filter((r) => !s || s.includes(r.status)).reduce((n, r) => n + Number(r.n), 0);
  return {
    crisis_id: crisisId,
    cases: count(),
    open: count(OPEN),
    remedies_given: cost.reduce((n, r) => n + Number(r.n), 0),
    cost: cost.map((r) => ({ currency: r.currency, amount: Number(r.cost ?? 0) })),
  };
}
