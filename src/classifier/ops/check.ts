import type { AppContext } from "../../app/context.js";
import { classifierStore as store } from "../store.js";
import { NEW_LABELS } from "./constants.js";

export interface CheckJob {
  workspaceId: string;
}

/** Trains when enough labels arrived since the last training (ratings with mentions, corrections). */
export async function checkLabels(
  ctx: AppContext,
  job: CheckJob,
  train: (workspaceId: string) => Promise<unknown>,
): Promise<boolean> {
  const counts = await ctx.services.listening.labelCounts(job.workspaceId);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const last = await store.latest(ctx.db, job.workspaceId);
  if (total - (last?.labelled_mentions ?? 0) < NEW_LABELS) return false;
  await train(job.workspaceId);
  return true;
}
