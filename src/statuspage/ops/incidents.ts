import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { invalid, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Lang } from "../../plan/default-plan/index.js";
import type { Components } from "../components.js";
import { pick } from "../i18n.js";
import type { ComponentId, I18n, Impact, IncidentStatus } from "../model.js";
import { statusStore as store } from "../store.js";

export const NOTIFY_QUEUE = "statuspage.notify";

export const clean = (t: I18n): I18n =>
  Object.fromEntries(Object.entries(t).filter(([, v]) => typeof v === "string" && v.trim() !== "")) as I18n;

export interface IncidentInput {
  title: I18n;
  status?: IncidentStatus | undefined;
  impact?: Impact | undefined;
  components?: ComponentId[] | undefined;
  body: I18n;
  crisis_id?: string | null | undefined;
}

export interface UpdateInput {
  status: IncidentStatus;
  body: I18n;
  impact?: Impact | undefined;
  components?: ComponentId[] | undefined;
}

/**
 * Customers read the page in every language the shop speaks: a text missing in one of them is
 * refused (400 naming `body.<lang>`) rather than shown in another language by surprise.
 */
export async function requireLanguages(ctx: AppContext, workspaceId: string, t: I18n, field: string) {
  const { languages } = await ctx.services.accounts.settings(workspaceId);
  const missing = languages.filter((l) => !t[l as Lang]?.trim());
  if (missing.length)
    throw invalid(
      `the shop writes to customers in ${languages.join(", ")}: give the ${field} in ${missing.join(", ")} too`,
      `${field}.${missing[0]}`,
    );
}

/**
 * Incidents and their updates: what the team writes on the page. `changed` is the
 * service's single after-write hook (renderings dropped, live views told, static copy refreshed).
 */
export function createIncidentOps(
  ctx: AppContext,
  components: Components,
  changed: (workspaceId: string) => Promise<void>,
) {
  const db = ctx.db;

  async function publish(actor: Actor, incidentId: string, input: UpdateInput, crisisId: string | null) {
    const at = ctx.clock.now().toISOString();
    const id = newId();
    const body = clean(input.body);
    await requireLanguages(ctx, actor.workspaceId, body, "body");
    if (input.components) await components.requireKnown(actor.workspaceId, input.components, "components");
    await db.transaction().execute(async (trx) => {
      await store.insertUpdate(trx, {
        id,
        workspace_id: actor.workspaceId,
        incident_id: incidentId,
        status: input.status,
        body: JSON.stringify(body),
        created_by: actor.label,
        published_at: at,
      });
      await store.updateIncident(
        trx,
        actor.workspaceId,
        incidentId,
        {
          status: input.status,
          updated_at: at,
          ...(input.impact ? { impact: input.impact } : {}),
          ...(input.components ? { components: JSON.stringify(input.components) } : {}),
        },
        input.status === "resolved" ? at : null,
      );
      await ctx.jobs.enqueue(NOTIFY_QUEUE, { updateId: id }, { key: `notify:${id}` }, trx);
      await ctx.services.webhooks.emit(
        actor.workspaceId,
        "status.published",
        {
          incident_id: incidentId,
          update_id: id,
          status: input.status,
          body,
          published_at: at,
          crisis_id: crisisId,
        },
        { db: trx },
      );
    });
    if (crisisId) {
      await ctx.services.crises.addEvent(actor, crisisId, {
        kind: "status.published",
        text: `Status page: ${pick(body as Record<string, string>, "en")}`,
        data: { incident_id: incidentId, update_id: id, status: input.status, body },
        key: `status-update:${id}`,
        public: true,
        at,
      });
    }
    ctx.bus.publish(actor.workspaceId, "status.published", { incident_id: incidentId, update_id: id });
    await changed(actor.workspaceId);
    return { id, incident_id: incidentId, status: input.status, body, published_at: at };
  }

  /** Opens an incident with its first update (the first public word, when it belongs to a crisis). */
  async function openIncident(actor: Actor, input: IncidentInput) {
    if (input.crisis_id) await ctx.services.crises.get(actor, input.crisis_id);
    await requireLanguages(ctx, actor.workspaceId, clean(input.title), "title");
    await requireLanguages(ctx, actor.workspaceId, clean(input.body), "body");
    await components.requireKnown(actor.workspaceId, input.components ?? [], "components");
    const at = ctx.clock.now().toISOString();
    const id = newId();
    await store.insertIncident(db, {
      id,
      workspace_id: actor.workspaceId,
      crisis_id: input.crisis_id ?? null,
      title: JSON.stringify(clean(input.title)),
      status: input.status ?? "investigating",
      impact: input.impact ?? "minor",
      components: JSON.stringify(input.components ?? []),
      created_at: at,
      updated_at: at,
      resolved_at: null,
    });
    const update = await publish(
      actor,
      id,
      { status: input.status ?? "investigating", body: input.body },
      input.crisis_id ?? null,
    );
    return { id, update };
  }

  async function publishUpdate(actor: Actor, incidentId: string, input: UpdateInput) {
    const inc = await store.incident(db, actor.workspaceId, incidentId);
    if (!inc) throw notFound("incident");
    return publish(actor, incidentId, input, inc.crisis_id);
  }

  /** The crisis's incident if it has one, else a new one: what the composer's "publish" does. */
  async function publishForCrisis(actor: Actor, crisisId: string, input: IncidentInput) {
    const inc = await store.incidentOfCrisis(db, actor.workspaceId, crisisId);
    if (inc && !inc.resolved_at) {
      const update = await publish(
        actor,
        inc.id,
        { status: input.status ?? (inc.status as IncidentStatus), body: input.body },
        crisisId,
      );
      return { id: inc.id, update };
    }
    return openIncident(actor, { ...input, crisis_id: crisisId });
  }

  return { openIncident, publishUpdate, publishForCrisis };
}
