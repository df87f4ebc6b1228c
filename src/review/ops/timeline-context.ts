import type { AppContext } from "../../app/context.js";
import { type Lang, localize } from "../../plan/default-plan/index.js";
import { sentenceOf, type TimelineContext } from "../timeline.js";

/**
 * What saying a crisis's events needs in `lang` (else the plan's language): the shop's zone and the
 * plan's crisis-type and role names in that language. The post-mortem and the crisis room share it.
 */
export async function timelineContext(
  ctx: Pick<AppContext, "services">,
  workspaceId: string,
  lang?: Lang,
): Promise<TimelineContext> {
  const [rec, settings] = await Promise.all([
    ctx.services.plan.record(workspaceId),
    ctx.services.accounts.settings(workspaceId),
  ]);
  const language = lang ?? rec.language;
  const plan = rec.plan;
  return {
    lang: language,
    timeZone: settings.time_zone,
    typeName: (id) => {
      const t = plan.crisisTypes.find((x) => x.id === id);
      return t ? localize(t.name, language) : null;
    },
    roleName: (id) => {
      const r = plan.roles.find((x) => x.id === id);
      return r ? localize(r.name, language) : null;
    },
  };
}

/** Each event's sentence in `lang` (else the plan's language), in order; see `sentenceOf`. */
export async function eventSentences(
  ctx: Pick<AppContext, "services">,
  workspaceId: string,
  events: readonly { kind: string; text: string; data: unknown }[],
  lang?: Lang,
): Promise<{ lang: Lang; sentences: string[] }> {
  const x = await timelineContext(ctx, workspaceId, lang);
  return { lang: x.lang, sentences: events.map((e) => sentenceOf(e, x)) };
}
