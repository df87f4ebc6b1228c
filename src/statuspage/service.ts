import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { newId } from "../core/ids.js";
import type { Lang } from "../plan/default-plan/index.js";
import { createComponents } from "./components.js";
import type { ComponentId, ComponentState, I18n, IncidentStatus } from "./model.js";
import { createIncidentOps, NOTIFY_QUEUE } from "./ops/incidents.js";
import {
  cancelMaintenance,
  type MaintenanceInput,
  rescheduleMaintenance,
  scheduleMaintenance,
} from "./ops/maintenance.js";
import { MAINTENANCE_QUEUE, type MaintenanceJob, notifyMaintenance } from "./ops/maintenance-notices.js";
import { notifySubscribers } from "./ops/notify.js";
import {
  confirm,
  linkWorks,
  listSubscribers,
  subscribe,
  subscriberLanguage,
  subscriberPage,
  unsubscribe,
} from "./ops/subscriptions.js";
import { createStatusPages } from "./page.js";
import { resolveForCrisis, resolvePreview } from "./resolve.js";
import { suggestTexts } from "./suggest.js";

export type { IncidentInput, UpdateInput } from "./ops/incidents.js";
export { NOTIFY_QUEUE };
export const EXPORT_QUEUE = "statuspage.export";

export type StatusPageService = ReturnType<typeof createStatusPageService>;

export function createStatusPageService(ctx: AppContext) {
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

  ctx.jobs.register<{ updateId: string }>(NOTIFY_QUEUE, ({ updateId }) => notifySubscribers(ctx, updateId));
  ctx.jobs.register<MaintenanceJob>(MAINTENANCE_QUEUE, (job) => notifyMaintenance(ctx, job, changed));

  const incidents = createIncidentOps(ctx, components, changed);
  const maintenanceDeps = { ctx, components, changed };

  const service = {
    pages,
    /** The shop's own components and groups: see ./components.ts. */
    components,

    setComponent: (actor: Actor, component: ComponentId, state: ComponentState, note: string | null) =>
      components.setState(actor, component, state, note),

    snapshot: (actor: Actor) => pages.snapshot(actor.workspaceId),

    /** Opens an incident with its first update (the first public word, when it belongs to a crisis). */
    openIncident: incidents.openIncident,
    publishUpdate: incidents.publishUpdate,
    /** The crisis's incident if it has one, else a new one: what the composer's "publish" does. */
    publishForCrisis: incidents.publishForCrisis,
    scheduleMaintenance: (actor: Actor, input: MaintenanceInput) =>
      scheduleMaintenance(maintenanceDeps, actor, input),
    cancelMaintenance: (actor: Actor, id: string) => cancelMaintenance(maintenanceDeps, actor, id),
    rescheduleMaintenance: (actor: Actor, id: string, input: { starts_at: string; ends_at: string }) =>
      rescheduleMaintenance(maintenanceDeps, actor, id, input),

    subscribers: (actor: Actor) => listSubscribers(ctx, actor),
    /** Double opt-in: the address gets a confirmation link; nothing else until it is followed. */
    subscribe: (workspaceId: string, email: string, lang: Lang) => subscribe(ctx, workspaceId, email, lang),
    confirm: (token: string) => confirm(ctx, token),
    unsubscribe: (token: string) => unsubscribe(ctx, token),
    subscriberLanguage: (token: string, fallback?: Lang) => subscriberLanguage(ctx, token, fallback),
    linkWorks: (token: string, action: "confirm" | "unsubscribe") => linkWorks(ctx, token, action),
    subscriberPage: (token: string, lang: Lang) => subscriberPage(ctx, token, lang),

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
