import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { notFound } from "../core/errors.js";
import { type CrisisTypeId, LANGS, type Lang } from "../plan/default-plan/index.js";
import { PAGE_TEXT, pick } from "./i18n.js";
import type { I18n, IncidentStatus } from "./model.js";
import { statusStore as store } from "./store.js";

const isLang = (l: string): l is Lang => (LANGS as readonly string[]).includes(l);

/**
 * Texts the update editor offers for each language the shop speaks: for an incident of a crisis, the
 * plan's status update template of the crisis's type rendered for it; for `resolved`, the page's own
 * final word. The team reads and edits them before anything is sent; an incident without a crisis and
 * a template that fails to render offer nothing for that language (the editor then says it is missing).
 */
export async function suggestTexts(
  ctx: AppContext,
  actor: Actor,
  incidentId: string,
  status: IncidentStatus,
): Promise<{ texts: I18n; crisis_type: string | null }> {
  const inc = await store.incident(ctx.db, actor.workspaceId, incidentId);
  if (!inc) throw notFound("incident");
  const { languages, default_language } = await ctx.services.accounts.settings(actor.workspaceId);
  const langs = languages.filter(isLang);
  const texts: I18n = {};
  if (status === "resolved") {
    const title = JSON.parse(inc.title) as Record<string, string>;
    // A title not written in a language reads in the shop's own language first, English last.
    const fallback = isLang(default_language) ? default_language : "en";
    for (const l of langs) texts[l] = PAGE_TEXT[l].resolvedText.replace("{title}", pick(title, l, fallback));
    return { texts, crisis_type: null };
  }
  if (!inc.crisis_id) return { texts, crisis_type: null };
  const crisis = await ctx.services.crises.get(actor, inc.crisis_id);
  for (const l of langs) {
    const r = await ctx.services.comms
      .suggest(actor, {
        kind: "status_update",
        crisis_type: crisis.type as CrisisTypeId,
        crisis_id: crisis.id,
        language: l,
      })
      .catch((err: Error) => {
        ctx.log.warn({ err, language: l }, "status update template did not render");
        return null;
      });
    if (r?.body.trim()) texts[l] = r.body.trim();
  }
  return { texts, crisis_type: crisis.type };
}
