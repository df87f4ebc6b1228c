import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactElement, type ReactNode, useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { CopyField } from "../../components/CopyField.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { apiKey, useApiQuery } from "../../queries.js";
import type { Monitor, MonitorType } from "./types.js";

type Values = Record<string, string>;

export const monitorsQuery = (key: readonly unknown[]) =>
  key[0] === "api" && String(key[1] ?? "").startsWith("/api/v1/monitors");

/** The status page's components (the plan's list). */
const COMPONENTS = ["storefront", "checkout", "payments", "delivery", "customer_service"] as const;

const TYPES: { id: MonitorType; label: string }[] = [
  { id: "http", label: "Web page or API (HTTP)" },
  { id: "tcp", label: "TCP port" },
  { id: "tls", label: "TLS certificate expiry" },
  { id: "dns", label: "DNS record" },
  { id: "heartbeat", label: "Heartbeat (a job reports in)" },
  { id: "provider", label: "Provider status page" },
];

const EMPTY: Values = {
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

function fromMonitor(m: Monitor): Values {
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

function payloadOf(v: Values, creating: boolean): Record<string, unknown> {
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

export function MonitorForm() {
  const { id } = useParams();
  const editing = Boolean(id);
  const existing = useApiQuery<Monitor>(id ? `/api/v1/monitors/${id}` : null);
  const crisisTypes = useApiQuery<{ items: { id: string; name: string }[] }>("/api/v1/plan/crisis-types");
  const [values, setValues] = useState<Values>(EMPTY);
  const { busy, error, run } = useAction();
  const [heartbeatUrl, setHeartbeatUrl] = useState<{ id: string; url: string } | null>(null);
  const navigate = useNavigate();
  const toast = useToast();
  const qc = useQueryClient();

  useEffect(() => {
    if (existing.data) setValues(fromMonitor(existing.data));
  }, [existing.data]);

  const set = (k: string) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));
  const input = (k: string, props: Record<string, unknown> = {}) => (
    <input
      className="input"
      value={values[k] ?? ""}
      onChange={set(k)}
      data-testid={`monitor-${k}`}
      {...props}
    />
  );
  const field = (
    k: string,
    label: ReactNode,
    control: ReactElement<{ id?: string }> = input(k),
    hint?: ReactNode,
  ) => (
    <FormField label={label} name={k} error={error} hint={hint}>
      {control}
    </FormField>
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const body = payloadOf(values, !editing);
      const saved = editing
        ? await api.patch<Monitor>(`/api/v1/monitors/${id}`, body)
        : await api.post<Monitor>("/api/v1/monitors", body);
      // The list and every monitor's own queries (detail, history) are keyed by their path.
      qc.setQueryData(apiKey(`/api/v1/monitors/${saved.id}`), saved);
      await qc.invalidateQueries({ predicate: (q) => monitorsQuery(q.queryKey) });
      toast({ message: `${saved.name} saved.`, tone: "success" });
      if (saved.heartbeat_url) setHeartbeatUrl({ id: saved.id, url: saved.heartbeat_url });
      else navigate(`/monitors/${saved.id}`);
    });
  };

  if (heartbeatUrl) {
    return (
      <>
        <PageHeader title="Heartbeat URL" />
        <div className="notice notice-success" data-testid="heartbeat-url">
          <p>Have your job call this URL (POST or GET) each time it finishes. It is shown only this once.</p>
          <CopyField value={heartbeatUrl.url} label="Heartbeat URL" testId="heartbeat-url-value" />
          <Link className="button" to={`/monitors/${heartbeatUrl.id}`}>
            I have copied it
          </Link>
        </div>
      </>
    );
  }

  const t = values.type as MonitorType;
  return (
    <>
      <PageHeader title={editing ? `Edit ${existing.data?.name ?? "monitor"}` : "Add a monitor"} />
      <Card>
        <form className="form form-grid" onSubmit={submit} data-testid="monitor-form" noValidate>
          {field(
            "type",
            "What to check",
            <select
              className="select"
              value={t}
              onChange={set("type")}
              disabled={editing}
              data-testid="monitor-type"
            >
              {TYPES.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.label}
                </option>
              ))}
            </select>,
          )}
          {field("name", "Name", input("name", { required: true, placeholder: "Checkout" }))}
          {t === "http" || t === "provider"
            ? field(
                "url",
                t === "provider" ? "Status page URL" : "URL",
                input("url", {
                  type: "url",
                  placeholder:
                    t === "provider"
                      ? "https://status.example.com/api/v2/summary.json"
                      : "https://shop.example.com/checkout",
                }),
              )
            : null}
          {t === "http" ? (
            <>
              {field(
                "method",
                "Method",
                <select
                  className="select"
                  value={values.method}
                  onChange={set("method")}
                  data-testid="monitor-method"
                >
                  {["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].map((m) => (
                    <option key={m}>{m}</option>
                  ))}
                </select>,
              )}
              {field(
                "headers",
                "Request headers",
                <textarea
                  className="input"
                  rows={2}
                  value={values.headers}
                  onChange={set("headers")}
                  placeholder="Authorization: Bearer …"
                  data-testid="monitor-headers"
                />,
                "One per line, as Name: value.",
              )}
              {values.method !== "GET" && values.method !== "HEAD"
                ? field(
                    "body",
                    "Request body",
                    <textarea
                      className="input"
                      rows={3}
                      value={values.body}
                      onChange={set("body")}
                      data-testid="monitor-body"
                    />,
                  )
                : null}
              {field(
                "expected_status",
                "Expected status codes",
                input("expected_status", { placeholder: "200, 204" }),
                "Empty: any 2xx or 3xx.",
              )}
              {field("keyword", "Keyword", input("keyword"))}
              {field(
                "keyword_absent",
                "The keyword must be",
                <select className="select" value={values.keyword_absent} onChange={set("keyword_absent")}>
                  <option value="">present</option>
                  <option value="1">absent</option>
                </select>,
              )}
              {field("json_path", "JSON path", input("json_path", { placeholder: "status.db" }))}
              {field("json_expected", "Expected JSON value", input("json_expected", { placeholder: "ok" }))}
              {field(
                "max_latency_ms",
                "Slower than this is down (ms)",
                input("max_latency_ms", { inputMode: "numeric" }),
              )}
            </>
          ) : null}
          {t === "tcp" || t === "tls" ? (
            <>
              {field("host", "Host", input("host"))}
              {field(
                "port",
                "Port",
                input("port", { inputMode: "numeric", placeholder: t === "tls" ? "443" : "" }),
              )}
            </>
          ) : null}
          {t === "tls"
            ? field(
                "tls_days",
                "Warn this many days before expiry",
                input("tls_days", { inputMode: "numeric" }),
              )
            : null}
          {t === "dns" ? (
            <>
              {field("hostname", "Host name", input("hostname"))}
              {field(
                "record_type",
                "Record",
                <select className="select" value={values.record_type} onChange={set("record_type")}>
                  {["A", "AAAA", "CNAME", "MX", "TXT", "NS"].map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>,
              )}
              {field("expected", "Expected answer", input("expected"), "Empty: it resolves at all.")}
            </>
          ) : null}
          {t === "heartbeat"
            ? field("grace_s", "Grace after the interval (s)", input("grace_s", { inputMode: "numeric" }))
            : null}
          {t === "provider" ? (
            <>
              {field(
                "format",
                "Format",
                <select className="select" value={values.format} onChange={set("format")}>
                  <option value="statuspage">Statuspage JSON (summary.json)</option>
                  <option value="feed">RSS or Atom incident feed</option>
                </select>,
              )}
              {field(
                "components",
                "Components you use",
                input("components", { placeholder: "API, Checkout" }),
                "Comma-separated; empty: any.",
              )}
              {field(
                "provider",
                "Provider name",
                input("provider", { placeholder: "Stripe" }),
                "As the plan's continuity section names it.",
              )}
            </>
          ) : null}
          {field(
            "interval_s",
            t === "heartbeat" ? "Expected every (s)" : "Check every (s)",
            input("interval_s", { inputMode: "numeric" }),
          )}
          {t !== "heartbeat"
            ? field("retries", "Retries before down", input("retries", { inputMode: "numeric" }))
            : null}
          {field(
            "component",
            "Status page component",
            <select
              className="select"
              value={values.component}
              onChange={set("component")}
              data-testid="monitor-component"
            >
              <option value="">none</option>
              {COMPONENTS.map((c) => (
                <option key={c} value={c}>
                  {c.replace("_", " ")}
                </option>
              ))}
            </select>,
            "A down monitor marks this component on the public status page.",
          )}
          {field(
            "crisis_type",
            "Open or join a crisis (when down)",
            <select
              className="select"
              value={values.crisis_type}
              onChange={set("crisis_type")}
              data-testid="monitor-crisis_type"
            >
              <option value="">no crisis</option>
              {(crisisTypes.data?.items ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>,
            "From the plan's catalogue; an open crisis of the same type is joined.",
          )}
          {field(
            "crisis_severity",
            "Crisis severity",
            <select className="select" value={values.crisis_severity} onChange={set("crisis_severity")}>
              {["SEV1", "SEV2", "SEV3", "SEV4"].map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>,
          )}
          <FormError error={error} fields={Object.keys(EMPTY)} />
          <div className="form-grid-submit">
            <button
              type="submit"
              className="button button-primary"
              disabled={busy}
              data-testid="monitor-save"
            >
              {editing ? "Save" : "Add monitor"}
            </button>{" "}
            <Link className="button button-ghost" to={editing ? `/monitors/${id}` : "/monitors"}>
              Cancel
            </Link>
          </div>
        </form>
      </Card>
    </>
  );
}
