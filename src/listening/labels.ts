import { type Kysely, sql } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import type { Actor } from "../core/actor.js";
import { invalid, notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { classify, type LearnedModel, modelVersionFor, type Topic } from "../nlp/index.js";
import type { MentionOut } from "./schema.js";
import type { MentionsTable } from "./tables.js";

type Db = Kysely<Database>;
type Sentiment = MentionOut["sentiment"];

export interface CorrectionInput {
  sentiment?: Sentiment | undefined;
  complaint?: boolean | undefined;
  topics?: Topic[] | undefined;
}

/** A training example: the mention's text in its language with the sentiment a person or a rating gave. */
export interface SentimentLabel {
  text: string;
  language: string;
  sentiment: Sentiment;
}

/** Runs inside the transaction that stores a correction (the classifier counts new labels here). */
export type CorrectionHook = (trx: Db, workspaceId: string, mention: MentionOut) => Promise<void>;

/**
 * Stars on the 1–5 scale: 1–2 negative, 3 neutral, 4–5 positive; half stars go to the nearer side.
 * Ratings outside 1–5 are not labels (a 0 is more often "no rating" than "zero stars").
 */
export function ratingSentiment(rating: number | null): Sentiment | null {
  if (rating === null || !Number.isFinite(rating) || rating < 1 || rating > 5) return null;
  return rating < 2.75 ? "negative" : rating < 3.5 ? "neutral" : "positive";
}

/** A corrected sentiment that disagrees with the score moves the score to the middle of its band. */
const SCORE_OF: Record<Sentiment, number> = { negative: -0.6, neutral: 0, positive: 0.6 };
function scoreFor(sentiment: Sentiment, score: number): number {
  const band = score <= -0.1 ? "negative" : score >= 0.25 ? "positive" : "neutral";
  return band === sentiment ? score : SCORE_OF[sentiment];
}

const labelled = (db: Db, workspaceId: string) =>
  db
    .selectFrom("mentions")
    .where("workspace_id", "=", workspaceId)
    .where((eb) => eb.or([eb("label", "is not", null), eb("rating", "is not", null)]));

export interface LabelDeps {
  ctx: AppContext;
  get(workspaceId: string, id: string): Promise<MentionOut>;
  toOut(r: MentionsTable): MentionOut;
  modelOf(workspaceId: string): Promise<LearnedModel | null>;
}

export function createLabelOps(d: LabelDeps) {
  const db = d.ctx.db;
  const hooks = new Set<CorrectionHook>();

  return {
    /** Adds a hook run in every correction's transaction; answers the function that removes it. */
    onCorrect(hook: CorrectionHook): () => void {
      hooks.add(hook);
      return () => hooks.delete(hook);
    },

    /** A person's correction: kept on the mention, as a label, and in the history with who and when. */
    async correct(actor: Actor, id: string, input: CorrectionInput): Promise<MentionOut> {
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
        await trx.updateTable("mentions").set(set).where("id", "=", id).execute();
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
    },

    /** Who corrected a mention, when, and what they set; newest first. */
    async corrections(workspaceId: string, id: string) {
      const rows = await db
        .selectFrom("mention_corrections")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .where("mention_id", "=", id)
        .orderBy("created_at", "desc")
        .execute();
      return rows.map((r) => ({
        actor: r.actor,
        at: r.created_at,
        sentiment: r.sentiment as Sentiment | null,
        complaint: r.complaint === null ? null : r.complaint === 1,
        topics: r.topics === null ? null : (JSON.parse(r.topics) as string[]),
      }));
    },

    /** The newest `limit` labels: a person's sentiment where they set one, else the rating's. */
    async labels(workspaceId: string, limit: number): Promise<SentimentLabel[]> {
      const rows = await labelled(db, workspaceId)
        .select(["text", "language", "label", "rating"])
        .orderBy("created_at", "desc")
        .limit(limit)
        .execute();
      const out: SentimentLabel[] = [];
      for (const r of rows) {
        const sentiment = (r.label as Sentiment | null) ?? ratingSentiment(r.rating);
        if (sentiment) out.push({ text: r.text, language: r.language, sentiment });
      }
      return out;
    },

    /** Labelled mentions per language (ratings outside 1–5 included: counting them is cheaper than not). */
    async labelCounts(workspaceId: string): Promise<Record<string, number>> {
      const rows = await labelled(db, workspaceId)
        .select(["language", (eb) => eb.fn.countAll<number>().as("n")])
        .groupBy("language")
        .execute();
      return Object.fromEntries(rows.map((r) => [r.language, Number(r.n)]));
    },

    /**
     * Reads up to `limit` uncorrected mentions created since `since` (after id `after`, in id order) with
     * the workspace's current model and stores what changed. Answers where to go on, or null when done.
     */
    async reclassify(workspaceId: string, since: string, after: string, limit: number) {
      const learned = await d.modelOf(workspaceId);
      const rows = await db
        .selectFrom("mentions")
        .select(["id", "text", "language", "rating", "sentiment", "score", "complaint", "topics", "model"])
        .where("workspace_id", "=", workspaceId)
        .where("created_at", ">=", since)
        .where("corrected", "=", 0)
        .where("id", ">", after)
        .orderBy("id")
        .limit(limit)
        .execute();
      let changed = 0;
      for (const r of rows) {
        const c = classify({ text: r.text, language: r.language, rating: r.rating ?? undefined }, learned);
        const next = {
          sentiment: c.sentiment,
          score: Math.round(c.score * 1000) / 1000,
          complaint: c.complaint ? 1 : 0,
          topics: JSON.stringify(c.topics),
          model: modelVersionFor(c.language, learned),
        };
        const same =
          next.sentiment === r.sentiment &&
          next.score === r.score &&
          next.complaint === r.complaint &&
          next.topics === r.topics &&
          next.model === r.model;
        if (same) continue;
        // corrected = 0 again here: a person's correction made meanwhile wins over the model.
        await db
          .updateTable("mentions")
          .set(next)
          .where("id", "=", r.id)
          .where("corrected", "=", 0)
          .execute();
        changed++;
      }
      const last = rows[rows.length - 1];
      return { processed: rows.length, changed, next: rows.length === limit && last ? last.id : null };
    },

    /** How many mentions of the workspace a model version read (tests and the settings page). */
    async countByModel(workspaceId: string): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom("mentions")
        .select(["model", sql<number>`count(*)`.as("n")])
        .where("workspace_id", "=", workspaceId)
        .groupBy("model")
        .execute();
      return Object.fromEntries(rows.map((r) => [r.model, Number(r.n)]));
    },
  };
}
