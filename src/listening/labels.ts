import { type Kysely, sql } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Database } from "../app/database.js";
import type { Actor } from "../core/actor.js";
import type { LearnedModel, Topic } from "../nlp/index.js";
import { correctMention } from "./ops/correct.js";
import { reclassify } from "./ops/reclassify.js";
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
    correct: (actor: Actor, id: string, input: CorrectionInput) => correctMention(d, hooks, actor, id, input),

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
    reclassify: (workspaceId: string, since: string, after: string, limit: number) =>
      reclassify(d, workspaceId, since, after, limit),

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
