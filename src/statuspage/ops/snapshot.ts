import type { AppContext } from "../../app/context.js";
import { addDays, localDate } from "../../core/zoned-time.js";
import { LANGS, type Lang } from "../../plan/default-plan/index.js";
import { type Components, displayOrder, toRecord } from "../components.js";
import {
  type ComponentId,
  type ComponentState,
  IMPACT_STATE,
  type Impact,
  type IncidentStatus,
  type MaintenanceMove,
  type Snapshot,
  type SnapshotComponent,
  type SnapshotIncident,
  type SnapshotMaintenance,
  worst,
} from "../model.js";
import { statusStore as store } from "../store.js";
import type {
  StatusComponentsTable,
  StatusIncidentsTable,
  StatusMaintenanceTable,
  StatusUpdatesTable,
} from "../tables.js";
import { incidentQuotes } from "./quotes.js";

const DAY_MS = 86_400_000;
const INCIDENT_DAYS = 14;
/** Statuspage's `incidents.json` and `scheduled-maintenances.json` list the 50 latest, whatever their age. */
const HISTORY = 50;
const EPOCH = "1970-01-01T00:00:00.000Z";

export interface Workspace {
  id: string;
  slug: string;
  name: string;
  language: string;
  /** IANA zone every time on the page is shown in. */
  time_zone: string;
  /** The languages the shop writes its incident texts in. */
  languages: string[];
  /** The shop's logo and colour on its page (workspace settings), each null when unset. */
  brand: { logo_url: string | null; color: string | null };
  /** Where customers reach the page (workspace settings); null: this server's own address. */
  public_url: string | null;
}

const parse = <T>(s: string): T => JSON.parse(s) as T;
/** Monitoring is set up after the status page, and not at all in some tests. */
const monitoring = (ctx: AppContext) => ctx.services.monitoring as typeof ctx.services.monitoring | undefined;

async function uptime(
  ctx: AppContext,
  workspaceId: string,
  timeZone: string,
): Promise<Map<string, { days: { day: string; checks: number; up: number }[] }>> {
  const out = new Map<string, { days: { day: string; checks: number; up: number }[] }>();
  const m = monitoring(ctx);
  if (!m) return out;
  const monitors = (await m.states(workspaceId)).filter((s) => s.component);
  for (const mon of monitors) {
    // The shop's own days: "Today" turns over at its midnight, not UTC's.
    const u = await m.uptimeDaily(workspaceId, mon.id, 90, timeZone);
    const c = mon.component as string;
    const acc = out.get(c) ?? { days: u.days.map((d) => ({ day: d.day, checks: 0, up: 0 })) };
    u.days.forEach((d, i) => {
      const slot = acc.days[i];
      if (slot) {
        slot.checks += d.checks;
        slot.up += d.up;
      }
    });
    out.set(c, acc);
  }
  return out;
}

interface StateInputs {
  manual: StatusComponentsTable[];
  monitorStates: { component: string | null; state: string }[];
  incidents: { status: IncidentStatus; impact: Impact; components: ComponentId[] }[];
  maintenance: { active: boolean; components: ComponentId[] }[];
  bars: Map<string, { days: { day: string; checks: number; up: number }[] }>;
  noDays: { day: string; uptime: null }[];
}

/**
 * Each component's state: its own (set by hand), made worse by down monitors and open incidents,
 * "maintenance" in an active window; groups after their components.
 */
function componentStates({ manual, monitorStates, incidents, maintenance, bars, noDays }: StateInputs) {
  const base = (row: (typeof manual)[number]) => {
    const r = toRecord(row);
    return {
      id: r.id,
      name: r.name,
      group: r.group,
      group_id: r.group_id,
      position: r.position,
      note: r.note,
    };
  };
  const items: SnapshotComponent[] = manual
    .filter((r) => r.is_group !== 1)
    .map((row) => {
      const id = row.component;
      let state = row.state as ComponentState;
      const mons = monitorStates.filter((s) => s.component === id);
      const down = mons.filter((s) => s.state === "down").length;
      if (down > 0) state = worst(state, down === mons.length ? "major_outage" : "partial_outage");
      for (const i of incidents)
        if (i.status !== "resolved" && i.components.includes(id))
          state = worst(state, IMPACT_STATE[i.impact]);
      if (state === "operational" && maintenance.some((m) => m.active && m.components.includes(id)))
        state = "maintenance";
      const u = bars.get(id);
      const checks = u?.days.reduce((s, d) => s + d.checks, 0) ?? 0;
      const up = u?.days.reduce((s, d) => s + d.up, 0) ?? 0;
      const days = u?.days.map((d) => ({ day: d.day, uptime: d.checks ? d.up / d.checks : null })) ?? noDays;
      return { ...base(row), state, uptime_90d: checks ? up / checks : null, days };
    });
  // A group shows the worst state of its components and the mean of their uptimes.
  const groups: SnapshotComponent[] = manual
    .filter((r) => r.is_group === 1)
    .map((row) => {
      const kids = items.filter((c) => c.group_id === row.component);
      const summed = kids.filter((k) => k.uptime_90d !== null);
      return {
        ...base(row),
        state: kids.reduce<ComponentState>((s, k) => worst(s, k.state), "operational"),
        uptime_90d: summed.length
          ? summed.reduce((s, k) => s + (k.uptime_90d ?? 0), 0) / summed.length
          : null,
        days: noDays,
      };
    });
  return displayOrder([...groups, ...items]);
}

/** What the public page shows now, from the store (the caller caches it). */
export async function buildSnapshot(
  ctx: AppContext,
  comps: Pick<Components, "ensure">,
  ws: Workspace,
): Promise<Snapshot> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  await comps.ensure(ws.id);
  const since = new Date(now.getTime() - INCIDENT_DAYS * DAY_MS).toISOString();
  const [manual, recentRows, latestRows, openRows, maintRows, pastRows, cancelledRows, bars, monitorStates] =
    await Promise.all([
      store.components(ctx.db, ws.id),
      store.incidents(ctx.db, ws.id, since, 50),
      store.latestIncidents(ctx.db, ws.id, HISTORY),
      store.openIncidents(ctx.db, ws.id),
      store.maintenance(ctx.db, ws.id, nowIso),
      store.maintenanceEnded(ctx.db, ws.id, EPOCH, nowIso),
      store.maintenanceCancelled(ctx.db, ws.id, since, nowIso),
      uptime(ctx, ws.id, ws.time_zone),
      monitoring(ctx)?.states(ws.id) ?? Promise.resolve([]),
    ]);
  const today = localDate(now, ws.time_zone);
  const noDays = Array.from({ length: 90 }, (_, k) => ({ day: addDays(today, k - 89), uptime: null }));
  const { incidents, history } = await withUpdates(ctx, [...openRows, ...recentRows], latestRows);
  const quotes = await incidentQuotes(ctx, ws.id, [...openRows, ...recentRows]);
  const maintenance = maintRows.map((m) => maintenanceOf(m, nowIso));
  const ended = pastRows.map((m) => maintenanceOf(m, nowIso));
  const components = componentStates({ manual, monitorStates, incidents, maintenance, bars, noDays });
  // An open incident that names no component (or only deleted ones) still is one: the headline above
  // it must not say everything works.
  const status = incidents
    .filter((i) => i.status !== "resolved")
    .reduce<ComponentState>(
      (s, i) => worst(s, IMPACT_STATE[i.impact]),
      components.reduce<ComponentState>((s, c) => worst(s, c.state), "operational"),
    );
  const lang = (LANGS as readonly string[]).includes(ws.language) ? (ws.language as Lang) : "en";
  return {
    workspace: {
      slug: ws.slug,
      name: ws.name,
      language: lang,
      time_zone: ws.time_zone,
      languages: ws.languages.filter((l): l is Lang => (LANGS as readonly string[]).includes(l)),
      brand: ws.brand,
    },
    url: ws.public_url ?? `${ctx.config.publicUrl}/status/${ws.slug}`,
    generated_at: nowIso,
    status,
    components,
    incidents,
    quotes,
    maintenance,
    // The 50 latest ended windows, newest first: those of the last 14 days are their head.
    ended_maintenance: ended.filter((m) => m.ends_at > since),
    history: { incidents: history, ended_maintenance: ended },
    cancelled_maintenance: cancelledRows.map((m) => ({
      ...maintenanceOf(m, nowIso),
      cancelled_at: m.cancelled_at ?? nowIso,
    })),
  };
}

/**
 * The page's incidents (the last 14 days and every open one) and v2's history (the 50 latest and every
 * open one, newest first), each with its updates, read in one query.
 */
async function withUpdates(
  ctx: AppContext,
  recent: StatusIncidentsTable[],
  latest: StatusIncidentsTable[],
): Promise<{ incidents: SnapshotIncident[]; history: SnapshotIncident[] }> {
  const rows = new Map([...latest, ...recent].map((r) => [r.id, r]));
  const updates = new Map<string, StatusUpdatesTable[]>();
  for (const u of await store.updatesOf(ctx.db, [...rows.keys()])) {
    const list = updates.get(u.incident_id);
    if (list) list.push(u);
    else updates.set(u.incident_id, [u]);
  }
  const newestFirst = (list: StatusIncidentsTable[]) =>
    [...new Map(list.map((r) => [r.id, r])).values()].sort((a, b) =>
      b.created_at.localeCompare(a.created_at),
    );
  // Each incident read once, whichever lists it is on.
  const read = new Map([...rows.values()].map((r) => [r.id, incidentOf(r, updates.get(r.id) ?? [])]));
  const of = (i: StatusIncidentsTable) => read.get(i.id) as SnapshotIncident;
  // An open incident older than the 50 latest is still listed, as Statuspage's "includes all unresolved";
  // and on the page, however many were opened and resolved since.
  const open = recent.filter((r) => r.resolved_at === null);
  return { incidents: newestFirst(recent).map(of), history: newestFirst([...latest, ...open]).map(of) };
}

function incidentOf(i: StatusIncidentsTable, updates: StatusUpdatesTable[]): SnapshotIncident {
  return {
    id: i.id,
    title: parse<Record<string, string>>(i.title),
    status: i.status as IncidentStatus,
    impact: i.impact as Impact,
    components: parse<ComponentId[]>(i.components),
    created_at: i.created_at,
    updated_at: i.updated_at,
    resolved_at: i.resolved_at,
    updates: updates.map((u) => ({
      id: u.id,
      status: u.status as IncidentStatus,
      body: parse<Record<string, string>>(u.body),
      published_at: u.published_at,
    })),
  };
}

function maintenanceOf(m: StatusMaintenanceTable, nowIso: string): SnapshotMaintenance {
  return {
    id: m.id,
    title: parse<Record<string, string>>(m.title),
    body: parse<Record<string, string>>(m.body),
    components: parse<ComponentId[]>(m.components),
    starts_at: m.starts_at,
    ends_at: m.ends_at,
    active: m.starts_at <= nowIso,
    created_at: m.created_at,
    ...(m.moves ? { moves: parse<MaintenanceMove[]>(m.moves) } : {}),
  };
}
