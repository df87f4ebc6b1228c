import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { EMPTY, fromMonitor, payloadOf, TYPES, type Values } from "./form-values.js";
import { fieldKit, HeartbeatNotice, HttpFields, LinkFields, TypeFields } from "./MonitorFields.js";
import type { Monitor, MonitorType } from "./types.js";

export const monitorsQuery = (key: readonly unknown[]) =>
  key[0] === "api" && String(key[1] ?? "").startsWith("/api/v1/monitors");

export function MonitorForm() {
  const { id } = useParams();
  const editing = Boolean(id);
  const existing = useApiQuery<Monitor>(id ? `/api/v1/monitors/${id}` : null);
  const [values, setValues] = useState<Values>(EMPTY);
  const { busy, error, run } = useAction();
  const [heartbeatUrl, setHeartbeatUrl] = useState<{ id: string; url: string } | null>(null);
  const navigate = useNavigate();
  const toast = useToast();
  const tr = useT();
  const qc = useQueryClient();

  useEffect(() => {
    if (existing.data) setValues(fromMonitor(existing.data));
  }, [existing.data]);

  const kit = fieldKit(values, setValues, error);
  const { set, input, field } = kit;

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

  if (heartbeatUrl) return <HeartbeatNotice id={heartbeatUrl.id} url={heartbeatUrl.url} />;

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
          {t === "http" ? <HttpFields kit={kit} /> : null}
          <TypeFields kit={kit} type={t} />
          {field(
            "interval_s",
            t === "heartbeat" ? tr("monitor.f.expected_every") : tr("monitor.f.check_every"),
            input("interval_s", { inputMode: "numeric" }),
          )}
          {t !== "heartbeat"
            ? field("retries", tr("monitor.f.retries"), input("retries", { inputMode: "numeric" }))
            : null}
          <LinkFields kit={kit} />
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
