export interface Point {
  start: string;
  end: string;
  observed: number;
  expected: number;
}

export interface Alert {
  id: string;
  episode_id: string;
  kind: string;
  series: string;
  topic: string | null;
  source: string | null;
  signal: string | null;
  author: string | null;
  title: string;
  status: "open" | "acknowledged" | "snoozed" | "closed";
  active: boolean;
  opened_at: string;
  last_step_at: string;
  ended_at: string | null;
  observed: number;
  expected: number;
  score: number;
  peak_observed: number;
  peak_score: number;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  snoozed_until: string | null;
  closed_by: string | null;
  closed_at: string | null;
  crisis_id: string | null;
  escalation_step: number;
  points: Point[];
  /** First alert of the incident this one belongs to; null when alone. */
  group_id: string | null;
  group_size: number;
  /** What the detector explained about the rise; null for alerts without a baseline. */
  explanation: {
    since: string;
    window_minutes: number;
    expected_low: number;
    expected_high: number;
    language: string | null;
    examples: { id: string; text: string }[];
  } | null;
}

export interface AlertDetail extends Alert {
  group: {
    id: string;
    kind: string;
    title: string;
    status: Alert["status"];
    active: boolean;
    opened_at: string;
    observed: number;
    expected: number;
    score: number;
  }[];
  steps: { phase: string; at: string; observed: number; expected: number; score: number }[];
  sample_mentions: {
    id: string;
    source: string;
    text: string;
    author: string | null;
    url: string | null;
    created_at: string;
    sentiment: string;
  }[];
  notifications: {
    reason: string;
    step: number;
    channel: string;
    target: string;
    created_at: string;
    delivery: "queued" | "delivered" | "failing" | "undeliverable" | "none";
    error: string | null;
  }[];
  /** What the rules made of the alert when it opened (null on alerts older than this record). */
  paging: {
    outcome: "paged" | "held" | "unmatched" | "no_rules";
    closest: { rule_id: string; name: string; reasons: string[] } | null;
  } | null;
}

export type Channel =
  | { type: "email" }
  | { type: "webhook"; url: string; secret: string }
  | { type: "slack"; url: string }
  | { type: "pagerduty"; routing_key: string; region: "us" | "eu" }
  | { type: "opsgenie"; api_key: string; region: "us" | "eu" };

export interface Rule {
  id: string;
  name: string;
  enabled: boolean;
  kinds: string[];
  topics: string[];
  min_score: number;
  min_observed: number;
  quiet_hours: { start: string; end: string; timezone: string } | null;
  sev_kinds: string[];
  channels: Channel[];
  recipients: string[];
  ack_timeout_minutes: number | null;
}

export const ALERT_KINDS = [
  "volume_spike",
  "negative_spike",
  "topic_spike",
  "high_reach_negative",
  "crisis_signal",
  "order_drop",
  "payment_failure_spike",
  "monitor_down",
  "provider_incident",
] as const;

export const kindLabel = (k: string) => k.replaceAll("_", " ");
