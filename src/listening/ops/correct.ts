import type { Actor } from "../../core/actor.js";
import { invalid, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { hoursStore, sentimentDelta } from "../hours.js";
import type { CorrectionHook, CorrectionInput, LabelDeps } from "../labels.js";
import type { MentionOut } from "../schema.js";

type Sentiment = MentionOut["sentiment"];

/** A corrected sentiment that disagrees with the score moves the score to the middle of its band. */
const SCORE_OF: Record<Sentiment, number> = { negative: -0.6, neutral: 0, positive: 0.6 };
function scoreFor(sentiment: Sentiment, score: number): number {
  const band = score <= -0.1 ? "negative" : score >= 0.25 ? "positive" : "neutral";
  return band === sentiment ? score : SCORE_OF[sentiment];
}

/** A person's correction: kept on the mention, as a label, and in the history with who and when. */
export async function correctMention(
  d: LabelDeps,
  hooks: ReadonlySet<CorrectionHook>,
  actor: Actor,
  id: string,
  input: CorrectionInput,
): Promise<MentionOut> {
  const db = d.ctx.db;
  if (input.sentiment === undefined && input.complaint === undefined && input.topics === undefined) {
    throw invalid("give at least one of sentiment, complaint or topics", "sentiment");
  }
  const before = await d.get(actor.workspaceId, id);
  const now = d.ctx.clock.now().toISOString();
  const topics = input.topics ? [...new Set(input.topics)] : undefined;
  const set = {
    corrected: 1,
    ...(input.sentiment && {
      sentiment: input.sentiment,
      label: input.sentiment,
      score: scoreFor(input.sentiment, before.score),
    }),
    ...(input.complaint !== undefined && { complaint: input.complaint ? 1 : 0 }),
    ...(topics && { topics: JSON.stringify(topics) }),
  };
  const after = await db.transaction().execute(async (trx) => {
    const counted = await trx
      .selectFrom("mentions")
      .select(["created_at", "sentiment", "duplicate_of", "rating"])
      .where("id", "=", id)
      .executeTakeFirst();
    await trx.updateTable("mentions").set(set).where("id", "=", id).execute();
    if (counted && input.sentiment)
      await hoursStore.add(trx, actor.workspaceId, sentimentDelta(counted, input.sentiment));
    await trx
      .insertInto("mention_corrections")
      .values({
        id: newId(),
        workspace_id: actor.workspaceId,
        mention_id: id,
        actor: actor.label,
        user_id: actor.userId,
        sentiment: input.sentiment ?? null,
        complaint: input.complaint === undefined ? null : input.complaint ? 1 : 0,
        topics: topics ? JSON.stringify(topics) : null,
        created_at: now,
      })
      .execute();
    const row = await trx.selectFrom("mentions").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("mention");
    const out = d.toOut(row);
    for (const hook of hooks) await hook(trx, actor.workspaceId, out);
    return out;
  });
  d.ctx.bus.publish(actor.workspaceId, "mention.updated", { mention: after });
  return after;
}
