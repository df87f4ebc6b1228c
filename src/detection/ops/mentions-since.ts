import type { AppContext } from "../../app/context.js";
import type { FeedMention } from "../live.js";

const CATCHUP_LIMIT = 1000;

/**
 * The rounds' catch-up read: mentions received at or after `since`, by arrival, so a mention stamped
 * before the cursor (a feed's item, a day-stamped review) is read when it arrives. Without a cursor
 * there is nothing to catch up from: the newest page is plenty.
 */
export async function mentionsSince(
  ctx: AppContext,
  workspaceId: string,
  since: string | null,
  known: (id: string) => boolean = () => false,
): Promise<FeedMention[]> {
  if (since) {
    // Ids first, whole rows only for the ones this round has not seen: the overlap is mostly seen.
    const ids = await ctx.services.listening.mentionIdsReceivedSince(workspaceId, since, 100 * CATCHUP_LIMIT);
    return ctx.services.listening.mentionsByIds(
      workspaceId,
      ids.filter((id) => !known(id)),
    );
  }
  const page = await ctx.services.listening.list(workspaceId, {}, CATCHUP_LIMIT);
  return page.items.reverse();
}
