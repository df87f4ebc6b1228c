import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { casesStore as store } from "../store.js";
import { load, now, OPEN } from "./internal.js";

export interface CaseListFilter {
  status?: string | undefined;
  priority?: string | undefined;
  topic?: string | undefined;
  crisis_id?: string | undefined;
  overdue?: "true" | "false" | undefined;
  limit: number;
  cursor?: string | undefined;
}

export async function list(ctx: AppContext, actor: Actor, f: CaseListFilter) {
  const statuses = f.status === "open" ? OPEN : f.status ? [f.status] : undefined;
  const rows = await store.list(
    ctx.db,
    actor.workspaceId,
    {
      statuses,
      priority: f.priority,
      topic: f.topic,
      crisisId: f.crisis_id,
      overdueAt: f.overdue === "true" ? now(ctx) : undefined,
    },
    f.limit + 1,
    f.cursor,
  );
  const page = rows.slice(0, f.limit);
  return {
    items: await load(ctx, actor.workspaceId, page, false),
    next_cursor: rows.length > f.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
