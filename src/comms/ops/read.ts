import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { commsStore as store } from "../store.js";
import { load, out } from "./internal.js";

export const get = async (ctx: AppContext, actor: Actor, id: string) =>
  out(ctx, actor, await load(ctx, actor, id));

export interface MessageListFilter {
  crisis_id?: string | undefined;
  status?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export async function list(ctx: AppContext, actor: Actor, f: MessageListFilter) {
  const rows = await store.messages(ctx.db, actor.workspaceId, {
    crisisId: f.crisis_id,
    status: f.status,
    before: f.cursor,
    limit: f.limit + 1,
  });
  const page = rows.slice(0, f.limit);
  return {
    items: await Promise.all(page.map((r) => out(ctx, actor, r, { stored: true }))),
    next_cursor: rows.length > f.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function auditLog(
  ctx: AppContext,
  actor: Actor,
  f: { message_id?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const rows = await store.audit(ctx.db, actor.workspaceId, {
    messageId: f.message_id,
    before: f.cursor,
    limit: f.limit + 1,
  });
  const page = rows.slice(0, f.limit);
  return {
    items: page.map((r) => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> })),
    next_cursor: rows.length > f.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** How many customers each segment reaches now. */
export async function segments(ctx: AppContext, actor: Actor) {
  const now = ctx.clock.now().toISOString();
  const counts: Record<string, number> = {};
  for (const s of ["all", "orders_7d", "paid_not_shipped"] as const) {
    let n = 0;
    let after: string | undefined;
    for (;;) {
      const page = await store.segment(ctx.db, actor.workspaceId, s, now, { after, limit: 5000 });
      n += page.length;
      if (page.length < 5000) break;
      after = page.at(-1)?.id;
    }
    counts[s] = n;
  }
  return counts;
}
