import type { AppContext } from "../app/context.js";
import { type CheckJob, checkLabels } from "./ops/check.js";
import { type ClassifyItem, classifyItems } from "./ops/classify.js";
import { createModelCache } from "./ops/models.js";
import { reclassifyBatch } from "./ops/reclassify.js";
import { status } from "./ops/status.js";
import { type ReclassifyJob, train } from "./ops/train.js";

export { CHECK_QUEUE, NEW_LABELS, RECLASSIFY_QUEUE } from "./ops/constants.js";

export type ClassifierService = ReturnType<typeof createClassifierService>;

/** Each workspace's own sentiment model: trained from its labels, used where it beats the shipped one. */
export function createClassifierService(ctx: AppContext) {
  const models = createModelCache(ctx);
  return {
    /** The active learned model of a workspace, or null (listening's ingest and re-classification read it). */
    modelOf: (workspaceId: string) => models.get(workspaceId),
    train: (workspaceId: string, trigger: "manual" | "job" = "manual") =>
      train(ctx, models, workspaceId, trigger),
    status: (workspaceId: string) => status(ctx, workspaceId),
    classify: (workspaceId: string, items: ClassifyItem[]) => classifyItems(models, workspaceId, items),
    checkLabels: (job: CheckJob) => checkLabels(ctx, models, job),
    reclassifyBatch: (job: ReclassifyJob) => reclassifyBatch(ctx, job),
  };
}
