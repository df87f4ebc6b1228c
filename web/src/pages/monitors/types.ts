export type MonitorState = "pending" | "up" | "down";
export type MonitorType = "http" | "tcp" | "tls" | "dns" | "heartbeat" | "provider";

export interface Monitor {
  id: string;
  name: string;
  type: MonitorType;
  state: MonitorState;
  state_changed_at: string | null;
  last_checked_at: string | null;
  last_latency_ms: number | null;
  last_error: string | null;
  interval_s: number;
  timeout_ms: number;
  retries: number;
  enabled: boolean;
  component: string | null;
  crisis: { type: string; severity: string } | null;
  crisis_id: string | null;
  last_beat_at: string | null;
  sparkline?: (number | null)[];
  heartbeat_url?: string;
  // Type settings, present according to type.
  url?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | null;
  keyword?: string | null;
  keyword_absent?: boolean;
  json_path?: string | null;
  json_expected?: string | null;
  expected_status?: number[];
  max_latency_ms?: number | null;
  host?: string;
  port?: number;
  tls_days?: number;
  hostname?: string;
  record_type?: string;
  expected?: string | null;
  grace_s?: number;
  format?: "statuspage" | "feed";
  components?: string[];
  provider?: string | null;
}

export interface HistoryPoint {
  start: string;
  count: number;
  up_count: number;
  uptime: number | null;
  latency_p50: number | null;
  latency_p95: number | null;
  latency_max: number | null;
}
export interface RawCheck {
  at: string;
  ok: boolean;
  latency_ms: number | null;
  error: string | null;
}
export interface MonitorEvent {
  id: string;
  at: string;
  from_state: MonitorState;
  to_state: MonitorState;
  reason: string | null;
}

/** What the monitor looks at, in one line. */
export function targetOf(m: Monitor): string {
  switch (m.type) {
    case "http":
    case "provider":
      return m.url ?? "";
    case "tcp":
    case "tls":
      return `${m.host}:${m.port}`;
    case "dns":
      return `${m.hostname} ${m.record_type}`;
    case "heartbeat":
      return m.last_beat_at ? `last beat ${m.last_beat_at}` : "no beat yet";
  }
}
