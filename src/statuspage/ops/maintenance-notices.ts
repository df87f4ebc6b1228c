import type { AppContext } from "../../app/context.js";
import { formatForCustomer } from "../../core/zoned-time.js";
import { pick } from "../i18n.js";
import { MAINTENANCE_PHASES, type MaintenancePhase } from "../maintenance-words.js";
import { statusStore as store } from "../store.js";
import { mailSubscribers, notedText } from "./notify.js";

export const MAINTENANCE_QUEUE = "statuspage.maintenance";

export interface MaintenanceJob {
  maintenanceId: string;
  phase: MaintenancePhase;
}

type Db = Parameters<AppContext["jobs"]["enqueue"]>[3];

/**
 * A new window's three notices: now, at its start and at its end (the jobs wait in the queue, so a
 * restart loses none). Each job's key is the window and phase: queued twice, it runs once.
 */
export async function queueMaintenanceNotices(
  ctx: Pick<AppContext, "jobs">,
  m: { id: string; starts_at: string; ends_at: string },
  db?: Db,
) {
  const at: Record<Exclude<MaintenancePhase, "cancelled">, Date | undefined> = {
    scheduled: undefined,
    started: new Date(m.starts_at),
    completed: new Date(m.ends_at),
  };
  for (const [phase, runAt] of Object.entries(at)) {
    const payload: MaintenanceJob = { maintenanceId: m.id, phase: phase as MaintenancePhase };
    await ctx.jobs.enqueue(
      MAINTENANCE_QUEUE,
      payload,
      { key: `maintenance:${m.id}:${phase}`, ...(runAt ? { runAt } : {}) },
      db,
    );
  }
}

/**
 * Mails a window's phase to the confirmed subscribers, in their language with the window in the shop's
 * zone. A phase already overtaken says nothing (a window posted while running is not "scheduled", one a
 * stopped worker slept through is not "in progress"); a cancelled window says only that it is cancelled,
 * and only to subscribers who were on the list when its first notice went out.
 * `changed` redraws the page, whose components turn to "maintenance" and back at these moments.
 */
export async function notifyMaintenance(
  ctx: AppContext,
  job: MaintenanceJob,
  changed: (workspaceId: string) => Promise<void>,
) {
  const m = await store.maintenanceById(ctx.db, job.maintenanceId);
  if (!m) return;
  const now = ctx.clock.now().toISOString();
  if (job.phase !== "scheduled") await changed(m.workspace_id);
  if (job.phase === "cancelled" ? !m.cancelled_at || m.cancelled_at >= m.ends_at : m.cancelled_at) return;
  if (job.phase === "scheduled" && m.starts_at <= now) return;
  if (job.phase === "started" && m.ends_at <= now) return;
  // A cancellation is news only to those who heard of the window: none if no notice went out yet.
  if (job.phase === "cancelled" && !m.announced_at) return;
  if (job.phase === "scheduled" || job.phase === "started")
    await store.announceMaintenance(ctx.db, m.id, now);
  const title = JSON.parse(m.title) as Record<string, string>;
  const body = JSON.parse(m.body) as Record<string, string>;
  await mailSubscribers(
    ctx,
    m.workspace_id,
    `status-maintenance:${m.id}:${job.phase}`,
    (lang, settings) => {
      const o = { timeZone: settings.time_zone, language: lang };
      return {
        subject: `${pick(title, lang, settings.default_language)} — ${MAINTENANCE_PHASES[lang][job.phase]}`,
        when: `${formatForCustomer(m.starts_at, o)} – ${formatForCustomer(m.ends_at, o)}`,
        text: notedText(body, lang, settings),
      };
    },
    job.phase === "cancelled" ? (m.announced_at ?? undefined) : undefined,
  );
}
