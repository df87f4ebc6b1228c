/**
 * The monitor form's field groups, one per monitor type plus the links to the status page and the plan,
 * so the form component itself keeps only state, saving and layout.
 */
import type { ReactElement, ReactNode } from "react";
import { Link } from "react-router-dom";
import { isolate } from "../../bidi.js";
import { CopyField } from "../../components/CopyField.js";
import { FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { useLocalText, useStatusComponents } from "../status/model.js";
import type { Values } from "./form-values.js";
import type { MonitorType } from "./types.js";

type Change = (e: { target: { value: string } }) => void;

/** What every field group needs: the values, a change handler per key and the two control builders. */
export interface FieldKit {
  values: Values;
  set: (k: string) => Change;
  input: (k: string, props?: Record<string, unknown>) => ReactElement<{ id?: string }>;
  field: (
    k: string,
    label: ReactNode,
    control?: ReactElement<{ id?: string }>,
    hint?: ReactNode,
  ) => ReactNode;
}

/** Builds the kit over the form's state; `error` is the last API error, shown beside its field. */
export function fieldKit(
  values: Values,
  setValues: (f: (v: Values) => Values) => void,
  error: unknown,
): FieldKit {
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
  return { values, set, input, field };
}

/** The checks of an HTTP monitor: request, expected status, keyword, JSON value and latency. */
export function HttpFields({ kit }: { kit: FieldKit }) {
  const tr = useT();
  const { values, set, input, field } = kit;
  return (
    <>
      {field(
        "method",
        tr("monitor.f.method"),
        <select
          className="select"
          value={values["method"]}
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
          value={values["headers"]}
          onChange={set("headers")}
          placeholder="Authorization: Bearer …"
          data-testid="monitor-headers"
        />,
        tr("monitor.f.headers_hint"),
      )}
      {values["method"] !== "GET" && values["method"] !== "HEAD"
        ? field(
            "body",
            tr("monitor.f.body"),
            <textarea
              className="input"
              rows={3}
              value={values["body"]}
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
        <select className="select" value={values["keyword_absent"]} onChange={set("keyword_absent")}>
          <option value="">{tr("monitor.present")}</option>
          <option value="1">{tr("monitor.absent")}</option>
        </select>,
      )}
      {field("json_path", tr("monitor.f.json_path"), input("json_path", { placeholder: "status.db" }))}
      {field("json_expected", tr("monitor.f.json_expected"), input("json_expected", { placeholder: "ok" }))}
      {field(
        "max_latency_ms",
        tr("monitor.f.max_latency"),
        input("max_latency_ms", { inputMode: "numeric" }),
      )}
    </>
  );
}

/** The settings of every type but HTTP's own checks: address, port, certificate, DNS, heartbeat, provider. */
export function TypeFields({ kit, type: t }: { kit: FieldKit; type: MonitorType }) {
  const tr = useT();
  const { values, set, input, field } = kit;
  return (
    <>
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
            <select className="select" value={values["record_type"]} onChange={set("record_type")}>
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
            <select className="select" value={values["format"]} onChange={set("format")}>
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
    </>
  );
}

/** Where a failing monitor leads: a status page component to move and a crisis type to open. */
export function LinkFields({ kit }: { kit: FieldKit }) {
  const tr = useT();
  const { values, set, field } = kit;
  const crisisTypes = useApiQuery<{ items: { id: string; name: string }[] }>("/api/v1/plan/crisis-types");
  // The status page's own components (never groups): a down monitor moves one of them.
  const pageComponents = (useStatusComponents().data?.items ?? []).filter((c) => !c.group);
  const localName = useLocalText();
  return (
    <>
      {field(
        "component",
        tr("monitor.f.component"),
        <select
          className="select"
          value={values["component"]}
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
          value={values["crisis_type"]}
          onChange={set("crisis_type")}
          data-testid="monitor-crisis_type"
        >
          <option value="">{tr("monitor.no_crisis")}</option>
          {(crisisTypes.data?.items ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {isolate(c.name)}
            </option>
          ))}
        </select>,
        tr("monitor.f.crisis_type_hint"),
      )}
      {field(
        "crisis_severity",
        tr("monitor.f.crisis_severity"),
        <select className="select" value={values["crisis_severity"]} onChange={set("crisis_severity")}>
          {["SEV1", "SEV2", "SEV3", "SEV4"].map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>,
      )}
    </>
  );
}

/** Shown once after saving a heartbeat monitor: the secret URL its job must call. */
export function HeartbeatNotice({ id, url }: { id: string; url: string }) {
  const tr = useT();
  return (
    <>
      <PageHeader title={tr("monitor.heartbeat_url")} />
      <div className="notice notice-success" data-testid="heartbeat-url">
        <p>{tr("monitor.heartbeat_intro")}</p>
        <CopyField value={url} label={tr("monitor.heartbeat_url")} testId="heartbeat-url-value" />
        <Link className="button" to={`/monitors/${id}`}>
          {tr("monitor.heartbeat_copied")}
        </Link>
      </div>
    </>
  );
}
