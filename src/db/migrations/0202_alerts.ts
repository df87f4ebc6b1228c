import { columnType, type Migration } from "../migration.js";

export const alerts: Migration = {
  name: "0202_alerts",
  async up(db, dialect) {
    const dbl = columnType.double(dialect);
    await db.schema
      .createTable("alerts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("episode_id", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("series", "text", (c) => c.notNull())
      .addColumn("topic", "text")
      .addColumn("source", "text")
      .addColumn("signal", "text")
      .addColumn("author", "text")
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("active", "integer", (c) => c.notNull())
      .addColumn("opened_at", "text", (c) => c.notNull())
      .addColumn("last_step_at", "text", (c) => c.notNull())
      .addColumn("ended_at", "text")
      .addColumn("observed", dbl, (c) => c.notNull())
      .addColumn("expected", dbl, (c) => c.notNull())
      .addColumn("score", dbl, (c) => c.notNull())
      .addColumn("peak_observed", dbl, (c) => c.notNull())
      .addColumn("peak_score", dbl, (c) => c.notNull())
      .addColumn("steps", "text", (c) => c.notNull())
      .addColumn("points", "text", (c) => c.notNull())
      .addColumn("sample_mention_ids", "text", (c) => c.notNull())
      .addColumn("acknowledged_by", "text")
      .addColumn("acknowledged_at", "text")
      .addColumn("snoozed_until", "text")
      .addColumn("closed_by", "text")
      .addColumn("closed_at", "text")
      .addColumn("crisis_id", "text")
      .addColumn("escalation_step", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("alerts_ws_episode", ["workspace_id", "episode_id"])
      .execute();
    await db.schema
      .createIndex("alerts_ws_opened")
      .on("alerts")
      .columns(["workspace_id", "opened_at", "id"])
      .execute();
    await db.schema
      .createIndex("alerts_ws_status")
      .on("alerts")
      .columns(["workspace_id", "status"])
      .execute();
    await db.schema
      .createTable("alert_rules")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("enabled", "integer", (c) => c.notNull())
      .addColumn("kinds", "text", (c) => c.notNull())
      .addColumn("topics", "text", (c) => c.notNull())
      .addColumn("min_score", dbl, (c) => c.notNull())
      .addColumn("min_observed", dbl, (c) => c.notNull())
      .addColumn("quiet_hours", "text")
      .addColumn("sev_kinds", "text", (c) => c.notNull())
      .addColumn("channels", "text", (c) => c.notNull())
      .addColumn("recipients", "text", (c) => c.notNull())
      .addColumn("ack_timeout_minutes", "integer")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("alert_notifications")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("alert_id", "text", (c) => c.notNull().references("alerts.id").onDelete("cascade"))
      .addColumn("rule_id", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("step", "integer", (c) => c.notNull())
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("target", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("alert_notifications_key", ["workspace_id", "key"])
      .execute();
    await db.schema
      .createIndex("alert_notifications_alert")
      .on("alert_notifications")
      .columns(["alert_id"])
      .execute();
  },
};
