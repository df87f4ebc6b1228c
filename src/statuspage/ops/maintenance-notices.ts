import type { AppContext } from "../../app/context.js";
import { isolate } from "../../core/text.js";
import { formatRangeForCustomer } from "../../core/zoned-time.js";
import { pick } from "../i18n.js";
import { MAINTENANCE_PHASES, type MaintenancePhase } from "../maintenance-words.js";
import { statusStore as store } from "../store.js";
import { mailSubscribers, notedText, otherLanguage } from "./notify.js";

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
  const at: Record<Exclude<MaintenancePhase, "cancelled" | "rescheduled">, Date | undefined> = {
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
 * A window moved: a "rescheduled" notice now, and start and end jobs at the new times (keyed by them,
 * so moving it back and forth queues each time once). The jobs left at the old times find the window
 * not yet begun or not yet over, and say nothing.
 */
export async function queueRescheduled(
  ctx: Pick<AppContext, "jobs">,
  m: { id: string; starts_at: string; ends_at: string },
  db?: Db,
) {
  const when = `${m.starts_at}/${m.ends_at}`;
  const jobs: [MaintenancePhase, Date | undefined][] = [
    ["rescheduled", undefined],
    ["started", new Date(m.starts_at)],
    ["completed", new Date(m.ends_at)],
  ];
  for (const [phase, runAt] of jobs)
    await ctx.jobs.enqueue(
      MAINTENANCE_QUEUE,
      { maintenanceId: m.id, phase } satisfies MaintenanceJob,
      { key: `maintenance:${m.id}:${phase}:${when}`, ...(runAt ? { runAt } : {}) },
      db,
    );
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
  if (job.phase === "started" && (m.ends_at <= now || m.starts_at > now)) return;
  // A job left at a window's old end (it was moved later) is not its end.
  if (job.phase === "completed" && m.ends_at > now) return;
  // A cancellation or a new time is news only to those who heard of the window: none if nobody did.
  const heard = job.phase === "cancelled" || job.phase === "rescheduled";
  if (heard && !m.announced_at) return;
  if (job.phase === "rescheduled" && m.ends_at <= now) return;
  if (job.phase === "scheduled" || job.phase === "started")
    await store.announceMaintenance(ctx.db, m.id, now);
  const title = JSON.parse(m.title) as Record<string, string>;
  const body = JSON.parse(m.body) as Record<string, string>;
  // One "rescheduled" mail per new time, however many jobs describe it.
  const moved = job.phase === "rescheduled" ? `:${m.starts_at}/${m.ends_at}` : "";
  await mailSubscribers(
    ctx,
    m.workspace_id,
    `status-maintenance:${m.id}:${job.phase}${moved}`,
    (lang, settings) => {
      const o = { timeZone: settings.time_zone, language: lang };
      return {
        subject: `${isolate(pick(title, lang, settings.default_language))} — ${MAINTENANCE_PHASES[lang][job.phase]}`,
        when: formatRangeForCustomer(m.starts_at, m.ends_at, o),
        text: notedText(body, lang, settings),
        passages: otherLanguage(body, lang, settings),
      };
    },
    heard ? (m.announced_at ?? undefined) : undefined,
  );
}
