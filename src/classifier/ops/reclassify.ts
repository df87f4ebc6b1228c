import type { AppContext } from "../../app/context.js";
import { classifierStore as store } from "../store.js";
import { RECLASSIFY_BATCH, RECLASSIFY_QUEUE } from "./constants.js";
import type { ReclassifyJob } from "./train.js";

/**
 * One bounded batch of re-classification; the next batch is its own job, so a restart goes on where it
 * stopped. A newer training's job supersedes this one: it reads the same mentions with the newer model.
 */
export async function reclassifyBatch(ctx: AppContext, job: ReclassifyJob): Promise<void> {
  const current = await store.current(ctx.db, job.workspaceId);
  if (current && current.version !== job.version) return;
  const r = await ctx.services.listening.reclassify(job.workspaceId, job.since, job.after, RECLASSIFY_BATCH);
  ctx.log.debug({ ...job, processed: r.processed, changed: r.changed }, "classifier re-read mentions");
  if (r.next) {
    const next: ReclassifyJob = { ...job, after: r.next };
    await ctx.jobs.enqueue(RECLASSIFY_QUEUE, next, { key: `${job.workspaceId}:${job.version}:${r.next}` });
  }
}
