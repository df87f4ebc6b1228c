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
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useLocalText, useStatusComponents } from "../status/model.js";
import { EMPTY, fromMonitor, payloadOf, TYPES, type Values } from "./form-values.js";
import type { Monitor, MonitorType } from "./types.js";

export const monitorsQuery = (key: readonly unknown[]) =>
  key[0] === "api" && String(key[1] ?? "").startsWith("/api/v1/monitors");

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
  const tr = useT();
  // The status page's own components (never groups): a down monitor moves one of them.
  const pageComponents = (useStatusComponents().data?.items ?? []).filter((c) => !c.group);
  const localName = useLocalText();
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
      toast({ message: tr("monitor.saved", { name: saved.name }), tone: "success" });
      if (saved.heartbeat_url) setHeartbeatUrl({ id: saved.id, url: saved.heartbeat_url });
      else navigate(`/monitors/${saved.id}`);
    });
  };

  if (heartbeatUrl) {
    return (
      <>
        <PageHeader title={tr("monitor.heartbeat_url")} />
        <div className="notice notice-success" data-testid="heartbeat-url">
          <p>{tr("monitor.heartbeat_intro")}</p>
          <CopyField
            value={heartbeatUrl.url}
            label={tr("monitor.heartbeat_url")}
            testId="heartbeat-url-value"
          />
          <Link className="button" to={`/monitors/${heartbeatUrl.id}`}>
            {tr("monitor.heartbeat_copied")}
          </Link>
        </div>
      </>
    );
  }

  const t = values.type as MonitorType;
  return (
    <>
      <PageHeader
        title={
          editing ? tr("monitor.edit_title", { name: existing.data?.name ?? "" }) : tr("monitor.add_title")
        }
      />
      <Card>
        <form className="form form-grid" onSubmit={submit} data-testid="monitor-form" noValidate>
          {field(
            "type",
            tr("monitor.f.what"),
            <select
              className="select"
              value={t}
              onChange={set("type")}
              disabled={editing}
              data-testid="monitor-type"
            >
              {TYPES.map((x) => (
                <option key={x.id} value={x.id}>
                  {tr(x.label)}
                </option>
              ))}
            </select>,
          )}
          {field("name", tr("monitor.f.name"), input("name", { required: true, placeholder: "Checkout" }))}
          {t === "http" || t === "provider"
            ? field(
                "url",
                t === "provider" ? tr("monitor.f.status_url") : tr("monitor.f.url"),
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
                tr("monitor.f.method"),
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
                tr("monitor.f.headers"),
                <textarea
                  className="input"
                  rows={2}
                  value={values.headers}
                  onChange={set("headers")}
                  placeholder="Authorization: Bearer …"
                  data-testid="monitor-headers"
                />,
                tr("monitor.f.headers_hint"),
              )}
              {values.method !== "GET" && values.method !== "HEAD"
                ? field(
                    "body",
                    tr("monitor.f.body"),
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
                tr("monitor.f.expected_status"),
                input("expected_status", { placeholder: "200, 204" }),
                tr("monitor.f.expected_status_hint"),
              )}
              {field("keyword", tr("monitor.f.keyword"), input("keyword"))}
              {field(
                "keyword_absent",
                tr("monitor.f.keyword_absent"),
                <select className="select" value={values.keyword_absent} onChange={set("keyword_absent")}>
                  <option value="">{tr("monitor.present")}</option>
                  <option value="1">{tr("monitor.absent")}</option>
                </select>,
              )}
              {field(
                "json_path",
                tr("monitor.f.json_path"),
                input("json_path", { placeholder: "status.db" }),
              )}
              {field(
                "json_expected",
                tr("monitor.f.json_expected"),
                input("json_expected", { placeholder: "ok" }),
              )}
              {field(
                "max_latency_ms",
                tr("monitor.f.max_latency"),
                input("max_latency_ms", { inputMode: "numeric" }),
              )}
            </>
          ) : null}
          {t === "tcp" || t === "tls" ? (
            <>
              {field("host", tr("monitor.f.host"), input("host"))}
              {field(
                "port",
                tr("monitor.f.port"),
                input("port", { inputMode: "numeric", placeholder: t === "tls" ? "443" : "" }),
              )}
            </>
          ) : null}
          {t === "tls"
            ? field("tls_days", tr("monitor.f.tls_days"), input("tls_days", { inputMode: "numeric" }))
            : null}
          {t === "dns" ? (
            <>
              {field("hostname", tr("monitor.f.hostname"), input("hostname"))}
              {field(
                "record_type",
                tr("monitor.f.record"),
                <select className="select" value={values.record_type} onChange={set("record_type")}>
                  {["A", "AAAA", "CNAME", "MX", "TXT", "NS"].map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>,
              )}
              {field("expected", tr("monitor.f.expected"), input("expected"), tr("monitor.f.expected_hint"))}
            </>
          ) : null}
          {t === "heartbeat"
            ? field("grace_s", tr("monitor.f.grace"), input("grace_s", { inputMode: "numeric" }))
            : null}
          {t === "provider" ? (
            <>
              {field(
                "format",
                tr("monitor.f.format"),
                <select className="select" value={values.format} onChange={set("format")}>
                  <option value="statuspage">{tr("monitor.format_statuspage")}</option>
                  <option value="feed">{tr("monitor.format_feed")}</option>
                </select>,
              )}
              {field(
                "components",
                tr("monitor.f.components"),
                input("components", { placeholder: "API, Checkout" }),
                tr("monitor.f.components_hint"),
              )}
              {field(
                "provider",
                tr("monitor.f.provider"),
                input("provider", { placeholder: "Stripe" }),
                tr("monitor.f.provider_hint"),
              )}
            </>
          ) : null}
          {field(
            "interval_s",
            t === "heartbeat" ? tr("monitor.f.expected_every") : tr("monitor.f.check_every"),
            input("interval_s", { inputMode: "numeric" }),
          )}
          {t !== "heartbeat"
            ? field("retries", tr("monitor.f.retries"), input("retries", { inputMode: "numeric" }))
            : null}
          {field(
            "component",
            tr("monitor.f.component"),
            <select
              className="select"
              value={values.component}
              onChange={set("component")}
              data-testid="monitor-component"
            >
              <option value="">{tr("monitor.no_component")}</option>
              {pageComponents.map((c) => (
                <option key={c.id} value={c.id}>
                  {localName(c.name, c.id)}
                </option>
              ))}
            </select>,
            tr("monitor.f.component_hint"),
          )}
          {field(
            "crisis_type",
            tr("monitor.f.crisis_type"),
            <select
              className="select"
              value={values.crisis_type}
              onChange={set("crisis_type")}
              data-testid="monitor-crisis_type"
            >
              <option value="">{tr("monitor.no_crisis")}</option>
              {(crisisTypes.data?.items ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>,
            tr("monitor.f.crisis_type_hint"),
          )}
          {field(
            "crisis_severity",
            tr("monitor.f.crisis_severity"),
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
              {editing ? tr("common.save") : tr("monitor.add")}
            </button>{" "}
            <Link className="button button-ghost" to={editing ? `/monitors/${id}` : "/monitors"}>
              {tr("common.cancel")}
            </Link>
          </div>
        </form>
      </Card>
    </>
  );
}
