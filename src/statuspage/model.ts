import type { Quote } from "../comms/quoted.js";
import type { Lang } from "../plan/default-plan/index.js";

/** The components a new workspace starts with (migration 0430 gave them to the existing ones). */
export const DEFAULT_COMPONENT_IDS = [
  "storefront",
  "checkout",
  "payments",
  "delivery",
  "customer_service",
] as const;
/** A component's id: one of the defaults or a uuid; the workspace's rows say which exist. */
export type ComponentId = string;
export const COMPONENT_STATES = [
  "operational",
  "maintenance",
  "degraded",
  "partial_outage",
  "major_outage",
] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];
export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const IMPACTS = ["none", "minor", "major", "critical"] as const;
export type Impact = (typeof IMPACTS)[number];

/** A text in several languages; at least one is filled, English preferred. */
export type I18n = Partial<Record<Lang, string>>;

/** Worse states rank higher; the page shows the worst that applies. */
export const worst = (a: ComponentState, b: ComponentState): ComponentState =>
  COMPONENT_STATES.indexOf(a) >= COMPONENT_STATES.indexOf(b) ? a : b;

export const IMPACT_STATE: Record<Impact, ComponentState> = {
  none: "operational",
  minor: "degraded",
  major: "partial_outage",
  critical: "major_outage",
};

export interface UptimeDay {
  day: string;
  uptime: number | null;
}

/** A component or group as the team manages it (GET /api/v1/status/components). */
export interface ComponentRecord {
  id: ComponentId;
  name: I18n;
  /** True for a group: a named parent whose state is the worst of its components'. */
  group: boolean;
  group_id: string | null;
  position: number;
  state: ComponentState;
  note: string | null;
  updated_at: string;
}

export interface SnapshotComponent {
  id: ComponentId;
  name: I18n;
  group: boolean;
  group_id: string | null;
  position: number;
  state: ComponentState;
  note: string | null;
  /** Share of successful checks over the days with data; null without monitors. */
  uptime_90d: number | null;
  days: UptimeDay[];
}

export interface SnapshotUpdate {
  id: string;
  status: IncidentStatus;
  body: I18n;
  published_at: string;
}

export interface SnapshotIncident {
  id: string;
  title: I18n;
  status: IncidentStatus;
  impact: Impact;
  components: ComponentId[];
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  updates: SnapshotUpdate[];
}

export interface SnapshotMaintenance {
  id: string;
  title: I18n;
  body: I18n;
  components: ComponentId[];
  starts_at: string;
  ends_at: string;
  active: boolean;
  /** When the shop posted it (v2's created_at: a widget says "posted 2 hours ago", not "in 22 hours"). */
  created_at?: string;
  /** Set on a window called off (only the feed lists those, with a "cancelled" entry). */
  cancelled_at?: string;
  /** Each move, oldest first (the feed's "rescheduled" entries). */
  moves?: MaintenanceMove[];
}

/** A move of a maintenance window: when, and the window it moved from. */
export interface MaintenanceMove {
  at: string;
  starts_at: string;
  ends_at: string;
}

/** Everything the public page shows, in every language; renderers pick the visitor's. */
export interface Snapshot {
  workspace: {
    slug: string;
    name: string;
    language: Lang;
    time_zone: string;
    languages: Lang[];
    /** The shop's logo address and #rrggbb colour, shown on the page; null when unset. */
    brand?: { logo_url: string | null; color: string | null };
  };
  url: string;
  generated_at: string;
  status: ComponentState;
  components: SnapshotComponent[];
  incidents: SnapshotIncident[];
  /**
   * By incident id, the crisis texts its words may quote after a note naming their language ("(po
   * angielsku) …"): the HTML marks them with it. Never in the JSON (renderJson lists what it shows).
   */
  quotes?: Record<string, Quote[]>;
  maintenance: SnapshotMaintenance[];
  /** Windows that ended in the last 14 days: the feed's "completed" entries and v2's completed windows. */
  ended_maintenance?: SnapshotMaintenance[];
  /** v2's lists, as Statuspage's: the 50 latest incidents (and every open one) and ended windows. */
  history?: { incidents: SnapshotIncident[]; ended_maintenance: SnapshotMaintenance[] };
  /** Windows cancelled in the last 14 days: only the feed shows them (its "cancelled" entries). */
  cancelled_maintenance?: SnapshotMaintenance[];
}
