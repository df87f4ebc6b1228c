import { columnType, type Migration } from "../migration.js";

export const monitoring: Migration = {
  name: "0501_monitoring",
  async up(db, dialect) {
    await db.schema
      .createTable("monitors")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("config", "text", (c) => c.notNull())
      .addColumn("interval_s", "integer", (c) => c.notNull())
      .addColumn("timeout_ms", "integer", (c) => c.notNull())
      .addColumn("retries", "integer", (c) => c.notNull())
      .addColumn("enabled", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("component", "text")
      .addColumn("crisis", "text")
      .addColumn("state", "text", (c) => c.notNull().defaultTo("pending"))
      .addColumn("state_changed_at", "text")
      .addColumn("last_checked_at", "text")
      .addColumn("last_latency_ms", columnType.double(dialect))
      .addColumn("last_error", "text")
      .addColumn("next_run_at", "text", (c) => c.notNull())
      .addColumn("heartbeat_hash", "text", (c) => c.unique())
      .addColumn("last_beat_at", "text")
      .addColumn("crisis_id", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("monitors_due").on("monitors").columns(["enabled", "next_run_at"]).execute();
    await db.schema.createIndex("monitors_ws").on("monitors").columns(["workspace_id", "id"]).execute();

    // No foreign key: checks are written in batches by the scheduler and must not fail as a batch when
    // a monitor was deleted meanwhile; the purge removes strays.
    await db.schema
      .createTable("monitor_checks")
      .addColumn("monitor_id", "text", (c) => c.notNull())
      .addColumn("workspace_id", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("ok", "integer", (c) => c.notNull())
      .addColumn("latency_ms", columnType.double(dialect))
      .addColumn("lateness_ms", "integer", (c) => c.notNull())
      .addColumn("error", "text")
      .execute();
    await db.schema
      .createIndex("monitor_checks_mon_at")
      .on("monitor_checks")
      .columns(["monitor_id", "at"])
      .execute();
    await db.schema.createIndex("monitor_checks_at").on("monitor_checks").columns(["at"]).execute();

    await db.schema
      .createTable("monitor_rollups")
      .addColumn("monitor_id", "text", (c) => c.notNull())
      .addColumn("workspace_id", "text", (c) => c.notNull())
      .addColumn("bucket", "text", (c) => c.notNull())
      .addColumn("start", "text", (c) => c.notNull())
      .addColumn("count", "integer", (c) => c.notNull())
      .addColumn("up_count", "integer", (c) => c.notNull())
      .addColumn("latency_p50", columnType.double(dialect))
      .addColumn("latency_p95", columnType.double(dialect))
      .addColumn("latency_max", columnType.double(dialect))
      .addPrimaryKeyConstraint("monitor_rollups_pk", ["monitor_id", "bucket", "start"])
      .execute();

    await db.schema
      .createTable("monitor_events")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull())
      .addColumn("monitor_id", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("from_state", "text", (c) => c.notNull())
      .addColumn("to_state", "text", (c) => c.notNull())
      .addColumn("reason", "text")
      .execute();
    await db.schema
      .createIndex("monitor_events_mon")
      .on("monitor_events")
      .columns(["monitor_id", "at"])
      .execute();
  },
};
