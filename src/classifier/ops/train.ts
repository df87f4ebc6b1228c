import type { AppContext } from "../../app/context.js";
import { newId } from "../../core/ids.js";
import { learnedFromJson } from "../../nlp/learn/model.js";
import type { ClassifierOut } from "../schema.js";
import { classifierStore as store } from "../store.js";
import { MAX_LABELS, RECLASSIFY_DAYS, RECLASSIFY_QUEUE } from "./constants.js";
import { learnInThread } from "./learn-thread.js";
import type { ModelCache } from "./models.js";
import { status } from "./status.js";

export interface ReclassifyJob {
  workspaceId: string;
  version: string;
  since: string;
  after: string;
}

/**
 * Trains the workspace's model on its newest labels, keeps each language's learned model only where it
 * beats the shipped one, stores the training, and, when what reads the mentions changed, queues the
 * re-classification of the last 30 days in the same transaction. The learning runs in a worker thread:
 * the process keeps answering (health checks, other requests) while it works.
 */
export async function train(
  ctx: AppContext,
  models: ModelCache,
  workspaceId: string,
  trigger: "manual" | "job",
): Promise<ClassifierOut> {
  const counts = await ctx.services.listening.labelCounts(workspaceId);
  const labels = await ctx.services.listening.labels(workspaceId, MAX_LABELS);
  const previous = await store.current(ctx.db, workspaceId);
  const version = `learned-${(await store.count(ctx.db, workspaceId)) + 1}`;
  const t0 = performance.now();
  const result = await learnInThread(labels, {
    version,
    trainedOn: `${labels.length} labels of the workspace`,
  });
  const durationMs = Math.round(performance.now() - t0);
  const modelText = result.model;
  const active = modelText !== null;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await store.insert(trx, {
      id: newId(),
      workspace_id: workspaceId,
      version,
      labels: result.labels,
      labelled_mentions: Object.values(counts).reduce((a, b) => a + b, 0),
      active: active ? 1 : 0,
      report: JSON.stringify(result.languages),
      model: modelText,
      size_bytes: modelText ? Buffer.byteLength(modelText) : 0,
      duration_ms: durationMs,
      trigger,
      trained_at: now.toISOString(),
    });
    // Nothing learned before and nothing now: the mentions read the same, no need to read them again.
    if (!active && !previous?.model) return;
    const since = new Date(now.getTime() - RECLASSIFY_DAYS * 86_400_000).toISOString();
    const job: ReclassifyJob = { workspaceId, version, since, after: "" };
    await ctx.jobs.enqueue(RECLASSIFY_QUEUE, job, { key: `${workspaceId}:${version}:` }, trx);
  });
  models.set(workspaceId, modelText ? learnedFromJson(modelText) : null);
  ctx.log.info({ workspaceId, version, labels: result.labels, active, durationMs }, "classifier trained");
  return status(ctx, workspaceId);
}
