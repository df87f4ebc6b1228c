import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { conflict } from "../core/errors.js";
import type { CrisisRecord } from "../crises/schema.js";
import { type Lang, localize } from "../plan/default-plan/index.js";
import { createActions } from "./actions.js";
import { ensureDraft, resolvedCrisis } from "./ops/draft.js";
import { postmortem } from "./ops/postmortem.js";
import { type ReputationQuery, reputation } from "./ops/reputation.js";
import { eventSentences } from "./ops/timeline-context.js";
import { buildReport } from "./report.js";
import type { PostmortemPatch } from "./schema.js";
import { reviewStore as store } from "./store.js";
import type { PostmortemsTable } from "./tables.js";

export type ReviewService = ReturnType<typeof createReviewService>;
export const DRAFT_QUEUE = "review.draft";

const parseList = (s: string) => JSON.parse(s) as string[];

export function createReviewService(ctx: AppContext) {
  const db = ctx.db;
  const actions = createActions(ctx);

  return {
    actions,
    reputation: (actor: Actor, q: ReputationQuery, crisis?: CrisisRecord) =>
      reputation(ctx, actor, q, crisis),
    postmortem: (actor: Actor, crisisId: string, lang?: Lang) =>
      postmortem(ctx, actions, actor, crisisId, lang),
    /** A crisis's events said in `lang` (else the plan's language), for the room as for the post-mortem. */
    eventSentences: (
      workspaceId: string,
      events: readonly { kind: string; text: string; data: unknown }[],
      lang?: Lang,
    ) => eventSentences(ctx, workspaceId, events, lang),

    /** Drafts the post-mortem of a resolved crisis (idempotent); the resolution job calls it. */
    async draft(actor: Actor, crisisId: string) {
      const c = await resolvedCrisis(ctx, actor, crisisId);
      await ensureDraft(ctx, actor, c);
    },

    async update(actor: Actor, crisisId: string, patch: PostmortemPatch) {
      const c = await resolvedCrisis(ctx, actor, crisisId);
      const row = await ensureDraft(ctx, actor, c);
      if (patch.revision !== undefined && patch.revision !== row.revision)
        throw conflict(
          `${row.updated_by} changed this post-mortem (revision ${row.revision}); reload and edit again`,
          "revision",
        );
      const set: Partial<PostmortemsTable> = {
        updated_at: ctx.clock.now().toISOString(),
        updated_by: actor.label,
      };
      if (patch.summary !== undefined) set.summary = patch.summary;
      for (const k of ["causes", "contributing_factors", "went_well", "went_badly"] as const) {
        const v = patch[k];
        if (v !== undefined) set[k] = JSON.stringify(v);
      }
      if (patch.blameless !== undefined) set.blameless = patch.blameless ? 1 : 0;
      if (patch.status !== undefined) set.status = patch.status;
      if (!(await store.updatePostmortem(db, actor.workspaceId, crisisId, row.revision, set)))
        throw conflict("the post-mortem changed at the same moment; reload and edit again", "revision");
      ctx.bus.publish(actor.workspaceId, "postmortem.updated", { crisis_id: crisisId });
      return postmortem(ctx, actions, actor, crisisId);
    },

    /** Figures across crises for the board: per type, per quarter, drills beside real ones. */
    async report(
      actor: Actor,
      q: { since?: string | undefined; until?: string | undefined; lang?: Lang | undefined },
    ) {
      const crises: CrisisRecord[] = [];
      let cursor: string | undefined;
      do {
        // False alarms are no crises: they stay out of every figure (drills are counted apart).
        const page = await ctx.services.crises.list(actor, { limit: 200, cursor, declined: false });
        crises.push(...page.items);
        cursor = page.next_cursor ?? undefined;
      } while (cursor && crises.length < 10_000);
      const inRange = crises.filter(
        (c) => (!q.since || c.started_at >= q.since) && (!q.until || c.started_at < q.until),
      );
      const causes = new Map(
        (await store.postmortemsOf(db, actor.workspaceId)).map((p) => [p.crisis_id, parseList(p.causes)]),
      );
      const rec = await ctx.services.plan.record(actor.workspaceId);
      const lang = q.lang ?? rec.language;
      const typeName = (id: string) => {
        const t = rec.plan.crisisTypes.find((x) => x.id === id);
        return t ? localize(t.name, lang) : null;
      };
      return buildReport(inRange, causes, lang, q, ctx.clock.now(), typeName);
    },

    /** Unfinished action items, for the plan's next review. */
    async forPlanReview(actor: Actor) {
      const status = await ctx.services.plan.reviewStatus(actor.workspaceId);
      const items = await actions.list(actor, { status: "unfinished", limit: 1000 });
      return { next_review: status.next_review, items: items.items };
    },
  };
}
