import { sql } from "kysely";
import { columnType, type Migration } from "../migration.js";

/**
 * Hourly counts of mentions (see MentionHoursTable), so the home page's figures and the volume chart cost
 * the same at ten million mentions as at ten thousand. Filled from the mentions already stored: one row
 * per workspace and hour, named by both, which no later delta (a fresh id) can take.
 */
export const mentionHours: Migration = {
  name: "0150_mention_hours",
  async up(db, dialect) {
    await db.schema
      .createTable("mention_hours")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("hour", "text", (c) => c.notNull())
      .addColumn("mentions", "integer", (c) => c.notNull())
      .addColumn("negative", "integer", (c) => c.notNull())
      .addColumn("positive", "integer", (c) => c.notNull())
      .addColumn("copies", "integer", (c) => c.notNull())
      .addColumn("negative_copies", "integer", (c) => c.notNull())
      .addColumn("rated", "integer", (c) => c.notNull())
      .addColumn("rating_sum", columnType.double(dialect), (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("mention_hours_ws_hour")
      .on("mention_hours")
      .columns(["workspace_id", "hour"])
      .execute();
    await sql`insert into mention_hours
      (id, workspace_id, hour, mentions, negative, positive, copies, negative_copies, rated, rating_sum)
      select 'backfill|' || workspace_id || '|' || substr(created_at, 1, 13), workspace_id, substr(created_at, 1, 13),
        count(*),
        sum(case when sentiment = 'negative' then 1 else 0 end),
        sum(case when sentiment = 'positive' then 1 else 0 end),
        sum(case when duplicate_of is null then 0 else 1 end),
        sum(case when duplicate_of is not null and sentiment = 'negative' then 1 else 0 end),
        sum(case when rating is null then 0 else 1 end),
        coalesce(sum(rating), 0)
      from mentions
      group by workspace_id, substr(created_at, 1, 13)`.execute(db);
  },
};
