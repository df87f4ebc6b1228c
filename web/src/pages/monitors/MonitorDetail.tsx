import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { api, errorMessage } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Badge } from "../../components/Badge.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatNumber, formatRelative, formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { useFailureText } from "./failure-text.js";
import { monitorsQuery } from "./MonitorForm.js";
import { MonitorEventsCard, MonitorHistoryCard, type Range } from "./MonitorHistory.js";
import type { HistoryPoint, Monitor, MonitorEvent, RawCheck } from "./types.js";
import { targetOf } from "./types.js";

/** The monitor, its history in the chosen range and its state changes, each refreshed on its own beat. */
function useMonitorDetail(id: string) {
  const [range, setRange] = useState<Range>("raw");
  const path = `/api/v1/monitors/${id}`;
  const monitor = useApiQuery<Monitor>(path, { refetchInterval: 10_000 });
  const history = useApiQuery<{ items: (RawCheck | HistoryPoint)[] }>(
    `/api/v1/monitors/${id}/history?resolution=${range}`,
    { refetchInterval: 30_000 },
  );
  const events = useApiQuery<{ items: MonitorEvent[] }>(`/api/v1/monitors/${id}/events`, {
    refetchInterval: 30_000,
  });
  return { path, monitor, history, events, range, setRange };
}

export function MonitorDetail() {
  const { id = "" } = useParams();
  const t = useT();
  const session = useSession();
  const { path, monitor, history, events, range, setRange } = useMonitorDetail(id);

  if (monitor.error) {
    return (
      <p className="notice notice-error" role="alert" data-testid="monitor-error">
        {errorMessage(monitor.error)} <Link to="/monitors">{t("monitor.back")}</Link>
      </p>
    );
  }
  const m = monitor.data;
  if (!m) return <p className="muted">{t("app.loading")}</p>;

  return (
    <>
      <PageHeader
        title={isolate(m.name)}
        description={t("monitor.describe", {
          type: t(`monitor.kind.${m.type}`),
          target: targetOf(m, t),
          s: formatNumber(m.interval_s),
        })}
        actions={session.can("responder") ? <MonitorActions monitor={m} path={path} /> : null}
      />
      <MonitorSummary monitor={m} />
      <MonitorHistoryCard
        name={isolate(m.name)}
        items={history.data?.items ?? []}
        range={range}
        onRange={setRange}
      />
      <MonitorEventsCard events={events.data?.items ?? []} />
    </>
  );
}

/** Edit and delete (the page shows them to responders); deleting refreshes the lists but not this (now gone) monitor. */
function MonitorActions({ monitor: m, path }: { monitor: Monitor; path: string }) {
  const t = useT();
  const navigate = useNavigate();
  const toast = useToast();
  const qc = useQueryClient();

  const remove = async () => {
    if (!window.confirm(t("monitor.delete_q", { name: isolate(m.name) }))) return;
    try {
      await api.delete(`/api/v1/monitors/${m.id}`);
      await qc.invalidateQueries({ predicate: (q) => monitorsQuery(q.queryKey) && q.queryKey[1] !== path });
      toast({ message: t("monitor.deleted", { name: isolate(m.name) }), tone: "success" });
      navigate("/monitors");
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
    }
  };

  return (
    <>
      <Link className="button" to={`/monitors/${m.id}/edit`} data-testid="monitor-edit">
        {t("crisis.edit")}
      </Link>
      <button type="button" className="button button-danger" onClick={remove} data-testid="monitor-delete">
        {t("monitor.delete")}
      </button>
    </>
  );
}

function MonitorSummary({ monitor: m }: { monitor: Monitor }) {
  const t = useT();
  const why = useFailureText();
  return (
    <div className="monitor-summary" data-testid="monitor-summary">
      <span data-testid="monitor-state" data-state={m.state}>
        <Badge value={m.state} />
      </span>
      <span>
        {t("monitor.since")}{" "}
        <span title={formatTime(m.state_changed_at)}>{formatRelative(m.state_changed_at)}</span>
      </span>
      <span>{t("monitor.last_check", { when: formatRelative(m.last_checked_at) })}</span>
      {m.last_error_why ? (
        <span className="notice notice-error monitor-error">{why(m.last_error_why)}</span>
      ) : null}
      {m.component ? <span>{t("monitor.moves_component", { name: isolate(m.component) })}</span> : null}
      {m.crisis ? (
        <span>
          {t("monitor.opens_crisis", { severity: m.crisis.severity, type: m.crisis.type })}
          {m.crisis_id ? (
            <>
              {" "}
              (<Link to={`/crises/${m.crisis_id}`}>{t("monitor.open_crisis")}</Link>)
            </>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
