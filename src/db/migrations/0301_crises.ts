import type { Migration } from "../migration.js";

type Db = Parameters<Migration["up"]>[0];

export const crises: Migration = {
  name: "0301_crises",
  async up(db) {
    await createCrises(db);
    await createCrisisEvents(db);
    await createCrisisTasks(db);
    await createCrisisLinks(db);
    await createCrisisRoles(db);
  },
};

async function createCrises(db: Db) {
  await db.schema
    .createTable("crises")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("drill", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("personal_data", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("aware_at", "text", (c) => c.notNull())
    .addColumn("acknowledged_at", "text")
    .addColumn("mitigating_at", "text")
    .addColumn("monitoring_at", "text")
    .addColumn("resolved_at", "text")
    .addColumn("closed_at", "text")
    .addColumn("first_public_word_at", "text")
    .addColumn("last_public_update_at", "text")
    .addColumn("authority_notified_at", "text")
    .addColumn("orders_affected", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("revenue_at_risk", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("customers_affected", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("remedies_given", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("remedies_cost", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("currency", "text", (c) => c.notNull().defaultTo("EUR"))
    .addColumn("drill_score", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("crises_ws_status")
    .on("crises")
    .columns(["workspace_id", "status", "started_at"])
    .execute();
}

async function createCrisisEvents(db: Db) {
  await db.schema
    .createTable("crisis_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("crisis_id", "text", (c) => c.notNull().references("crises.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("data", "text")
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("key_event", "integer", (c) => c.notNull().defaultTo(0))
    // The caller's idempotency key: the same message or alert reported twice lands once.
    .addColumn("idem_key", "text")
    .execute();
  await db.schema
    .createIndex("crisis_events_crisis")
    .on("crisis_events")
    .columns(["crisis_id", "at"])
    .execute();
  await db.schema
    .createIndex("crisis_events_idem")
    .on("crisis_events")
    .columns(["crisis_id", "idem_key"])
    .unique()
    .execute();
}

async function createCrisisTasks(db: Db) {
  await db.schema
    .createTable("crisis_tasks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("crisis_id", "text", (c) => c.notNull().references("crises.id").onDelete("cascade"))
    .addColumn("playbook_id", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("due_at", "text")
    .addColumn("clock", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("done_at", "text")
    .addColumn("done_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("crisis_tasks_crisis")
    .on("crisis_tasks")
    .columns(["crisis_id", "position"])
    .execute();
}

async function createCrisisLinks(db: Db) {
  await db.schema
    .createTable("crisis_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("crisis_id", "text", (c) => c.notNull().references("crises.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref_id", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("crisis_links_unique")
    .on("crisis_links")
    .columns(["crisis_id", "kind", "ref_id"])
    .unique()
    .execute();
  await db.schema
    .createIndex("crisis_links_ref")
    .on("crisis_links")
    .columns(["workspace_id", "kind", "ref_id"])
    .execute();
}

async function createCrisisRoles(db: Db) {
  await db.schema
    .createTable("crisis_roles")
    .addColumn("crisis_id", "text", (c) => c.notNull().references("crises.id").onDelete("cascade"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("user_name", "text", (c) => c.notNull())
    .addColumn("since", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("crisis_roles_pk", ["crisis_id", "role"])
    .execute();
}
