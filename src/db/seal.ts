import type { Kysely } from "kysely";
import { resealDeep, resealSecret } from "../core/secrets.js";

/**
 * The columns that hold readable secrets. Sealing is a storage concern shared by several domains, so it
 * lives here with the store rather than in each domain: the migrations seal the rows written before they
 * existed, and `firebreak secrets reseal` moves every row to the current key after a rotation.
 */
export interface SecretColumn {
  table: string;
  column: string;
  /** `text`: the column is one secret; `json`: sealed values somewhere inside a JSON document. */
  shape: "text" | "json";
  /** Only rows matching this column = value (queued jobs: done ones are never read again). */
  only?: { column: string; in: readonly string[] };
}

/** Sealed by migration 0130 (the first secrets sealed at rest). */
export const FIRST_SECRET_COLUMNS: readonly SecretColumn[] = [
  { table: "webhook_endpoints", column: "secret", shape: "text" },
  { table: "listening_sources", column: "secret", shape: "text" },
];

/** Every column with a sealed secret, for reseal. Tables are keyed by `id` except where `key` says. */
export const SECRET_COLUMNS: readonly SecretColumn[] = [
  ...FIRST_SECRET_COLUMNS,
  { table: "shop_integrations", column: "secret", shape: "text" },
  { table: "status_subscribers", column: "token", shape: "text" },
  { table: "comms_contacts", column: "token", shape: "text" },
  { table: "alert_rules", column: "channels", shape: "json" },
  // The key a paging tool's page was sent with; null on every other notification (skipped).
  { table: "alert_notifications", column: "credential", shape: "text" },
  { table: "case_settings", column: "policy", shape: "json" },
  { table: "monitors", column: "config", shape: "json" },
  // Webhook deliveries waiting in the queue carry a sealed copy of their secret.
  { table: "jobs", column: "payload", shape: "json", only: { column: "status", in: ["queued", "running"] } },
];

/** Tables without an `id` column: their row key. */
const KEYS: Record<string, readonly string[]> = {
  shop_integrations: ["workspace_id", "platform"],
  case_settings: ["workspace_id"],
};

function resealValue(shape: SecretColumn["shape"], stored: string): string {
  if (shape === "text") return resealSecret(stored);
  // A JSON document without any sealed value is left byte for byte as it was.
  if (!stored.includes("fbenc:")) return stored;
  return JSON.stringify(resealDeep(JSON.parse(stored)));
}

// biome-ignore lint/suspicious/noExplicitAny: runs against the schema as it is at migration time.
export async function resealColumns(db: Kysely<any>, columns: readonly SecretColumn[]): Promise<number> {
  let changed = 0;
  for (const c of columns) {
    const keys = KEYS[c.table] ?? ["id"];
    let q = db
      .selectFrom(c.table)
      .select([...keys, c.column])
      .where(c.column, "is not", null);
    if (c.only) q = q.where(c.only.column, "in", c.only.in);
    const rows = (await q.execute()) as Record<string, string>[];
    for (const r of rows) {
      const stored = r[c.column] as string;
      const sealed = resealValue(c.shape, stored);
      if (sealed === stored) continue;
      let u = db.updateTable(c.table).set({ [c.column]: sealed });
      for (const k of keys) u = u.where(k, "=", r[k]);
      await u.execute();
      changed++;
    }
  }
  return changed;
}

/** What `firebreak secrets reseal` runs: every sealed secret moved to the current key. */
// biome-ignore lint/suspicious/noExplicitAny: see resealColumns.
export const resealAll = (db: Kysely<any>) => resealColumns(db, SECRET_COLUMNS);
