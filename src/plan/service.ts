import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { invalid } from "../core/errors.js";
import {
  type CrisisType,
  findCrisisType,
  findSeverity,
  type Lang,
  type Plan,
  type Severity,
} from "./default-plan/index.js";
import { createPlanRecords } from "./ops/record.js";
import { changesSinceReview, reviewStatus, today } from "./ops/review.js";
import { riskMatrix } from "./ops/risk-matrix.js";
import { type SavePlanInput, savePlan } from "./ops/save.js";
import { planStore as store } from "./store.js";

export type PlanService = ReturnType<typeof createPlanService>;

export const PLAN_REMINDER_QUEUE = "plan.review_reminder";

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

export function createPlanService(ctx: AppContext) {
  const db = ctx.db;
  /** The workspace's plan; the first call gives it its own copy of the default plan. */
  const record = createPlanRecords(ctx);
  const status = (workspaceId: string, now = ctx.clock.now()) => reviewStatus(ctx, record, workspaceId, now);
  const save = (actor: Actor, input: SavePlanInput) => savePlan(ctx, record, actor, input);

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

    reviewStatus: status,

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
    changesSinceReview: (workspaceId: string) => changesSinceReview(ctx, record, workspaceId),

    revisions: (workspaceId: string, limit = 100) => store.revisions(db, workspaceId, limit),

    async revision(workspaceId: string, revision: number): Promise<Plan> {
      const row = await store.revision(db, workspaceId, revision);
      if (!row) throw invalid(`no revision ${revision}`, "revision");
      return JSON.parse(row.data) as Plan;
    },

    /** Likelihood × impact: one cell per pair, the types in it, and a score for colouring. */
    async riskMatrix(workspaceId: string, lang?: Lang) {
      const rec = await record(workspaceId);
      return riskMatrix(rec.plan, lang ?? rec.language);
    },

    /** Sends one reminder per due date and workspace; called by the scheduler and by tests. */
    async checkReviews(now = ctx.clock.now()) {
      let queued = 0;
      for (const workspaceId of await store.allWorkspaceIds(db)) {
        const due = await status(workspaceId, now);
        if (!due.due) continue;
        const row = await store.byWorkspace(db, workspaceId);
        if (row?.reminded_for === due.next_review) continue;
        const r = await ctx.jobs.enqueue(
          PLAN_REMINDER_QUEUE,
          { workspaceId, due: due.next_review },
          { key: `plan-review:${workspaceId}:${due.next_review}` },
        );
        if (!r.duplicate) queued++;
        await store.setRemindedFor(db, workspaceId, due.next_review);
      }
      return queued;
    },
  };
}
