import type { AlertsTable } from "../tables.js";
import { type AlertMessage, cutText } from "./messages.js";

/**
 * PagerDuty (Events API v2) and Opsgenie (Alert API v2) as alert channels: the request each lifecycle
 * step sends. Both tools keep one alert per dedup key (PagerDuty's `dedup_key`, Opsgenie's `alias`), so
 * the page, the acknowledgement and the resolution all name the Firebreak alert that paged.
 */
export type PagingType = "pagerduty" | "opsgenie";
export type PagingAction = "trigger" | "acknowledge" | "resolve";
export type Region = "us" | "eu";
/** PagerDuty's four severities; Opsgenie's priorities are derived from them. */
export type Severity = "critical" | "error" | "warning" | "info";

export const PAGING_TYPES: readonly PagingType[] = ["pagerduty", "opsgenie"];
export const isPagingType = (t: string): t is PagingType => (PAGING_TYPES as readonly string[]).includes(t);

const PAGERDUTY_URL: Record<Region, string> = {
  us: "https://events.pagerduty.com/v2/enqueue",
  eu: "https://events.eu.pagerduty.com/v2/enqueue",
};
const OPSGENIE_URL: Record<Region, string> = {
  us: "https://api.opsgenie.com",
  eu: "https://api.eu.opsgenie.com",
};

/**
 * The services' addresses are fixed; only the test suite points them at local fakes, so a tenant (or a
 * stray variable in production) can never send paging keys elsewhere.
 */
function testOverride(name: string): string | null {
  if (process.env["NODE_ENV"] !== "test") return null;
  return process.env[name]?.replace(/\/+$/, "") || null;
}

export const pagerDutyUrl = (region: Region) =>
  testOverride("FIREBREAK_TEST_PAGERDUTY_URL") ?? PAGERDUTY_URL[region];

const opsgenieBase = (region: Region) => testOverride("FIREBREAK_TEST_OPSGENIE_URL") ?? OPSGENIE_URL[region];
/** Where alerts are created; also the channel's target in the notification log (no key in it). */
export const opsgenieAlertsUrl = (region: Region) => `${opsgenieBase(region)}/v2/alerts`;

/** Follow-ups name the alert by the alias it was created with. */
export const opsgenieActionUrl = (region: Region, alias: string, action: "acknowledge" | "close") =>
  `${opsgenieAlertsUrl(region)}/${encodeURIComponent(alias)}/${action}?identifierType=alias`;

export const targetOf = (c: { type: PagingType; region: Region }) =>
  c.type === "pagerduty" ? pagerDutyUrl(c.region) : opsgenieAlertsUrl(c.region);

/** One key per paged alert: every later step (acknowledge, resolve) is about the same incident. */
export const dedupKeyOf = (alertId: string) => `firebreak-${alertId}`;

/**
 * How loud the page is: kinds the rule pages for even in quiet hours (and a monitor that is down) are
 * critical; otherwise the anomaly score decides. Raised alerts (monitors, providers) score 99.
 */
export function severityOf(a: Pick<AlertsTable, "kind" | "score">, sevKinds: readonly string[]): Severity {
  if (sevKinds.includes(a.kind) || a.kind === "monitor_down") return "critical";
  const score = Number(a.score);
  if (score >= 10) return "error";
  if (score >= 5) return "warning";
  return "info";
}

/** Opsgenie's P1 (critical) to P5 (informational); P5 is left to the tool's own rules. */
export const PRIORITY: Record<Severity, "P1" | "P2" | "P3" | "P4"> = {
  critical: "P1",
  error: "P2",
  warning: "P3",
  info: "P4",
};

const detailsOf = (a: AlertsTable) => ({
  kind: a.kind,
  topic: a.topic,
  source: a.source,
  signal: a.signal,
  author: a.author,
  observed: Number(a.observed),
  expected: Number(a.expected),
  score: Number(a.score),
  opened_at: a.opened_at,
});

/** The Events API v2 body without `routing_key`, which the delivery adds at send time from the sealed key. */
export function pagerDutyEvent(action: PagingAction, a: AlertsTable, m: AlertMessage, severity: Severity) {
  const dedup_key = dedupKeyOf(a.id);
  if (action !== "trigger") return { event_action: action, dedup_key };
  return {
    event_action: action,
    dedup_key,
    payload: {
      // PagerDuty cuts the summary at 1024 characters; cut by characters so an emoji is never split.
      summary: cutText(m.title, 1024),
      source: a.source ?? a.series,
      severity,
      timestamp: new Date(a.opened_at).toISOString(),
      component: a.topic ?? a.kind,
      group: a.series,
      class: a.kind,
      custom_details: { ...detailsOf(a), details: m.lines.join("\n") },
    },
    client: "Firebreak",
    client_url: m.url,
    links: [{ href: m.url, text: "Open in Firebreak" }],
  };
}

const DETAIL_MAX = 8000;

/** Opsgenie's create-alert body (`message` at most 130 characters, `details` string to string). */
export function opsgenieAlert(a: AlertsTable, m: AlertMessage, severity: Severity) {
  const details = Object.fromEntries(
    Object.entries(detailsOf(a))
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, cutText(String(v), DETAIL_MAX)]),
  );
  return {
    message: cutText(m.title, 130),
    alias: dedupKeyOf(a.id),
    description: cutText(`${m.title}\n\n${m.lines.join("\n")}\n\n${m.url}`, 15000),
    priority: PRIORITY[severity],
    source: "Firebreak",
    entity: cutText(a.series, 512),
    tags: ["firebreak", a.kind],
    details: { ...details, url: m.url },
  };
}

/** Opsgenie's acknowledge and close bodies: who did it, from where. */
export const opsgenieAction = (by: string, note: string) => ({
  source: "Firebreak",
  user: cutText(by, 100),
  note: cutText(note, 25000),
});
