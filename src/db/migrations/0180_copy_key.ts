import { sql } from "kysely";
import type { DialectName } from "../database.js";
import { columnType, type Migration } from "../migration.js";

// The fingerprint's alphabet (base64url) and the characters the key reads, as copyKey reads them
// (src/listening/copy-window.ts); src/listening/copy-key.test.ts checks that the two agree.
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const CHARS = 9;

/** copyKey in SQL over the column `fingerprint`: the low 5 bits of the first character, 6 of each next. */
function keySql(dialect: DialectName): string {
  const find = dialect === "postgres" ? "strpos" : "instr";
  const int = dialect === "postgres" ? "::bigint" : "";
  const parts = Array.from({ length: CHARS }, (_, i) => {
    const ch = `substr(fingerprint || '${"A".repeat(CHARS)}', ${i + 1}, 1)`;
    // instr/strpos answer 0 when absent, else the 1-based place: (p + 63) % 64 is 63 or the 0-based place.
    const bits = `((${find}('${ALPHABET}', ${ch}) + 63) % 64)`;
    const weight = 2 ** (6 * (CHARS - 1 - i));
    return `(${i === 0 ? `${bits} % 32` : bits})${int} * ${weight}`;
  });
  return parts.join(" + ");
}

/**
 * The copy-finding index keyed by (copy_day, copy_key) instead of (copy_day, workspace_id,
 * fingerprint): in a one-day rush the old index was all of the SQLite writer's growth, a batch's 1,000
 * originals landing on about 960 of its leaf pages (docs/security.md, seventeenth pass); an 8-byte
 * integer key packs about three times the entries a page. Stored rows get their key in one statement
 * of plain SQL, per character as copyKey computes it at ingest, so no row goes through the application.
 * The workspace is no longer in the index: lookups check it, and the whole fingerprint, on the row.
 */
export const copyKey: Migration = {
  name: "0180_copy_key",
  async up(db, dialect) {
    await db.schema.alterTable("mentions").addColumn("copy_key", columnType.bigint()).execute();
    await sql
      .raw(`update mentions set copy_key = ${keySql(dialect)} where fingerprint is not null`)
      .execute(db);
    await db.schema.dropIndex("mentions_day_original_fingerprint").execute();
    await sql`create index mentions_day_original_key
      on mentions (copy_day, copy_key)
      where duplicate_of is null and fingerprint is not null`.execute(db);
  },
};
