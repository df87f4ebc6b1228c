import { type SqlBool, sql } from "kysely";
import type { Migration } from "../migration.js";

/**
 * Mentions learn to teach: `label` is the sentiment a person set, `corrected` says a person changed the
 * mention (re-classification leaves it alone), `model` the classifier version that read it. Every
 * correction is kept with who and when. Ratings and labels are read together for training, so the
 * labelled mentions of a workspace have an index of their own.
 */
export const mentionLabels: Migration = {
  name: "0110_mention_labels",
  async up(db) {
    await db.schema
      .alterTable("mentions")
      .addColumn("corrected", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable("mentions").addColumn("label", "text").execute();
    await db.schema
      .alterTable("mentions")
      .addColumn("model", "text", (c) => c.notNull().defaultTo("shipped"))
      .execute();
    await db.schema
      .createIndex("mentions_ws_labelled")
      .on("mentions")
      .columns(["workspace_id", "created_at"])
      .where(sql<SqlBool>`label is not null or rating is not null`)
      .execute();
    await db.schema
      .createTable("mention_corrections")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("mention_id", "text", (c) => c.notNull().references("mentions.id").onDelete("cascade"))
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("user_id", "text")
      .addColumn("sentiment", "text")
      .addColumn("complaint", "integer")
      .addColumn("topics", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("mention_corrections_mention")
      .on("mention_corrections")
      .columns(["workspace_id", "mention_id", "created_at"])
      .execute();
  },
};
