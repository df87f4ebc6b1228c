import { type Kysely, sql } from "kysely";
import { hashSecret } from "../../core/ids.js";
import { isSealed, openSecret, resealSecret, sealSecret } from "../../core/secrets.js";
import type { DialectName } from "../database.js";
import type { Migration } from "../migration.js";
import { resealColumns } from "../seal.js";

/**
 * The rest of the secrets at rest: shop webhook secrets, alert channels' signing secrets and Slack URLs,
 * the reply and refund webhooks' secrets in case policies, and the link tokens of status page
 * subscribers and message contacts (hashed for look-up, sealed to be sent again). It runs after every
 * table it touches exists, so it sits at the end of the migration list whatever its number.
 */
export const sealMoreSecrets: Migration = {
  name: "0140_seal_more_secrets",
  async up(db, dialect) {
    const tables = await existingTables(db, dialect);
    for (const table of LINK_TOKEN_TABLES) {
      if (!tables.has(table) || tables.get(table)?.has("token_hash")) continue;
      await db.schema.alterTable(table).addColumn("token_hash", "text").execute();
      await db.schema.createIndex(`${table}_token_hash`).on(table).column("token_hash").unique().execute();
    }
    await sealLegacySecrets(db, new Set(tables.keys()));
  },
};

/**
 * Migrations apply in name order, so on a new store this one runs before the tables it converts exist
 * (they are then created with `token_hash` and hold nothing to seal); on an older store it runs last.
 */
export async function existingTables(db: Db, dialect: DialectName): Promise<Map<string, Set<string>>> {
  // Read our own schema's catalogue only: Kysely's introspector reads every schema, and on a server
  // where another schema is dropped meanwhile (tests run one schema per file) it fails naming that one.
  const rows =
    dialect === "postgres"
      ? (
          await sql<{ t: string; c: string }>`select table_name as t, column_name as c
            from information_schema.columns where table_schema = current_schema()`.execute(db)
        ).rows
      : (
          await sql<{ t: string; c: string }>`select m.name as t, p.name as c
            from sqlite_master m join pragma_table_info(m.name) p where m.type = 'table'`.execute(db)
        ).rows;
  const out = new Map<string, Set<string>>();
  for (const r of rows) out.set(r.t, (out.get(r.t) ?? new Set()).add(r.c));
  return out;
}

const LINK_TOKEN_TABLES = ["status_subscribers", "comms_contacts"] as const;

/** The channel fields that were secrets when this migration was written (new types are sealed on save). */
const CHANNEL_FIELDS: Record<string, readonly string[]> = { webhook: ["secret"], slack: ["url"] };

function sealPlain(obj: Record<string, unknown>, fields: readonly string[]): boolean {
  let changed = false;
  for (const f of fields) {
    const v = obj[f];
    if (typeof v === "string" && v !== "" && !isSealed(v)) {
      obj[f] = sealSecret(v);
      changed = true;
    }
  }
  return changed;
}

// biome-ignore lint/suspicious/noExplicitAny: the schema as it is at migration time.
type Db = Kysely<any>;

/** Seals what earlier versions stored in clear; rows already sealed are left as they are. */
export async function sealLegacySecrets(db: Db, tables: ReadonlySet<string>): Promise<void> {
  for (const table of LINK_TOKEN_TABLES) {
    if (!tables.has(table)) continue;
    const rows = (await db
      .selectFrom(table)
      .select(["id", "token"])
      .where("token_hash", "is", null)
      .execute()) as {
      id: string;
      token: string;
    }[];
    for (const r of rows) {
      await db
        .updateTable(table)
        .set({ token_hash: hashSecret(openSecret(r.token)), token: resealSecret(r.token) })
        .where("id", "=", r.id)
        .execute();
    }
  }
  if (tables.has("shop_integrations")) {
    await resealColumns(db, [{ table: "shop_integrations", column: "secret", shape: "text" }]);
  }

  if (tables.has("alert_rules")) await sealChannels(db);
  if (tables.has("case_settings")) await sealPolicies(db);
}

async function sealChannels(db: Db): Promise<void> {
  const rules = (await db.selectFrom("alert_rules").select(["id", "channels"]).execute()) as {
    id: string;
    channels: string;
  }[];
  for (const r of rules) {
    const channels = JSON.parse(r.channels) as Record<string, unknown>[];
    const changed = channels.map((c) => sealPlain(c, CHANNEL_FIELDS[String(c["type"])] ?? [])).includes(true);
    if (changed) {
      await db
        .updateTable("alert_rules")
        .set({ channels: JSON.stringify(channels) })
        .where("id", "=", r.id)
        .execute();
    }
  }
}

async function sealPolicies(db: Db): Promise<void> {
  const policies = (await db.selectFrom("case_settings").select(["workspace_id", "policy"]).execute()) as {
    workspace_id: string;
    policy: string;
  }[];
  for (const p of policies) {
    const policy = JSON.parse(p.policy) as Record<string, Record<string, unknown> | null | undefined>;
    let changed = false;
    for (const k of ["reply_webhook", "shop_webhook"]) {
      const w = policy[k];
      if (w && sealPlain(w, ["secret"])) changed = true;
    }
    if (changed) {
      await db
        .updateTable("case_settings")
        .set({ policy: JSON.stringify(policy) })
        .where("workspace_id", "=", p.workspace_id)
        .execute();
    }
  }
}
