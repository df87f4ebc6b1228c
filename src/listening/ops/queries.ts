import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { type BrandMatcher, compileQueries } from "../brand.js";
import { listeningStore as store } from "../store.js";
import type { BrandQueriesTable } from "../tables.js";
import { toQueryOut } from "./out.js";

/** Brand queries change rarely; other processes pick up a change within this. */
const MATCHER_TTL_MS = 10_000;

type QueryInput = { name: string; any: string[]; all: string[]; none: string[] };

/**
 * The brand queries and the compiled matcher ingest filters by; a change here drops this process's
 * cached matcher at once.
 */
export function createQueryOps(ctx: AppContext) {
  const db = ctx.db;
  const matchers = new Map<string, { matcher: BrandMatcher | null; at: number }>();

  async function matcherOf(workspaceId: string): Promise<BrandMatcher | null> {
    const cached = matchers.get(workspaceId);
    if (cached && ctx.clock.now().getTime() - cached.at < MATCHER_TTL_MS) return cached.matcher;
    const rows = await store.queriesOf(db, workspaceId);
    const matcher = compileQueries(rows.map(toQueryOut));
    matchers.set(workspaceId, { matcher, at: ctx.clock.now().getTime() });
    return matcher;
  }

  const queries = {
    async listQueries(actor: Actor) {
      return (await store.queriesOf(db, actor.workspaceId)).map(toQueryOut);
    },

    async createQuery(actor: Actor, input: QueryInput) {
      const row: BrandQueriesTable = {
        id: newId(),
        workspace_id: actor.workspaceId,
        name: input.name,
        any_terms: JSON.stringify(input.any),
        all_terms: JSON.stringify(input.all),
        none_terms: JSON.stringify(input.none),
        created_at: ctx.clock.now().toISOString(),
      };
      await store.insertQuery(db, row);
      matchers.delete(actor.workspaceId);
      return toQueryOut(row);
    },

    async updateQuery(actor: Actor, id: string, input: QueryInput) {
      const r = await store.updateQuery(db, actor.workspaceId, id, {
        name: input.name,
        any_terms: JSON.stringify(input.any),
        all_terms: JSON.stringify(input.all),
        none_terms: JSON.stringify(input.none),
      });
      if (!r.numUpdatedRows) throw notFound("brand query");
      matchers.delete(actor.workspaceId);
      const row = (await store.queriesOf(db, actor.workspaceId)).find((q) => q.id === id);
      if (!row) throw notFound("brand query");
      return toQueryOut(row);
    },

    async deleteQuery(actor: Actor, id: string) {
      const r = await store.deleteQuery(db, actor.workspaceId, id);
      if (!r.numDeletedRows) throw notFound("brand query");
      matchers.delete(actor.workspaceId);
    },
  };

  return { matcherOf, queries };
}
