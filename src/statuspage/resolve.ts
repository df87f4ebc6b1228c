import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { PAGE_TEXT, pick } from "./i18n.js";
import type { ComponentId, ComponentState, I18n, IncidentStatus } from "./model.js";
import { statusStore as store } from "./store.js";

/** What the service lends these operations (they publish the way every update is published). */
export interface ResolveDeps {
  publishUpdate(
    actor: Actor,
    incidentId: string,
    input: { status: IncidentStatus; body: I18n; components?: ComponentId[] | undefined },
  ): Promise<{ id: string }>;
  setComponent(
    actor: Actor,
    component: ComponentId,
    state: ComponentState,
    note: string | null,
  ): Promise<void>;
  snapshot(actor: Actor): Promise<{
    workspace: { language: Lang };
    components: { id: string; name: I18n; state: ComponentState }[];
  }>;
}

export interface ResolvePreview {
  incident_id: string;
  title: I18n;
  /** Every language the incident spoke and the shop speaks, each with the final text that goes out. */
  texts: I18n;
  /** Components the page shows as not operational now that this resolve turns operational. */
  components: string[];
  /** Their names in the shop's default language, for the room's confirmation. */
  component_names: string[];
}

const parse = (s: string) => JSON.parse(s) as Record<string, string>;
const isLang = (l: string): l is Lang => (LANGS as readonly string[]).includes(l);

/** The crisis's incident still open on the page, with what resolving it would post and move. */
export async function resolvePreview(
  ctx: AppContext,
  deps: ResolveDeps,
  actor: Actor,
  crisisId: string,
): Promise<ResolvePreview | null> {
  const inc = await store.incidentOfCrisis(ctx.db, actor.workspaceId, crisisId);
  if (!inc || inc.resolved_at) return null;
  const title = parse(inc.title);
  const used = new Set(Object.keys(title));
  for (const u of await store.updatesOf(ctx.db, [inc.id]))
    for (const l of Object.keys(parse(u.body))) used.add(l);
  // Every language the shop speaks now, too: the final word must reach all its customers.
  const settings = await ctx.services.accounts.settings(actor.workspaceId);
  for (const l of settings.languages) used.add(l);
  const texts: I18n = {};
  // A title not written in a language reads in the shop's own language first, English last.
  const fallback = isLang(settings.default_language) ? settings.default_language : "en";
  for (const l of [...used].filter(isLang))
    texts[l] = PAGE_TEXT[l].resolvedText.replace("{title}", pick(title, l, fallback));
  const mine = new Set(JSON.parse(inc.components) as string[]);
  const snap = await deps.snapshot(actor);
  const moved = snap.components.filter((c) => mine.has(c.id) && c.state !== "operational");
  return {
    incident_id: inc.id,
    title,
    texts,
    components: moved.map((c) => c.id),
    component_names: moved.map(
      (c) => pick(c.name as Record<string, string>, snap.workspace.language, snap.workspace.language) || c.id,
    ),
  };
}

/**
 * Resolve means resolved in public: the final update goes out in every language the incident used
 * (the team's edited texts where given, else the page's resolved text), and its components return
 * to operational, a state set by hand included. Returns what it did, or null without an open incident.
 */
export async function resolveForCrisis(
  ctx: AppContext,
  deps: ResolveDeps,
  actor: Actor,
  crisisId: string,
  edited: I18n = {},
) {
  const preview = await resolvePreview(ctx, deps, actor, crisisId);
  if (!preview) return null;
  const body: I18n = { ...preview.texts };
  for (const [l, t] of Object.entries(edited)) if (isLang(l) && t?.trim()) body[l] = t.trim();
  const inc = await store.incident(ctx.db, actor.workspaceId, preview.incident_id);
  const components = inc ? (JSON.parse(inc.components) as ComponentId[]) : [];
  // The rows the shop has now: a component removed since the incident opened is skipped.
  const rows = await store.components(ctx.db, actor.workspaceId);
  for (const c of rows)
    if (c.is_group !== 1 && components.includes(c.component) && c.state !== "operational")
      await deps.setComponent(actor, c.component, "operational", null);
  const update = await deps.publishUpdate(actor, preview.incident_id, { status: "resolved", body });
  return {
    incident_id: preview.incident_id,
    update_id: update.id,
    languages: Object.keys(body),
    components_operational: preview.components,
  };
}
