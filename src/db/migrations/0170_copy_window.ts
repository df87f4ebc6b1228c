import { sql } from "kysely";
import type { Migration } from "../migration.js";

/**
 * The copy-finding index leads with the day of the mention's time (src/listening/copy-window.ts):
 * keyed by fingerprint alone, a hash, a batch's 1,000 originals landed on about 1,000 pages spread over
 * the whole index, so each batch cost more as the store grew (docs/security.md, ninth and twelfth
 * passes); keyed by day first, they land in the current day's part. Existing rows get their day from
 * created_at the way copyDay computes it (whole days since the Julian epoch); links already made stay
 * as they are.
 */
export const copyWindow: Migration = {
  name: "0170_copy_window",
  async up(db, dialect) {
    await db.schema.alterTable("mentions").addColumn("copy_day", "integer").execute();
    if (dialect === "postgres") {
      await sql`update mentions
        set copy_day = (substr(created_at, 1, 10)::date - date '1970-01-01') + 2440587
        where fingerprint is not null and created_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'`.execute(db);
    } else {
      await sql`update mentions
        set copy_day = cast(julianday(substr(created_at, 1, 10)) as integer)
        where fingerprint is not null`.execute(db);
    }
    await db.schema.dropIndex("mentions_ws_original_fingerprint").execute();
    await sql`create index mentions_day_original_fingerprint
      on mentions (copy_day, workspace_id, fingerprint)
      where duplicate_of is null and fingerprint is not null`.execute(db);
  },
};
