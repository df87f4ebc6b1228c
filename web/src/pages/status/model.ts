import { useIntl } from "react-intl";
import { useApiQuery } from "../../queries.js";

export type I18n = Record<string, string>;

export const SNAPSHOT = "/api/v1/status/page";
export const COMPONENTS = "/api/v1/status/components";
export const STATES = ["operational", "maintenance", "degraded", "partial_outage", "major_outage"] as const;
export const STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export const IMPACTS = ["none", "minor", "major", "critical"] as const;
export type Impact = (typeof IMPACTS)[number];

/** The state an incident's impact gives its components on the public page (src/statuspage/model.ts). */
export const IMPACT_STATE: Record<Impact, string> = {
  none: "operational",
  minor: "degraded",
  major: "partial_outage",
  critical: "major_outage",
};

/** One of the shop's components or groups (GET /api/v1/status/components). */
export interface StatusComponent {
  id: string;
  name: I18n;
  group: boolean;
  group_id: string | null;
  position: number;
  state: string;
  note: string | null;
}

export interface Incident {
  id: string;
  title: I18n;
  status: string;
  impact: Impact;
  components: string[];
  resolved_at: string | null;
  updates: { id: string; status: string; body: I18n; published_at: string }[];
}

export interface Snapshot {
  url: string;
  status: string;
  components: (StatusComponent & { uptime_90d: number | null })[];
  incidents: Incident[];
  maintenance: { id: string; title: I18n; starts_at: string; ends_at: string; active: boolean }[];
}

/** The shop's components in the page's order (groups followed by their own components). */
export function useStatusComponents() {
  return useApiQuery<{ items: StatusComponent[] }>(COMPONENTS);
}

/** A stored {en, pl, …} text in the reader's interface language, else English, else any. */
export function useLocalText() {
  const { locale } = useIntl();
  const lang = locale.slice(0, 2);
  return (t: I18n | undefined, fallback = "") =>
    t?.[lang]?.trim() || t?.["en"]?.trim() || Object.values(t ?? {}).find((v) => v.trim()) || fallback;
}
