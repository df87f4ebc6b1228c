import { sql } from "kysely";
import type { Migration } from "../migration.js";

/**
 * Copy linking only ever looks up the original of a fingerprint, so only originals are indexed. With
 * every mention indexed, a fingerprint that thousands of copies share made each lookup read all of
 * them, and every copy paid for an index entry nobody reads.
 */
export const listeningOriginals: Migration = {
  name: "0102_listening_originals",
  async up(db) {
    await db.schema.dropIndex("mentions_ws_fingerprint").execute();
    await db.schema
      .createIndex("mentions_ws_original_fingerprint")
      .on("mentions")
      .columns(["workspace_id", "fingerprint"])
      .where(sql.ref("duplicate_of"), "is", null)
      .execute();
  },
};
