export type MonitorState = "pending" | "up" | "down";
export type MonitorType = "http" | "tcp" | "tls" | "dns" | "heartbeat" | "provider";

export interface MonitorsTable {
  id: string;
  workspace_id: string;
  name: string;
  type: MonitorType;
  /** Type-specific settings as JSON (url, method, host, …). */
  config: string;
  interval_s: number;
  timeout_ms: number;
  /** Extra attempts inside one interval before a failure counts as down. */
  retries: number;
  enabled: number;
  /** Status page component this monitor moves (free text id or name), or null. */
  component: string | null;
  /** JSON `{type, severity}`: open or join a crisis of this type when the monitor goes down. */
  crisis: string | null;
  state: MonitorState;
  state_changed_at: string | null;
  last_checked_at: string | null;
  last_latency_ms: number | null;
  last_error: string | null;
  /** The scheduler's due time; claiming a monitor moves it to the next slot, so each slot runs once. */
  next_run_at: string;
  heartbeat_hash: string | null;
  last_beat_at: string | null;
  /** The crisis this monitor opened or joined while down. */
  crisis_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Raw checks, kept for a short while (see RAW_RETENTION_H) and then only as rollups. */
export interface MonitorChecksTable {
  monitor_id: string;
  workspace_id: string;
  at: string;
  ok: number;
  latency_ms: number | null;
  /** How long after its scheduled time the check started. */
  lateness_ms: number;
  error: string | null;
}

export interface MonitorRollupsTable {
  monitor_id: string;
  workspace_id: string;
  /** "h" hourly or "d" daily. */
  bucket: string;
  start: string;
  count: number;
  up_count: number;
  latency_p50: number | null;
  latency_p95: number | null;
  latency_max: number | null;
}

export interface MonitorEventsTable {
  id: string;
  workspace_id: string;
  monitor_id: string;
  at: string;
  from_state: MonitorState;
  to_state: MonitorState;
  reason: string | null;
}

export interface MonitoringTables {
  monitors: MonitorsTable;
  monitor_checks: MonitorChecksTable;
  monitor_rollups: MonitorRollupsTable;
  monitor_events: MonitorEventsTable;
}
