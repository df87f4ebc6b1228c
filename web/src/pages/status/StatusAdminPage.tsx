import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, type Page } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { FormError } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { type MessageId, useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { ComponentsCard } from "./ComponentsCard.js";
import { MaintenanceForm, NewIncident } from "./IncidentForms.js";
import {
  COMPONENTS,
  SNAPSHOT,
  type Snapshot,
  STATES,
  type StatusComponent,
  useLocalText,
  useStatusComponents,
} from "./model.js";
import { UpdateForm } from "./UpdateForm.js";
import "./status.css";

export default function StatusAdminPage() {
  const t = useT();
  const q = useApiQuery<Snapshot>(SNAPSHOT, { refetchInterval: 15_000 });
  const comps = useStatusComponents();
  const { can } = useSession();
  const subs = useApiQuery<Page<{ confirmed_at: string | null; unsubscribed_at: string | null }>>(
    can("admin") ? "/api/v1/status/subscribers" : null,
  );
  const qc = useQueryClient();
  const toast = useToast();
  const [error, setError] = useState<unknown>(null);
  const act = async (what: string, fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: apiKey(SNAPSHOT) });
      await qc.invalidateQueries({ queryKey: apiKey(COMPONENTS) });
      toast({ message: what, tone: "success" });
      return true;
    } catch (err) {
      setError(err);
      return false;
    }
  };
  const s = q.data;
  const components = comps.data?.items ?? [];
  const confirmed = subs.data?.items.filter((x) => x.confirmed_at && !x.unsubscribed_at).length;
  return (
    <>
      <PageHeader
        title={t("nav.statuspage")}
        description={t("statusadmin.description")}
        actions={
          <a
            className="button"
            href="/status"
            target="_blank"
            rel="noreferrer"
            data-testid="status-public-link"
          >
            {t("statusadmin.open_public")}
          </a>
        }
      />
      <FormError error={error} />
      {!s ? (
        <p className="muted">{t("app.loading")}</p>
      ) : (
        <>
          <NowCard s={s} confirmed={confirmed} act={act} />
          {can("admin") ? <ComponentsCard /> : null}
          <IncidentsCard s={s} components={components} act={act} />
          {can("responder") ? (
            <NewIncident
              components={components}
              onSubmit={(v) =>
                act(t("statusadmin.incident_published"), () => api.post("/api/v1/status/incidents", v))
              }
              error={error}
            />
          ) : null}
          <MaintenanceCard s={s} components={components} act={act} error={error} />
        </>
      )}
    </>
  );
}

type Act = (what: string, fn: () => Promise<unknown>) => Promise<boolean>;

function NowCard({ s, confirmed, act }: { s: Snapshot; confirmed: number | undefined; act: Act }) {
  const t = useT();
  const local = useLocalText();
  const { can } = useSession();
  const value = (v: string) => t(`value.${v}` as MessageId);
  return (
    <Card title={t("statusadmin.now")}>
      <p data-testid="status-overall">
        <Badge value={s.status} />
        {confirmed !== undefined ? (
          <span className="muted"> · {t("statusadmin.subscribers", { count: confirmed })}</span>
        ) : null}
      </p>
      <table className="table">
        <tbody>
          {s.components.map((c) => (
            <tr
              key={c.id}
              data-testid={`component-${c.id}`}
              className={c.group_id ? "status-in-group" : undefined}
            >
              <td dir="auto">{c.group ? <strong>{local(c.name, c.id)}</strong> : local(c.name, c.id)}</td>
              <td>
                {can("responder") && !c.group ? (
                  <select
                    className="select"
                    value={c.state}
                    aria-label={t("statusadmin.state_of", { name: isolate(local(c.name, c.id)) })}
                    onChange={(e) =>
                      void act(t("statusadmin.component_updated"), () =>
                        api.put(`${COMPONENTS}/${c.id}`, { state: e.target.value, note: c.note }),
                      )
                    }
                  >
                    {STATES.map((st) => (
                      <option key={st} value={st}>
                        {value(st)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <Badge value={c.state} />
                )}
              </td>
              <td className="muted">
                {c.uptime_90d === null
                  ? t("statusadmin.no_monitor")
                  : t("statusadmin.uptime", { percent: (c.uptime_90d * 100).toFixed(2) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

function IncidentsCard(props: { s: Snapshot; components: StatusComponent[]; act: Act }) {
  const { s, components, act } = props;
  const t = useT();
  const local = useLocalText();
  const { can } = useSession();
  const value = (v: string) => t(`value.${v}` as MessageId);
  return (
    <Card title={t("statusadmin.incidents")}>
      {s.incidents.length === 0 ? <p className="muted">{t("statusadmin.no_incidents")}</p> : null}
      {s.incidents.map((i) => (
        <div key={i.id} className="stack" data-testid="status-incident">
          <h3>
            <bdi>{local(i.title)}</bdi> <Badge value={i.status} />
          </h3>
          <ul>
            {i.updates.map((u) => (
              <li key={u.id}>
                <strong>{value(u.status)}</strong> — <bdi>{local(u.body)}</bdi>{" "}
                <span className="muted">{formatTime(u.published_at)}</span>
              </li>
            ))}
          </ul>
          {can("responder") && !i.resolved_at ? (
            <UpdateForm
              incident={i}
              components={components}
              onSubmit={(v) =>
                act(t("statusadmin.update_published"), () =>
                  api.post(`/api/v1/status/incidents/${i.id}/updates`, v),
                )
              }
            />
          ) : null}
        </div>
      ))}
    </Card>
  );
}

function MaintenanceCard(props: { s: Snapshot; components: StatusComponent[]; act: Act; error: unknown }) {
  const { s, components, act, error } = props;
  const t = useT();
  const local = useLocalText();
  const { can } = useSession();
  return (
    <Card title={t("statusadmin.maintenance")}>
      {s.maintenance.length === 0 ? <p className="muted">{t("statusadmin.no_maintenance")}</p> : null}
      <ul>
        {s.maintenance.map((m) => (
          <li key={m.id}>
            <bdi>{local(m.title)}</bdi> · {formatTime(m.starts_at)} – {formatTime(m.ends_at)}
            {m.active ? ` (${t("statusadmin.now_running")})` : ""}{" "}
            {can("responder") ? (
              <button
                className="button button-small button-ghost"
                type="button"
                onClick={() =>
                  void act(t("statusadmin.maintenance_cancelled"), () =>
                    api.delete(`/api/v1/status/maintenance/${m.id}`),
                  )
                }
              >
                {t("common.cancel")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {can("responder") ? (
        <MaintenanceForm
          components={components}
          error={error}
          onSubmit={(v) =>
            act(t("statusadmin.maintenance_scheduled"), () => api.post("/api/v1/status/maintenance", v))
          }
        />
      ) : null}
    </Card>
  );
}
