import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { invalid, notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { newLinkToken, openSecret } from "../core/secrets.js";
import { formatForCustomer } from "../core/zoned-time.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { createComponents } from "./components.js";
import { PAGE_TEXT, pick } from "./i18n.js";
import type { ComponentId, ComponentState, I18n, Impact, IncidentStatus } from "./model.js";
import { createStatusPages } from "./page.js";
import { resolveForCrisis, resolvePreview } from "./resolve.js";
import { statusStore as store } from "./store.js";
import { suggestTexts } from "./suggest.js";

export const NOTIFY_QUEUE = "statuspage.notify";
export const EXPORT_QUEUE = "statuspage.export";

export type StatusPageService = ReturnType<typeof createStatusPageService>;

const clean = (t: I18n): I18n =>
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

export function createStatusPageService(ctx: AppContext) {
  const db = ctx.db;
  const exportDir = process.env["FIREBREAK_STATUS_EXPORT_DIR"];
  const components = createComponents(ctx, changed);
  const pages = createStatusPages(ctx, components);

  /** Every write ends here: renderings dropped, live views told, the static copy refreshed. */
  async function changed(workspaceId: string) {
    pages.invalidate(workspaceId);
    ctx.bus.publish(workspaceId, "status.changed", {});
    if (exportDir) await ctx.jobs.enqueue(EXPORT_QUEUE, { workspaceId }, { key: `export:${newId()}` });
  }

  // Name, time zone or languages changed in the settings: the page says them.
  ctx.bus.subscribe("workspace.changed", (e) => pages.invalidate(e.workspaceId));

  ctx.bus.subscribe<{ component?: string | null }>("monitor.state", (e) => {
    pages.invalidate(e.workspaceId);
    if (exportDir)
      void ctx.jobs.enqueue(EXPORT_QUEUE, { workspaceId: e.workspaceId }, { key: `export:${newId()}` });
  });

  ctx.jobs.register<{ workspaceId: string }>(
    EXPORT_QUEUE,
    async ({ workspaceId }) => {
      if (exportDir) await pages.exportTo(exportDir, workspaceId);
    },
    { concurrency: 1 },
  );

  ctx.jobs.register<{ updateId: string }>(NOTIFY_QUEUE, async ({ updateId }) => {
    const u = await store.update(db, updateId);
    if (!u) return;
    const incident = await store.incident(db, u.workspace_id, u.incident_id);
    if (!incident) return;
    const ws = await ctx.services.accounts.workspace(u.workspace_id);
    const settings = await ctx.services.accounts.settings(u.workspace_id);
    const title = JSON.parse(incident.title) as Record<string, string>;
    const body = JSON.parse(u.body) as Record<string, string>;
    for (const sub of await store.subscribers(db, u.workspace_id, true)) {
      const lang = (sub.language in PAGE_TEXT ? sub.language : settings.default_language) as Lang;
      const t = PAGE_TEXT[lang];
      const unsubscribe = `${ctx.config.publicUrl}/status/unsubscribe?token=${openSecret(sub.token)}`;
      const when = formatForCustomer(u.published_at, { timeZone: settings.time_zone, language: lang });
      const text = pick(body, lang, settings.default_language);
      await ctx.services.mail.send(
        {
          workspaceId: u.workspace_id,
          to: sub.email,
          subject: `[${settings.name}] ${pick(title, lang, settings.default_language)} — ${t.statuses[u.status] ?? u.status}`,
          text: `${when}\n\n${text}\n\n${ctx.config.publicUrl}/status/${ws.slug}?lang=${lang}\n\n${t.unsubscribe}: ${unsubscribe}\n`,
          listUnsubscribe: unsubscribe,
        },
        { key: `status-update:${u.id}:${sub.id}` },
      );
    }
  });

  /**
   * Customers read the page in every language the shop speaks: a text missing in one of them is
   * refused (400 naming `body.<lang>`) rather than shown in another language by surprise.
   */
  async function requireLanguages(workspaceId: string, t: I18n, field: string) {
    const { languages } = await ctx.services.accounts.settings(workspaceId);
    const missing = languages.filter((l) => !t[l as Lang]?.trim());
    if (missing.length)
      throw invalid(
        `the shop writes to customers in ${languages.join(", ")}: give the ${field} in ${missing.join(", ")} too`,
        `${field}.${missing[0]}`,
      );
  }

  async function publish(actor: Actor, incidentId: string, input: UpdateInput, crisisId: string | null) {
    const at = ctx.clock.now().toISOString();
    const id = newId();
    const body = clean(input.body);
    await requireLanguages(actor.workspaceId, body, "body");
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
      await store.updateIncident(trx, actor.workspaceId, incidentId, {
        status: input.status,
        updated_at: at,
        resolved_at: input.status === "resolved" ? at : null,
        ...(input.impact ? { impact: input.impact } : {}),
        ...(input.components ? { components: JSON.stringify(input.components) } : {}),
      });
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
        data: { incident_id: incidentId, update_id: id },
        key: `status-update:${id}`,
        public: true,
        at,
      });
    }
    ctx.bus.publish(actor.workspaceId, "status.published", { incident_id: incidentId, update_id: id });
    await changed(actor.workspaceId);
    return { id, incident_id: incidentId, status: input.status, body, published_at: at };
  }

  const service = {
    pages,
    /** The shop's own components and groups: see ./components.ts. */
    components,

    setComponent: (actor: Actor, component: ComponentId, state: ComponentState, note: string | null) =>
      components.setState(actor, component, state, note),

    snapshot: (actor: Actor) => pages.snapshot(actor.workspaceId),

    /** Opens an incident with its first update (the first public word, when it belongs to a crisis). */
    async openIncident(actor: Actor, input: IncidentInput) {
      if (input.crisis_id) await ctx.services.crises.get(actor, input.crisis_id);
      await requireLanguages(actor.workspaceId, clean(input.title), "title");
      await requireLanguages(actor.workspaceId, clean(input.body), "body");
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
    },

    async publishUpdate(actor: Actor, incidentId: string, input: UpdateInput) {
      const inc = await store.incident(db, actor.workspaceId, incidentId);
      if (!inc) throw notFound("incident");
      return publish(actor, incidentId, input, inc.crisis_id);
    },

    /** The crisis's incident if it has one, else a new one: what the composer's "publish" does. */
    async publishForCrisis(actor: Actor, crisisId: string, input: IncidentInput) {
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
      return this.openIncident(actor, { ...input, crisis_id: crisisId });
    },

    async scheduleMaintenance(
      actor: Actor,
      input: { title: I18n; body: I18n; components: ComponentId[]; starts_at: string; ends_at: string },
    ) {
      if (input.ends_at <= input.starts_at) throw invalid("the end must be after the start", "ends_at");
      await components.requireKnown(actor.workspaceId, input.components, "components");
      const id = newId();
      await store.insertMaintenance(db, {
        id,
        workspace_id: actor.workspaceId,
        title: JSON.stringify(clean(input.title)),
        body: JSON.stringify(clean(input.body)),
        components: JSON.stringify(input.components),
        starts_at: new Date(input.starts_at).toISOString(),
        ends_at: new Date(input.ends_at).toISOString(),
        cancelled_at: null,
        created_at: ctx.clock.now().toISOString(),
      });
      await changed(actor.workspaceId);
      return { id };
    },

    async cancelMaintenance(actor: Actor, id: string) {
      const r = await store.cancelMaintenance(db, actor.workspaceId, id, ctx.clock.now().toISOString());
      if (!Number(r.numUpdatedRows)) throw notFound("maintenance");
      await changed(actor.workspaceId);
    },

    async subscribers(actor: Actor) {
      return (await store.subscribers(db, actor.workspaceId, false)).map(
        ({ token: _t, token_hash: _h, workspace_id: _w, ...s }) => s,
      );
    },

    /** Double opt-in: the address gets a confirmation link; nothing else until it is followed. */
    async subscribe(workspaceId: string, email: string, lang: Lang) {
      const address = email.trim().toLowerCase();
      let sub = await store.subscriberByEmail(db, workspaceId, address);
      if (!sub) {
        await store.insertSubscriber(db, {
          id: newId(),
          workspace_id: workspaceId,
          email: address,
          language: LANGS.includes(lang) ? lang : "en",
          ...newLinkToken(),
          created_at: ctx.clock.now().toISOString(),
          confirmed_at: null,
          unsubscribed_at: null,
        });
        sub = await store.subscriberByEmail(db, workspaceId, address);
      } else if (sub.unsubscribed_at) {
        await store.setSubscriber(db, sub.id, {
          unsubscribed_at: null,
          confirmed_at: null,
          ...newLinkToken(),
        });
        sub = await store.subscriberByEmail(db, workspaceId, address);
      }
      if (!sub || sub.confirmed_at) return;
      const ws = await ctx.services.accounts.workspace(workspaceId);
      const link = `${ctx.config.publicUrl}/status/confirm?token=${openSecret(sub.token)}`;
      const t = PAGE_TEXT[sub.language as Lang] ?? PAGE_TEXT.en;
      await ctx.services.mail.send(
        {
          workspaceId,
          to: address,
          subject: `[${ws.name}] ${t.subscribe}`,
          text: `${t.confirmIntro.replace("{name}", ws.name)}\n\n${link}\n\n${t.confirmIgnore}\n`,
        },
        { key: `status-confirm:${sub.id}:${sub.token_hash}` },
      );
    },

    async confirm(token: string): Promise<boolean> {
      const sub = await store.subscriberByToken(db, token);
      if (!sub || sub.unsubscribed_at) return false;
      if (!sub.confirmed_at)
        await store.setSubscriber(db, sub.id, { confirmed_at: ctx.clock.now().toISOString() });
      return true;
    },

    async unsubscribe(token: string): Promise<boolean> {
      const sub = await store.subscriberByToken(db, token);
      if (!sub) return false;
      if (!sub.unsubscribed_at)
        await store.setSubscriber(db, sub.id, { unsubscribed_at: ctx.clock.now().toISOString() });
      return true;
    },

    exportTo: (dir: string, workspaceId: string) => pages.exportTo(dir, workspaceId),

    /** What the update editor pre-fills for the shop's languages: see ./suggest.ts. */
    suggestTexts: (actor: Actor, incidentId: string, status: IncidentStatus) =>
      suggestTexts(ctx, actor, incidentId, status),

    /** What resolving this crisis would post on the status page and turn operational (null: nothing open). */
    resolvePreview: (actor: Actor, crisisId: string) => resolvePreview(ctx, service, actor, crisisId),
    /** The final public word of a resolved crisis: see ./resolve.ts. */
    resolveForCrisis: (actor: Actor, crisisId: string, edited?: I18n) =>
      resolveForCrisis(ctx, service, actor, crisisId, edited),
  };
  return service;
}
