import type { Kysely } from "kysely";
import { resealSecret } from "../core/secrets.js";

/**
 * The columns that hold readable secrets. Sealing is a storage concern shared by several domains, so it
 * lives here with the store rather than in each domain: the migration seals the rows written before it
 * existed, and `firebreak secrets reseal` moves every row to the current key after a rotation.
 */
const COLUMNS = [
  { table: "webhook_endpoints", key: "id", column: "secret" },
  { table: "listening_sources", key: "id", column: "secret" },
] as const;

// biome-ignore lint/suspicious/noExplicitAny: runs against the schema as it is at migration time.
export async function resealAll(db: Kysely<any>): Promise<number> {
  let changed = 0;
  for (const c of COLUMNS) {
    const rows = (await db
      .selectFrom(c.table)
      .select([c.key, c.column])
      .where(c.column, "is not", null)
      .execute()) as {
      id: string;
      secret: string;
    }[];
    for (const r of rows) {
      const sealed = resealSecret(r.secret);
      if (sealed === r.secret) continue;
      await db
        .updateTable(c.table)
        .set({ [c.column]: sealed })
        .where(c.key, "=", r.id)
        .execute();
      changed++;
    }
  }
  return changed;
}
