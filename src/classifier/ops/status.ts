import type { AppContext } from "../../app/context.js";
import type { ClassifierOut, LanguageOut } from "../schema.js";
import { classifierStore as store } from "../store.js";
import { NEW_LABELS } from "./constants.js";

/** The latest training's figures, beside the labels in the store now. */
export async function status(ctx: AppContext, workspaceId: string): Promise<ClassifierOut> {
  const [row, now] = await Promise.all([
    store.latest(ctx.db, workspaceId),
    ctx.services.listening.labelCounts(workspaceId),
  ]);
  const total = Object.values(now).reduce((a, b) => a + b, 0);
  const next = Math.max(0, (row ? row.labelled_mentions : 0) + NEW_LABELS - total);
  if (!row) {
    const languages: Record<string, LanguageOut> = {};
    for (const [code, n] of Object.entries(now))
      languages[code] = {
        labels: n,
        macro_f1: null,
        shipped_macro_f1: null,
        active: false,
        reason: "not trained yet",
      };
    return {
      version: null,
      labels: total,
      active: false,
      languages,
      trained_at: null,
      duration_ms: null,
      size_bytes: null,
      trigger: null,
      labels_now: now,
      next_training_in: next,
    };
  }
  return {
    version: row.version,
    labels: row.labels,
    active: row.active === 1,
    languages: JSON.parse(row.report) as Record<string, LanguageOut>,
    trained_at: row.trained_at,
    duration_ms: row.duration_ms,
    size_bytes: row.size_bytes,
    trigger: row.trigger,
    labels_now: now,
    next_training_in: next,
  };
}
