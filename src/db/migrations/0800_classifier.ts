import type { Migration } from "../migration.js";

/** Every training of a workspace's own sentiment model, with its figures and (when active) the model. */
export const classifier: Migration = {
  name: "0800_classifier",
  async up(db) {
    await db.schema
      .createTable("classifier_models")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("version", "text", (c) => c.notNull())
      .addColumn("labels", "integer", (c) => c.notNull())
      .addColumn("labelled_mentions", "integer", (c) => c.notNull())
      .addColumn("active", "integer", (c) => c.notNull())
      .addColumn("report", "text", (c) => c.notNull())
      .addColumn("model", "text")
      .addColumn("size_bytes", "integer", (c) => c.notNull())
      .addColumn("duration_ms", "integer", (c) => c.notNull())
      .addColumn("trigger", "text", (c) => c.notNull())
      .addColumn("trained_at", "text", (c) => c.notNull())
      .addUniqueConstraint("classifier_models_version", ["workspace_id", "version"])
      .execute();
    await db.schema
      .createIndex("classifier_models_ws_trained")
      .on("classifier_models")
      .columns(["workspace_id", "trained_at"])
      .execute();
  },
};
