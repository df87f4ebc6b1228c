import type { AppContext } from "../../app/context.js";
import { crisisQuotesOf, type Quote } from "../../comms/quoted.js";
import { systemActor } from "../../core/actor.js";
import type { StatusIncidentsTable } from "../tables.js";

/**
 * What each crisis's incident may quote in another language than a reader's (its crisis's title and
 * summary as the shop wrote them), by incident id: the page marks each quote with its language. Read
 * from the crisis as it is now; a quote edited since the update went out is not found, so not marked.
 */
export async function incidentQuotes(
  ctx: AppContext,
  workspaceId: string,
  rows: readonly Pick<StatusIncidentsTable, "id" | "crisis_id">[],
): Promise<Record<string, Quote[]>> {
  const linked = [...new Map(rows.filter((r) => r.crisis_id).map((r) => [r.id, r])).values()];
  const actor = systemActor(workspaceId);
  const out: Record<string, Quote[]> = {};
  for (const r of linked) {
    const quotes = await crisisQuotesOf(ctx, actor, r.crisis_id);
    if (quotes.length) out[r.id] = quotes;
  }
  return out;
}
