import { type CrisisStatus, STATUSES } from "../schema.js";
import { OPEN_STATUSES, crisesStore as store } from "../store.js";
import { loadMany, type OpCtx } from "./internal.js";

export interface ListInput {
  status?: CrisisStatus | "open" | undefined;
  drill?: boolean | undefined;
  type?: string | undefined;
  /** false: false alarms left out (the reports' real-crisis figures). */
  declined?: boolean | undefined;
  /** false: records without timeline and links (lighter lists). */
  timeline?: boolean | undefined;
  limit?: number;
  cursor?: string | undefined;
}

export async function listCrises(c: OpCtx, f: ListInput = {}) {
  const limit = f.limit ?? 50;
  const statuses =
    f.status === "open"
      ? OPEN_STATUSES
      : f.status
        ? [f.status]
        : f.declined === false
          ? STATUSES.filter((s) => s !== "declined")
          : undefined;
  const rows = await store.list(c.app.db, c.actor.workspaceId, {
    statuses,
    drill: f.drill,
    type: f.type,
    limit: limit + 1,
    before: f.cursor,
  });
  const page = rows.slice(0, limit);
  return {
    items: await loadMany(
      c.app,
      c.actor.workspaceId,
      page,
      c.app.clock.now().getTime(),
      f.timeline !== false,
    ),
    next_cursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
