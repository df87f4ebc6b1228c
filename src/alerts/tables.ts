/** Alerts raised by the detectors, the rules that decide who hears about them, and what was sent. */

export const ALERT_STATUSES = ["open", "acknowledged", "snoozed", "closed"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export interface AlertsTable {
  id: string;
  workspace_id: string;
  /** Deterministic id of the detector episode: one alert per episode, updated while it grows. */
  episode_id: string;
  kind: string;
  series: string;
  topic: string | null;
  source: string | null;
  signal: string | null;
  author: string | null;
  title: string;
  status: AlertStatus;
  /** True while the detector still sees the episode. */
  active: number;
  /** Data time of the opening step. */
  opened_at: string;
  /** Data time of the last step. */
  last_step_at: string;
  ended_at: string | null;
  observed: number;
  expected: number;
  score: number;
  peak_observed: number;
  peak_score: number;
  /** JSON: [{phase, at, observed, expected, score}]. */
  steps: string;
  /** JSON: [{start, end, observed, expected}] of the series behind the alert. */
  points: string;
  /** JSON: mention ids, newest last, capped. */
  sample_mention_ids: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  snoozed_until: string | null;
  closed_by: string | null;
  closed_at: string | null;
  crisis_id: string | null;
  /** Escalation step reached (index into the rule's recipients). */
  escalation_step: number;
  created_at: string;
  updated_at: string;
  /** JSON `Paging`: what the rules made of the alert when it opened (who was paged, or why nobody). */
  paging: string | null;
  /**
   * JSON `AlertExplanation`: what the detector said the rise was when the alert opened or last grew
   * (since, window, usual range, latest mentions); null on raised alerts and those of older versions.
   */
  explanation: string | null;
}

export interface AlertExplanation {
  since: string;
  window_minutes: number;
  expected_low: number;
  expected_high: number;
  language: string | null;
  examples: { id: string; text: string }[];
  /** The planned surge the rise was judged in; absent on alerts stored before surges existed. */
  planned_surge?: { label: string; multiple: number } | null;
}

export interface AlertRulesTable {
  id: string;
  workspace_id: string;
  name: string;
  enabled: number;
  /** JSON: alert kinds this rule pages for; empty means all. */
  kinds: string;
  /** JSON: topics; empty means all. */
  topics: string;
  min_score: number;
  min_observed: number;
  /** JSON {start: "22:00", end: "07:00", timezone: "Europe/Warsaw"} or null. */
  quiet_hours: string | null;
  /** JSON: kinds that still page during quiet hours. */
  sev_kinds: string;
  /**
   * JSON: [{type: "email"} | {type: "webhook", url, secret} | {type: "slack", url} |
   * {type: "pagerduty", routing_key, region} | {type: "opsgenie", api_key, region}]; credentials sealed.
   */
  channels: string;
  /** JSON: e-mail addresses, in escalation order. */
  recipients: string;
  /** Minutes without acknowledgement before the next recipient is paged; null: never. */
  ack_timeout_minutes: number | null;
  created_at: string;
  updated_at: string;
}

export interface AlertNotificationsTable {
  id: string;
  workspace_id: string;
  alert_id: string;
  rule_id: string;
  /** What triggered it: opened, escalated, closed. */
  reason: string;
  step: number;
  channel: string;
  target: string;
  /** The idempotency key passed on to the channel. */
  key: string;
  created_at: string;
  /** Why this one could not go out (no SMTP, no recipient); null when it was handed to its channel. */
  error?: string | null;
  /** A paging tool's page: the key it was sent with, sealed, for its acknowledgement and resolution. */
  credential?: string | null;
}

export interface AlertsTables {
  alerts: AlertsTable;
  alert_rules: AlertRulesTable;
  alert_notifications: AlertNotificationsTable;
}
