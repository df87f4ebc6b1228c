import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { conflict, invalid } from "../core/errors.js";
import { newId } from "../core/ids.js";
import {
  type CrisisType,
  cloneDefaultPlan,
  findCrisisType,
  findSeverity,
  LANGS,
  type Lang,
  localize,
  nextReviewDate,
  type Plan,
  planSchema,
  type Severity,
} from "./default-plan/index.js";
import { diffPlans, type PlanChange } from "./diff.js";
import { planStore as store } from "./store.js";

export type PlanService = ReturnType<typeof createPlanService>;

export const PLAN_REMINDER_QUEUE = "plan.review_reminder";
/** A plan that was never reviewed is due this many days after the workspace got its copy. */
const FIRST_REVIEW_DAYS = 14;
const DAY_MS = 86_400_000;

export interface PlanRecord {
  workspaceId: string;
  language: Lang;
  revision: number;
  updatedAt: string;
  updatedBy: string;
  plan: Plan;
}

export interface ReviewStatus {
  last_reviewed: string | null;
  next_review: string;
  due: boolean;
  days_left: number;
}

const asLang = (l: string): Lang => ((LANGS as readonly string[]).includes(l) ? (l as Lang) : "en");
const today = (now: Date) => now.toISOString().slice(0, 10);

export function createPlanService(ctx: AppContext) {
  const db = ctx.db;
  // Plans are read on every crisis request; a parsed copy per revision saves re-parsing large JSON.
  const cache = new Map<string, PlanRecord>();

  const toRecord = (row: {
    workspace_id: string;
    language: string;
    revision: number;
    data: string;
    updated_at: string;
    updated_by: string;
  }): PlanRecord => {
    const hit = cache.get(row.workspace_id);
    if (hit && hit.revision === row.revision) return hit;
    const rec: PlanRecord = {
      workspaceId: row.workspace_id,
      language: asLang(row.language),
      revision: row.revision,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
      plan: JSON.parse(row.data) as Plan,
    };
    cache.set(row.workspace_id, rec);
    return rec;
  };

  /** The workspace's plan; the first call gives it its own copy of the default plan. */
  async function record(workspaceId: string): Promise<PlanRecord> {
    const row = await store.byWorkspace(db, workspaceId);
    if (row) return toRecord(row);
    const ws = await ctx.services.accounts.workspace(workspaceId);
    const plan = cloneDefaultPlan();
    plan.shop.name = ws.name;
    const at = ctx.clock.now().toISOString();
    const data = JSON.stringify(plan);
    await db.transaction().execute(async (trx) => {
      const inserted = await store.insertIfAbsent(trx, {
        workspace_id: workspaceId,
        language: asLang(ws.language),
        revision: 1,
        data,
        updated_by: "Firebreak",
        updated_at: at,
        reminded_for: null,
      });
      if (inserted) {
        await store.insertRevision(trx, {
          id: newId(),
          workspace_id: workspaceId,
          revision: 1,
          data,
          note: "copy of the default plan",
          reviewed: 0,
          created_by: "Firebreak",
          created_at: at,
        });
      }
    });
    const made = await store.byWorkspace(db, workspaceId);
    if (!made) throw new Error("plan vanished right after it was created");
    return toRecord(made);
  }

  async function reviewStatus(workspaceId: string, now = ctx.clock.now()): Promise<ReviewStatus> {
    const rec = await record(workspaceId);
    let next = nextReviewDate(rec.plan);
    if (!next) {
      const first = await store.revision(db, workspaceId, 1);
      const from = Date.parse(first?.created_at ?? rec.updatedAt);
      next = today(new Date(from + FIRST_REVIEW_DAYS * DAY_MS));
    }
    const daysLeft = Math.ceil(
      (Date.parse(`${next}T00:00:00Z`) - Date.parse(`${today(now)}T00:00:00Z`)) / DAY_MS,
    );
    return {
      last_reviewed: rec.plan.review.lastReviewed,
      next_review: next,
      due: daysLeft <= 0,
      days_left: daysLeft,
    };
  }

  async function save(
    actor: Actor,
    input: { plan: Plan; revision?: number | undefined; note?: string | undefined; reviewed?: boolean },
  ) {
    const current = await record(actor.workspaceId);
    if (input.revision !== undefined && input.revision !== current.revision) {
      throw conflict(
        `the plan was changed by ${current.updatedBy} (revision ${current.revision}); reload and apply your edit again`,
        "revision",
      );
    }
    const plan = planSchema.parse(input.plan);
    const at = ctx.clock.now().toISOString();
    const data = JSON.stringify(plan);
    const next = current.revision + 1;
    await db.transaction().execute(async (trx) => {
      const ok = await store.replace(trx, actor.workspaceId, current.revision, {
        revision: next,
        data,
        updated_at: at,
        updated_by: actor.label,
      });
      if (!ok) throw conflict("the plan was changed at the same moment; reload and try again", "revision");
      await store.insertRevision(trx, {
        id: newId(),
        workspace_id: actor.workspaceId,
        revision: next,
        data,
        note: input.note ?? "",
        reviewed: input.reviewed ? 1 : 0,
        created_by: actor.label,
        created_at: at,
      });
    });
    ctx.bus.publish(actor.workspaceId, "plan.updated", { revision: next });
    return record(actor.workspaceId);
  }

  return {
    record,
    getPlan: async (workspaceId: string): Promise<Plan> => (await record(workspaceId)).plan,
    language: async (workspaceId: string): Promise<Lang> => (await record(workspaceId)).language,

    /** A type of the workspace's catalogue, or null when it has none by that id. */
    async crisisType(workspaceId: string, typeId: string): Promise<CrisisType | null> {
      const plan = (await record(workspaceId)).plan;
      return findCrisisType(plan, typeId) ?? null;
    },

    async severity(workspaceId: string, id: string): Promise<Severity | null> {
      const plan = (await record(workspaceId)).plan;
      return findSeverity(plan, id as Severity["id"]) ?? null;
    },

    reviewStatus,

    /** Replaces the plan; `revision` (the one the editor loaded) refuses a lost update with 409. */
    update: (actor: Actor, input: { plan: Plan; revision?: number | undefined; note?: string | undefined }) =>
      save(actor, input),

    /** Marks the plan reviewed today: the next review date moves and "what changed" starts again. */
    async markReviewed(actor: Actor, note = "") {
      const current = await record(actor.workspaceId);
      const plan = structuredClone(current.plan);
      const date = today(ctx.clock.now());
      plan.review.lastReviewed = date;
      plan.review.changelog = [
        ...plan.review.changelog,
        { date, by: actor.label, summary: note || "plan reviewed" },
      ].slice(-100);
      return save(actor, { plan, note: note || "reviewed", reviewed: true });
    },

    /** What changed since the last review (or since the workspace got its copy). */
    async changesSinceReview(
      workspaceId: string,
    ): Promise<{ since_revision: number; since: string; items: PlanChange[] }> {
      const current = await record(workspaceId);
      const base = (await store.lastReviewed(db, workspaceId)) ?? (await store.revision(db, workspaceId, 1));
      if (!base) return { since_revision: current.revision, since: current.updatedAt, items: [] };
      // The review's own bookkeeping is not a change to review.
      const strip = (p: Plan) => ({ ...p, review: { ...p.review, lastReviewed: null, changelog: [] } });
      return {
        since_revision: base.revision,
        since: base.created_at,
        items: diffPlans(strip(JSON.parse(base.data) as Plan), strip(current.plan)),
      };
    },

    revisions: (workspaceId: string, limit = 100) => store.revisions(db, workspaceId, limit),

    async revision(workspaceId: string, revision: number): Promise<Plan> {
      const row = await store.revision(db, workspaceId, revision);
      if (!row) throw invalid(`no revision ${revision}`, "revision");
      return JSON.parse(row.data) as Plan;
    },

    /** Likelihood × impact: one cell per pair, the types in it, and a score for colouring. */
    async riskMatrix(workspaceId: string, lang?: Lang) {
      const rec = await record(workspaceId);
      const l = lang ?? rec.language;
      const items = rec.plan.crisisTypes.map((t) => ({
        id: t.id,
        name: localize(t.name, l),
        likelihood: t.likelihood,
        impact: t.impact,
        score: t.likelihood * t.impact,
      }));
      const cells = [];
      for (let likelihood = 1; likelihood <= 5; likelihood++)
        for (let impact = 1; impact <= 5; impact++)
          cells.push({
            likelihood,
            impact,
            score: likelihood * impact,
            types: items.filter((i) => i.likelihood === likelihood && i.impact === impact).map((i) => i.id),
          });
      return { items: items.sort((a, b) => b.score - a.score), cells };
    },

    /** Sends one reminder per due date and workspace; called by the scheduler and by tests. */
    async checkReviews(now = ctx.clock.now()) {
      let queued = 0;
      for (const workspaceId of await store.allWorkspaceIds(db)) {
        const status = await reviewStatus(workspaceId, now);
        if (!status.due) continue;
        const row = await store.byWorkspace(db, workspaceId);
        if (row?.reminded_for === status.next_review) continue;
        const r = await ctx.jobs.enqueue(
          PLAN_REMINDER_QUEUE,
          { workspaceId, due: status.next_review },
          { key: `plan-review:${workspaceId}:${status.next_review}` },
        );
        if (!r.duplicate) queued++;
        await store.setRemindedFor(db, workspaceId, status.next_review);
      }
      return queued;
    },
  };
}
