import type { Lang } from "../plan/default-plan/index.js";
import { PAGE_TEXT, pick } from "./i18n.js";
import { MAINTENANCE_PHASES } from "./maintenance-words.js";
import type { ComponentState, Snapshot, SnapshotIncident, SnapshotMaintenance } from "./model.js";

/**
 * The public page in Atlassian Statuspage's public API v2 shapes, so aggregators (StatusGator, IsDown),
 * widgets and other shops' provider monitors read a Firebreak page like any Statuspage page.
 */

export const V2_COMPONENT_STATUSES = [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
] as const;
export type V2ComponentStatus = (typeof V2_COMPONENT_STATUSES)[number];
export const V2_INDICATORS = ["none", "minor", "major", "critical"] as const;
export type V2Indicator = (typeof V2_INDICATORS)[number];

const COMPONENT_STATUS: Record<ComponentState, V2ComponentStatus> = {
  operational: "operational",
  degraded: "degraded_performance",
  partial_outage: "partial_outage",
  major_outage: "major_outage",
  maintenance: "under_maintenance",
};
const INDICATOR: Record<ComponentState, V2Indicator> = {
  operational: "none",
  maintenance: "none",
  degraded: "minor",
  partial_outage: "major",
  major_outage: "critical",
};

/** A state this version of the page does not know reads as degraded: a reader must not see "up". */
const componentStatus = (s: string): V2ComponentStatus =>
  COMPONENT_STATUS[s as ComponentState] ?? "degraded_performance";
const indicatorOf = (s: string): V2Indicator => INDICATOR[s as ComponentState] ?? "minor";

export interface PageInfo {
  id: string;
  time_zone: string;
}

export interface V2Context {
  snapshot: Snapshot;
  page: PageInfo;
  lang: Lang;
}

const pageOf = ({ snapshot: s, page }: V2Context) => ({
  id: page.id,
  name: s.workspace.name,
  url: s.url,
  time_zone: page.time_zone,
  updated_at: s.generated_at,
});

function statusOf({ snapshot: s, lang }: V2Context) {
  const t = PAGE_TEXT[lang];
  const indicator = indicatorOf(s.status);
  const description =
    s.status === "operational"
      ? t.allOk
      : s.status === "major_outage"
        ? t.majorOutage
        : s.status === "maintenance"
          ? (t.states["maintenance"] ?? t.someIssues)
          : t.someIssues;
  return { indicator, description };
}

/** The shop's components and groups, named in the reader's language; a group lists its components' ids. */
function componentsOf({ snapshot: s, page, lang }: V2Context) {
  return s.components.map((c) => ({
    id: c.id,
    name: pick(c.name as Record<string, string>, lang, s.workspace.language) || c.id,
    status: componentStatus(c.state),
    created_at: null,
    updated_at: s.generated_at,
    position: c.position,
    description: c.note,
    showcase: !c.group,
    start_date: null,
    group_id: c.group_id,
    page_id: page.id,
    group: c.group,
    only_show_if_degraded: false,
    ...(c.group ? { components: s.components.filter((k) => k.group_id === c.id).map((k) => k.id) } : {}),
  }));
}

type V2Component = ReturnType<typeof componentsOf>[number];

const byId = (components: V2Component[], ids: readonly string[]) =>
  components.filter((c) => ids.includes(c.id));

/** A stored text in the reader's language, else the page's default language, then English. */
const textOf = (x: V2Context, t: Record<string, string>) => pick(t, x.lang, x.snapshot.workspace.language);

function incidentOf(x: V2Context, components: V2Component[], i: SnapshotIncident) {
  const updates = [...i.updates].sort((a, b) => b.published_at.localeCompare(a.published_at));
  const firstMonitoring = [...updates].reverse().find((u) => u.status === "monitoring");
  return {
    id: i.id,
    name: textOf(x, i.title as Record<string, string>),
    status: i.status,
    created_at: i.created_at,
    updated_at: i.updated_at,
    monitoring_at: firstMonitoring?.published_at ?? null,
    resolved_at: i.resolved_at,
    impact: i.impact,
    shortlink: `${x.snapshot.url}#incident-${i.id}`,
    started_at: i.created_at,
    page_id: x.page.id,
    incident_updates: updates.map((u) => ({
      id: u.id,
      status: u.status,
      body: textOf(x, u.body as Record<string, string>),
      incident_id: i.id,
      created_at: u.published_at,
      updated_at: u.published_at,
      display_at: u.published_at,
      affected_components: null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    })),
    components: byId(components, i.components),
  };
}

function maintenanceOf(x: V2Context, components: V2Component[], m: SnapshotMaintenance) {
  const done = m.ends_at <= x.snapshot.generated_at;
  const status = done ? "completed" : m.active ? "in_progress" : "scheduled";
  // Posted, not begun: the start is `scheduled_for`.
  const posted = m.created_at ?? m.starts_at;
  // Statuspage closes a finished window with a "completed" update, newest first.
  const completed = done
    ? [
        {
          id: `${m.id}-completed`,
          status: "completed",
          body: MAINTENANCE_PHASES[x.lang].completed,
          incident_id: m.id,
          created_at: m.ends_at,
          updated_at: m.ends_at,
          display_at: m.ends_at,
          affected_components: null,
          deliver_notifications: true,
          custom_tweet: null,
          tweet_id: null,
        },
      ]
    : [];
  return {
    id: m.id,
    name: textOf(x, m.title as Record<string, string>),
    status,
    created_at: posted,
    updated_at: done ? m.ends_at : m.active && m.starts_at > posted ? m.starts_at : posted,
    monitoring_at: null,
    resolved_at: done ? m.ends_at : null,
    impact: "maintenance",
    shortlink: `${x.snapshot.url}#maintenance-${m.id}`,
    started_at: m.starts_at,
    page_id: x.page.id,
    scheduled_for: m.starts_at,
    scheduled_until: m.ends_at,
    incident_updates: [
      ...completed,
      {
        id: `${m.id}-1`,
        // What the window was when posted: a completed one keeps its first word.
        status: done ? (posted < m.starts_at ? "scheduled" : "in_progress") : status,
        body: textOf(x, m.body as Record<string, string>),
        incident_id: m.id,
        created_at: posted,
        updated_at: posted,
        display_at: posted,
        affected_components: null,
        deliver_notifications: true,
        custom_tweet: null,
        tweet_id: null,
      },
    ],
    components: byId(components, m.components),
  };
}

export const V2_DOCUMENTS = [
  "summary",
  "status",
  "components",
  "incidents",
  "incidents/unresolved",
  "scheduled-maintenances",
] as const;
export type V2Document = (typeof V2_DOCUMENTS)[number];

/** One document of the v2 API as a plain object, ready to serialize. */
export function renderV2(doc: V2Document, x: V2Context): Record<string, unknown> {
  const page = pageOf(x);
  const components = componentsOf(x);
  const listed = (list: SnapshotIncident[]) => list.map((i) => incidentOf(x, components, i));
  // As Statuspage's: the 50 latest, whatever their age (the page itself shows 14 days).
  const incidents = () => listed(x.snapshot.history?.incidents ?? x.snapshot.incidents);
  const unresolved = () => listed(x.snapshot.incidents.filter((i) => i.status !== "resolved"));
  const maintenances = () => x.snapshot.maintenance.map((m) => maintenanceOf(x, components, m));
  // As Statuspage's: the coming and running windows, then the completed ones (latest first), 50 in all.
  const withCompleted = () =>
    [
      ...x.snapshot.maintenance,
      ...(x.snapshot.history?.ended_maintenance ?? x.snapshot.ended_maintenance ?? []),
    ]
      .slice(0, 50)
      .map((m) => maintenanceOf(x, components, m));
  switch (doc) {
    case "summary":
      return {
        page,
        components,
        incidents: unresolved(),
        scheduled_maintenances: maintenances(),
        status: statusOf(x),
      };
    case "status":
      return { page, status: statusOf(x) };
    case "components":
      return { page, components };
    case "incidents":
      return { page, incidents: incidents() };
    case "incidents/unresolved":
      return { page, incidents: unresolved() };
    case "scheduled-maintenances":
      return { page, scheduled_maintenances: withCompleted() };
  }
}
