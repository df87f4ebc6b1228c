import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type { ClassifierModelsTable } from "./tables.js";

type Db = Kysely<Database>;

export const classifierStore = {
  insert: (db: Db, row: ClassifierModelsTable) => db.insertInto("classifier_models").values(row).execute(),

  /** The newest training, without the model text (the figures only). */
  latest: (db: Db, workspaceId: string) =>
    db
      .selectFrom("classifier_models")
      .select([
        "id",
        "version",
        "labels",
        "labelled_mentions",
        "active",
        "report",
        "size_bytes",
        "duration_ms",
        "trigger",
        "trained_at",
      ])
      .where("workspace_id", "=", workspaceId)
      .orderBy("trained_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst(),

  /** The newest training's version and model text: what reads the workspace's mentions now. */
  current: (db: Db, workspaceId: string) =>
    db
      .selectFrom("classifier_models")
      .select(["version", "model"])
      .where("workspace_id", "=", workspaceId)
      .orderBy("trained_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst(),

  count: async (db: Db, workspaceId: string) =>
    Number(
      (
        await db
          .selectFrom("classifier_models")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("workspace_id", "=", workspaceId)
          .executeTakeFirst()
      )?.n ?? 0,
    ),
};
