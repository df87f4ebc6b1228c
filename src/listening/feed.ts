import type { AppContext } from "../app/context.js";
import type { MentionOut } from "./schema.js";
import type { MentionsTable } from "./tables.js";

/** Rows per `in (…)` read: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;
/**
 * Mentions this process stored lately, kept for the jobs that read them right after (detection, cases).
 * Every one kept is copied by the young generation's collections and promoted: at 200,000 the rush's
 * dashboard p99 was 338–434 ms, at 30,000 162–246 ms with ingest's share the same (docs/security.md,
 * twelfth pass; the fifth pass chose 200,000 when jobs fell ten seconds behind, before the later passes
 * made them keep up). FIREBREAK_RECENT_MENTIONS sets it.
 */
const RECENT_MAX = Number(process.env["FIREBREAK_RECENT_MENTIONS"] ?? 30_000);
const RECENT_MS = 2 * 60_000;

/**
 * What detection reads when it catches up: first only the ids received in a window (the index holds
 * them), then whole rows for the ids it has not seen. A catch-up re-reads minutes of overlap, and under a
 * rush that is a hundred thousand rows; reading each one whole held the event loop for seconds.
 *
 * The mentions a batch job reads by id (detection's round, the cases' rules) were mostly stored by this
 * very process a moment before: those come from memory, the others (another process stored them, or
 * too long ago) from the store. A correction drops the remembered copy, so a reader never sees an older
 * sentiment than the store has; a copy count may lag until its original is read from the store again.
 */
export function createFeedOps(ctx: AppContext, toOut: (r: MentionsTable) => MentionOut) {
  const db = ctx.db;
  const recent = new Map<string, { workspaceId: string; at: number; mention: MentionOut }>();
  ctx.bus.subscribe<{ mentions: MentionOut[] }>("mention.created", (e) => {
    const at = ctx.clock.now().getTime();
    for (const m of e.data.mentions) recent.set(m.id, { workspaceId: e.workspaceId, at, mention: m });
    // Insertion order is age order: the oldest go first.
    for (const [id, r] of recent) {
      if (recent.size <= RECENT_MAX && at - r.at < RECENT_MS) break;
      recent.delete(id);
    }
  });
  ctx.bus.subscribe<{ mention: MentionOut }>("mention.updated", (e) => {
    recent.delete(e.data.mention.id);
  });

  return {
    /** Ids received at or after `since` (all when null), oldest first, at most `limit` of the newest. */
    async mentionIdsReceivedSince(
      workspaceId: string,
      since: string | null,
      limit: number,
    ): Promise<string[]> {
      let q = db.selectFrom("mentions").select("id").where("workspace_id", "=", workspaceId);
      if (since) q = q.where("received_at", ">=", since);
      const rows = await q.orderBy("received_at", "desc").orderBy("id", "desc").limit(limit).execute();
      return rows.reverse().map((r) => r.id);
    },

    /** Whole mentions by id, oldest first; read in chunks, so other work runs between two of them. */
    async mentionsByIds(workspaceId: string, ids: string[]): Promise<MentionOut[]> {
      const out: MentionOut[] = [];
      const missing: string[] = [];
      const now = ctx.clock.now().getTime();
      for (const id of ids) {
        const r = recent.get(id);
        if (r && r.workspaceId === workspaceId && now - r.at < RECENT_MS) out.push(r.mention);
        else missing.push(id);
      }
      for (let i = 0; i < missing.length; i += CHUNK) {
        const rows = await db
          .selectFrom("mentions")
          .selectAll()
          .where("workspace_id", "=", workspaceId)
          .where("id", "in", missing.slice(i, i + CHUNK))
          .execute();
        out.push(...rows.map(toOut));
      }
      return out.sort((a, b) =>
        a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1,
      );
    },
  };
}
