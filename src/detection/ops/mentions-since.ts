import type { AppContext } from "../../app/context.js";
import type { FeedMention } from "../live.js";

const CATCHUP_LIMIT = 1000;

/** Mentions with data time >= since, oldest first (the rounds' catch-up read). */
export async function mentionsSince(
  ctx: AppContext,
  workspaceId: string,
  since: string | null,
  known?: (id: string) => boolean,
): Promise<FeedMention[]> {
  if (since && known) {
    // Ids first, whole rows only for the ones this round has not seen: the overlap is mostly seen.
    const ids = await ctx.services.listening.mentionIdsSince(workspaceId, since, 100 * CATCHUP_LIMIT);
    return ctx.services.listening.mentionsByIds(
      workspaceId,
      ids.filter((id) => !known(id)),
    );
  }
  // The listening service pages newest first; catch-up wants oldest first.
  const out: FeedMention[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await ctx.services.listening.list(
      workspaceId,
      since ? { since } : {},
      CATCHUP_LIMIT,
      cursor,
    );
    out.push(...page.items);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
    // Without a cursor position there is nothing to catch up from: the newest page is plenty.
    if (!since) break;
  }
  return out.reverse();
}
