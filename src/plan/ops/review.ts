import type { AppContext } from "../../app/context.js";
import { nextReviewDate, type Plan } from "../default-plan/index.js";
import { diffPlans, type PlanChange } from "../diff.js";
import type { ReviewStatus } from "../service.js";
import { planStore as store } from "../store.js";
import type { PlanRecordReader } from "./record.js";

/** A plan that was never reviewed is due this many days after the workspace got its copy. */
const FIRST_REVIEW_DAYS = 14;
const DAY_MS = 86_400_000;

export const today = (now: Date) => now.toISOString().slice(0, 10);

export async function reviewStatus(
  ctx: AppContext,
  record: PlanRecordReader,
  workspaceId: string,
  now: Date,
): Promise<ReviewStatus> {
  const rec = await record(workspaceId);
  let next = nextReviewDate(rec.plan);
  if (!next) {
    const first = await store.revision(ctx.db, workspaceId, 1);
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

/** What changed since the last review (or since the workspace got its copy). */
export async function changesSinceReview(
  ctx: AppContext,
  record: PlanRecordReader,
  workspaceId: string,
): Promise<{ since_revision: number; since: string; items: PlanChange[] }> {
  const current = await record(workspaceId);
  const base =
    (await store.lastReviewed(ctx.db, workspaceId)) ?? (await store.revision(ctx.db, workspaceId, 1));
  if (!base) return { since_revision: current.revision, since: current.updatedAt, items: [] };
  // The review's own bookkeeping is not a change to review.
  const strip = (p: Plan) => ({ ...p, review: { ...p.review, lastReviewed: null, changelog: [] } });
  return {
    since_revision: base.revision,
    since: base.created_at,
    items: diffPlans(strip(JSON.parse(base.data) as Plan), strip(current.plan)),
  };
}
