import type { DialectName } from "../database.js";
import { columnType, type Migration } from "../migration.js";

type Db = Parameters<Migration["up"]>[0];

export const cases: Migration = {
  name: "0601_cases",
  async up(db, dialect) {
    await createCases(db, dialect);
    await createCaseMessages(db);
    await createCaseEvents(db);
    await createCaseRemedies(db);
    await createDiscountCodes(db);
    await createCaseSettings(db);
  },
};

const ws = "workspace_id";

async function createCases(db: Db, dialect: DialectName) {
  await db.schema
    .createTable("cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(ws, "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("priority", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("topics", "text", (c) => c.notNull())
    .addColumn("sentiment_score", columnType.double(dialect), (c) => c.notNull().defaultTo(0))
    .addColumn("customer_name", "text")
    .addColumn("customer_email", "text")
    .addColumn("customer_handle", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("subject", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("mention_id", "text")
    .addColumn("external_id", "text")
    .addColumn("reach", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("spread", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("crisis_id", "text")
    .addColumn("first_response_due_at", "text", (c) => c.notNull())
    .addColumn("resolve_due_at", "text", (c) => c.notNull())
    .addColumn("first_response_at", "text")
    .addColumn("resolved_at", "text")
    .addColumn("closed_at", "text")
    .addColumn("escalated_at", "text")
    .addColumn("escalated_to", "text")
    .addColumn("post_status", "text", (c) => c.notNull().defaultTo("unknown"))
    .addColumn("follow_up", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("cases_ws_status").on("cases").columns([ws, "status", "id"]).execute();
  await db.schema.createIndex("cases_ws_email").on("cases").columns([ws, "customer_email"]).execute();
  await db.schema
    .createIndex("cases_ws_handle")
    .on("cases")
    .columns([ws, "source", "customer_handle"])
    .execute();
  await db.schema.createIndex("cases_ws_crisis").on("cases").columns([ws, "crisis_id"]).execute();
}

async function createCaseMessages(db: Db) {
  await db.schema
    .createTable("case_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(ws, "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
    .addColumn("direction", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("mention_id", "text")
    .addColumn("email_message_id", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("case_messages_case").on("case_messages").columns(["case_id", "at"]).execute();
  // A mention lands in at most one case, even when the rule runs twice.
  await db.schema
    .createIndex("case_messages_mention")
    .on("case_messages")
    .columns([ws, "mention_id"])
    .unique()
    .execute();
  await db.schema
    .createIndex("case_messages_email")
    .on("case_messages")
    .columns([ws, "email_message_id"])
    .execute();
}

async function createCaseEvents(db: Db) {
  await db.schema
    .createTable("case_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(ws, "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("data", "text")
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .execute();
  await db.schema.createIndex("case_events_case").on("case_events").columns(["case_id", "at"]).execute();
}

async function createCaseRemedies(db: Db) {
  await db.schema
    .createTable("case_remedies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(ws, "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
    .addColumn("crisis_id", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("amount", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("cost", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("code", "text")
    .addColumn("requested_by", "text", (c) => c.notNull())
    .addColumn("decided_by", "text")
    .addColumn("decided_at", "text")
    .addColumn("month", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("case_remedies_case").on("case_remedies").columns(["case_id"]).execute();
  await db.schema.createIndex("case_remedies_month").on("case_remedies").columns([ws, "month"]).execute();
}

async function createDiscountCodes(db: Db) {
  await db.schema
    .createTable("discount_codes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(ws, "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("case_id", "text", (c) => c.notNull())
    .addColumn("remedy_id", "text", (c) => c.notNull())
    .addColumn("amount", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("redeemed_at", "text")
    .execute();
  await db.schema
    .createIndex("discount_codes_code")
    .on("discount_codes")
    .columns([ws, "code"])
    .unique()
    .execute();
}

async function createCaseSettings(db: Db) {
  await db.schema
    .createTable("case_settings")
    .addColumn(ws, "text", (c) => c.primaryKey().references("workspaces.id").onDelete("cascade"))
    .addColumn("policy", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}
