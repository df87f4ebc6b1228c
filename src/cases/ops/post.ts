import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { notFound } from "../../core/errors.js";
import { classify } from "../../nlp/index.js";
import { casesStore as store } from "../store.js";
import { changed, event, now } from "./internal.js";

export interface PostUpdateInput {
  source: string;
  external_id: string;
  text?: string | undefined;
  removed?: boolean | undefined;
}

/** The customer's post changed (a listening tool tells us): the cases about it record how. */
export async function postUpdate(ctx: AppContext, actor: Actor, input: PostUpdateInput) {
  const rows = await store.casesByExternalId(ctx.db, actor.workspaceId, input.source, input.external_id);
  if (!rows.length) throw notFound("case for this post");
  const settings = input.text ? await ctx.services.accounts.settings(actor.workspaceId) : undefined;
  const shop = settings ? [settings.default_language, ...settings.languages] : undefined;
  for (const row of rows) {
    const status = input.removed
      ? "removed"
      : input.text !== undefined && input.text.trim() !== row.text.trim()
        ? "updated"
        : "unchanged";
    const tone = input.text
      ? classify({ text: input.text, language: row.language, languages: shop }).sentiment
      : null;
    await ctx.db.transaction().execute(async (trx) => {
      await store.update(trx, actor.workspaceId, row.id, { post_status: status, updated_at: now(ctx) });
      await event(
        ctx,
        trx,
        actor,
        row.id,
        "post.changed",
        status === "removed"
          ? "The customer removed the post"
          : status === "updated"
            ? `The customer updated the post (now ${tone})`
            : "The post is unchanged",
        { status, sentiment: tone, text: input.text },
      );
    });
    changed(ctx, actor.workspaceId, row.id, "post");
  }
  return { cases: rows.map((r) => r.id) };
}
