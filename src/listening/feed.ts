import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type { MentionOut } from "./schema.js";
import type { MentionsTable } from "./tables.js";

/** Rows per `in (…)` read: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

/**
 * What detection reads when it catches up: first only the ids in a data-time window (the index holds
 * them), then whole rows for the ids it has not seen. A catch-up re-reads minutes of overlap, and under a
 * rush that is a hundred thousand rows; reading each one whole held the event loop for seconds.
 */
export function createFeedOps(db: Kysely<Database>, toOut: (r: MentionsTable) => MentionOut) {
  return {
    /** Ids with data time ≥ since (all when null), oldest first, at most `limit` of the newest. */
    async mentionIdsSince(workspaceId: string, since: string | null, limit: number): Promise<string[]> {
      let q = db.selectFrom("mentions").select("id").where("workspace_id", "=", workspaceId);
      if (since) q = q.where("created_at", ">=", since);
      const rows = await q.orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
      return rows.reverse().map((r) => r.id);
    },

    /** Whole mentions by id, oldest first; read in chunks, so other work runs between two of them. */
    async mentionsByIds(workspaceId: string, ids: string[]): Promise<MentionOut[]> {
      const out: MentionsTable[] = [];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await db
          .selectFrom("mentions")
          .selectAll()
          .where("workspace_id", "=", workspaceId)
          .where("id", "in", ids.slice(i, i + CHUNK))
          .execute();
        out.push(...rows);
      }
      out.sort((a, b) =>
        a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1,
      );
      return out.map(toOut);
    },
  };
}
