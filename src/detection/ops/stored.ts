import type { AppContext } from "../../app/context.js";
import type { FeedMention } from "../live.js";

const DAY_MS = 86_400_000;
const PAGE = 1000;

/** Stored mentions from `since` to `until`, oldest first, a day at a time (the list pages newest first). */
export async function* storedMentions(ctx: AppContext, workspaceId: string, since: number, until: number) {
  for (let from = since; from < until; from += DAY_MS) {
    const to = Math.min(until, from + DAY_MS);
    const day: FeedMention[] = [];
    let cursor: string | undefined;
    do {
      const page = await ctx.services.listening.list(
        workspaceId,
        { since: new Date(from).toISOString(), until: new Date(to).toISOString() },
        PAGE,
        cursor,
      );
      day.push(...page.items);
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    day.sort((a, b) =>
      a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1,
    );
    yield* day;
  }
}
