import { classify, modelVersionFor } from "../../nlp/index.js";
import { hoursStore, sentimentDelta } from "../hours.js";
import type { LabelDeps } from "../labels.js";

/**
 * Reads up to `limit` uncorrected mentions created since `since` (after id `after`, in id order) with
 * the workspace's current model and stores what changed. Answers where to go on, or null when done.
 */
export async function reclassify(
  d: LabelDeps,
  workspaceId: string,
  since: string,
  after: string,
  limit: number,
) {
  const db = d.ctx.db;
  const learned = await d.modelOf(workspaceId);
  // Read as ingest read them: the shop's languages decide where a text's words do not (a stored "und").
  const { default_language, languages } = await d.ctx.services.accounts.settings(workspaceId);
  const shop = [default_language, ...languages];
  const rows = await db
    .selectFrom("mentions")
    .select([
      "id",
      "text",
      "language",
      "rating",
      "sentiment",
      "score",
      "complaint",
      "topics",
      "model",
      "created_at",
      "duplicate_of",
    ])
    .where("workspace_id", "=", workspaceId)
    .where("created_at", ">=", since)
    .where("corrected", "=", 0)
    .where("id", ">", after)
    .orderBy("id")
    .limit(limit)
    .execute();
  let changed = 0;
  for (const r of rows) {
    const c = classify(
      { text: r.text, language: r.language, rating: r.rating ?? undefined, languages: shop },
      learned,
    );
    const next = {
      sentiment: c.sentiment,
      score: Math.round(c.score * 1000) / 1000,
      complaint: c.complaint ? 1 : 0,
      topics: JSON.stringify(c.topics),
      model: modelVersionFor(c.language, learned),
      // Only an "und" can change (a stored language is given back to the classifier, which keeps it):
      // a mention stored before the shop's languages were a prior, now read as one of them.
      language: c.language,
    };
    const same =
      next.language === r.language &&
      next.sentiment === r.sentiment &&
      next.score === r.score &&
      next.complaint === r.complaint &&
      next.topics === r.topics &&
      next.model === r.model;
    if (same) continue;
    // corrected = 0 again here: a person's correction made meanwhile wins over the model (and keeps
    // the hour's counts as that correction left them).
    const moved = await db.transaction().execute(async (trx) => {
      const u = await trx
        .updateTable("mentions")
        .set(next)
        .where("id", "=", r.id)
        .where("corrected", "=", 0)
        .executeTakeFirst();
      if (Number(u.numUpdatedRows) === 0) return false;
      await hoursStore.add(trx, workspaceId, sentimentDelta(r, next.sentiment));
      return true;
    });
    if (moved) changed++;
  }
  const last = rows[rows.length - 1];
  return { processed: rows.length, changed, next: rows.length === limit && last ? last.id : null };
}
