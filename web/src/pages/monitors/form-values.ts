/**
 * The monitor form's values: from a monitor to text fields and back to the API's body. Pure, so the form
 * component holds only state and markup.
 */
import type { MessageId } from "../../i18n/t.js";
import type { Monitor, MonitorType } from "./types.js";

/** The form's fields as typed text, one per setting of every type. */
export type Values = Record<string, string>;

export const TYPES: { id: MonitorType; label: MessageId }[] = [
  { id: "http", label: "monitor.type.http" },
  { id: "tcp", label: "monitor.type.tcp" },
  { id: "tls", label: "monitor.type.tls" },
  { id: "dns", label: "monitor.type.dns" },
  { id: "heartbeat", label: "monitor.type.heartbeat" },
  { id: "provider", label: "monitor.type.provider" },
];

export const EMPTY: Values = {
  type: "http",
  name: "",
  interval_s: "60",
  retries: "2",
  component: "",
  crisis_type: "",
  crisis_severity: "SEV2",
  url: "",
  method: "GET",
  headers: "",
  body: "",
  expected_status: "",
  keyword: "",
  keyword_absent: "",
  json_path: "",
  json_expected: "",
  max_latency_ms: "",
  host: "",
  port: "",
  tls_days: "14",
  hostname: "",
  record_type: "A",
  expected: "",
  grace_s: "60",
  format: "statuspage",
  components: "",
  provider: "",
};

export function fromMonitor(m: Monitor): Values {
  const s = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return {
    ...EMPTY,
    type: m.type,
    name: m.name,
    interval_s: s(m.interval_s),
    retries: s(m.retries),
    component: s(m.component),
    crisis_type: s(m.crisis?.type),
    crisis_severity: m.crisis?.severity ?? "SEV2",
    url: s(m.url),
    method: m.method ?? "GET",
    headers: Object.entries(m.headers ?? {})
      .map(([k, val]) => `${k}: ${val}`)
      .join("\n"),
    body: s(m.body),
    expected_status: (m.expected_status ?? []).join(", "),
    keyword: s(m.keyword),
    keyword_absent: m.keyword_absent ? "1" : "",
    json_path: s(m.json_path),
    json_expected: s(m.json_expected),
    max_latency_ms: s(m.max_latency_ms),
    host: s(m.host),
    port: s(m.port),
    tls_days: s(m.tls_days ?? 14),
    hostname: s(m.hostname),
    record_type: m.record_type ?? "A",
    expected: s(m.expected),
    grace_s: s(m.grace_s ?? 60),
    format: m.format ?? "statuspage",
    components: (m.components ?? []).join(", "),
    provider: s(m.provider),
  };
}

const num = (v: string) => (v.trim() === "" ? null : Number(v));
const text = (v: string) => (v.trim() === "" ? null : v.trim());
/** `Name: value` lines; a line without a colon is kept as a name with an empty value, so the API names it. */
const headerLines = (v: string) =>
  Object.fromEntries(
    v
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const at = l.indexOf(":");
        return at < 0 ? [l, ""] : [l.slice(0, at).trim(), l.slice(at + 1).trim()];
      }),
  );
const list = (v: string) =>
  v
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

export function payloadOf(v: Values, creating: boolean): Record<string, unknown> {
  const common: Record<string, unknown> = {
    name: v.name,
    interval_s: num(v.interval_s ?? "") ?? 60,
    retries: num(v.retries ?? "") ?? 2,
    component: text(v.component ?? ""),
    crisis: text(v.crisis_type ?? "") ? { type: v.crisis_type?.trim(), severity: v.crisis_severity } : null,
  };
  if (creating) common.type = v.type;
  const t = v.type as MonitorType;
  const g = (k: string) => v[k] ?? "";
  const typed: Record<MonitorType, Record<string, unknown>> = {
    http: {
      url: g("url"),
      method: g("method"),
      headers: headerLines(g("headers")),
      body: g("method") === "GET" || g("method") === "HEAD" ? null : text(g("body")),
      expected_status: list(g("expected_status")).map(Number),
      keyword: text(g("keyword")),
      keyword_absent: g("keyword_absent") === "1",
      json_path: text(g("json_path")),
      json_expected: text(g("json_expected")),
      max_latency_ms: num(g("max_latency_ms")),
    },
    tcp: { host: g("host"), port: num(g("port")) },
    tls: { host: g("host"), port: num(g("port")) ?? 443, tls_days: num(g("tls_days")) ?? 14 },
    dns: { hostname: g("hostname"), record_type: g("record_type"), expected: text(g("expected")) },
    heartbeat: { grace_s: num(g("grace_s")) ?? 60 },
    provider: {
      url: g("url"),
      format: g("format"),
      components: list(g("components")),
      provider: text(g("provider")),
    },
  };
  return { ...common, ...typed[t] };
}
