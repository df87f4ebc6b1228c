import { columnType, type Migration } from "../migration.js";

export const listening: Migration = {
  name: "0101_listening",
  async up(db, dialect) {
    await db.schema
      .createTable("mentions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("external_id", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("url", "text")
      .addColumn("author", "text")
      .addColumn("author_followers", columnType.bigint())
      .addColumn("rating", columnType.double(dialect))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("received_at", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("sentiment", "text", (c) => c.notNull())
      .addColumn("score", columnType.double(dialect), (c) => c.notNull())
      .addColumn("complaint", "integer", (c) => c.notNull())
      .addColumn("topics", "text", (c) => c.notNull())
      .addColumn("fingerprint", "text")
      .addColumn("duplicate_of", "text")
      .addColumn("copies", "integer", (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint("mentions_source_external", ["workspace_id", "source", "external_id"])
      .execute();
    await db.schema
      .createIndex("mentions_ws_created")
      .on("mentions")
      .columns(["workspace_id", "created_at", "id"])
      .execute();
    await db.schema
      .createIndex("mentions_ws_fingerprint")
      .on("mentions")
      .columns(["workspace_id", "fingerprint"])
      .execute();

    await db.schema
      .createTable("listening_sources")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("url", "text")
      .addColumn("interval_s", "integer", (c) => c.notNull())
      .addColumn("secret", "text")
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("last_polled_at", "text")
      .addColumn("next_poll_at", "text")
      .addColumn("last_error", "text")
      .addColumn("error_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_new", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("listening_sources_name", ["workspace_id", "name"])
      .execute();
    await db.schema
      .createIndex("listening_sources_due")
      .on("listening_sources")
      .columns(["type", "next_poll_at"])
      .execute();

    await db.schema
      .createTable("brand_queries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("any_terms", "text", (c) => c.notNull())
      .addColumn("all_terms", "text", (c) => c.notNull())
      .addColumn("none_terms", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
  },
};
