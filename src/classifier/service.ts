import type { AppContext } from "../app/context.js";
import { type CheckJob, checkLabels } from "./ops/check.js";
import { type ClassifyItem, classifyItems } from "./ops/classify.js";
import { createModelCache } from "./ops/models.js";
import { reclassifyBatch } from "./ops/reclassify.js";
import { status } from "./ops/status.js";
import { type ReclassifyJob, train } from "./ops/train.js";
import type { ClassifierOut } from "./schema.js";

export { CHECK_QUEUE, NEW_LABELS, RECLASSIFY_QUEUE } from "./ops/constants.js";

export type ClassifierService = ReturnType<typeof createClassifierService>;

/** Each workspace's own sentiment model: trained from its labels, used where it beats the shipped one. */
export function createClassifierService(ctx: AppContext) {
  const models = createModelCache(ctx);
  // One training per workspace at a time: a click on "Train now" while the job trains waits for that one.
  const running = new Map<string, Promise<ClassifierOut>>();
  const service = {
    /** The active learned model of a workspace, or null (listening's ingest and re-classification read it). */
    modelOf: (workspaceId: string) => models.get(workspaceId),
    train(workspaceId: string, trigger: "manual" | "job" = "manual"): Promise<ClassifierOut> {
      let p = running.get(workspaceId);
      if (!p) {
        p = train(ctx, models, workspaceId, trigger).finally(() => running.delete(workspaceId));
        running.set(workspaceId, p);
      }
      return p;
    },
    /** Whether a training of the workspace is running in this process (its worker thread is busy). */
    isTraining: (workspaceId: string) => running.has(workspaceId),
    status: (workspaceId: string) => status(ctx, workspaceId),
    async classify(workspaceId: string, items: ClassifyItem[]) {
      const { default_language, languages } = await ctx.services.accounts.settings(workspaceId);
      return classifyItems(models, workspaceId, items, [default_language, ...languages]);
    },
    checkLabels: (job: CheckJob) => checkLabels(ctx, job, (workspaceId) => service.train(workspaceId, "job")),
    reclassifyBatch: (job: ReclassifyJob) => reclassifyBatch(ctx, job),
  };
  return service;
}
