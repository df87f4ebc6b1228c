import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import type { Lang } from "../../plan/default-plan/index.js";
import type { CrisisEvent } from "../schema.js";

export const tags = ["crises"];
export const idParams = z.object({ id: z.string().min(1) });

/**
 * The records with each event's `sentence` in `lang` (else the plan's language): a Polish or German
 * team reads the room in its language. The post-mortem's renderer says them, through review's service.
 */
export async function withSentences<T extends { timeline: CrisisEvent[] }>(
  ctx: Pick<AppContext, "services">,
  workspaceId: string,
  records: T[],
  lang?: Lang,
): Promise<T[]> {
  const events = records.flatMap((r) => r.timeline);
  if (!events.length) return records;
  const { sentences } = await ctx.services.review.eventSentences(workspaceId, events, lang);
  let n = 0;
  return records.map((r) => ({
    ...r,
    timeline: r.timeline.map((e) => ({ ...e, sentence: sentences[n++] })),
  }));
}
