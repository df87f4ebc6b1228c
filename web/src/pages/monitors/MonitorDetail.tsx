import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { api, errorMessage } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { TimeSeriesChart } from "../../components/Chart.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatRelative, formatTime } from "../../format.js";
import { type MessageId, useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { monitorsQuery } from "./MonitorForm.js";
import type { HistoryPoint, Monitor, MonitorEvent, RawCheck } from "./types.js";
import { targetOf } from "./types.js";

type Range = "raw" | "hour" | "day";
const RANGES: { id: Range; label: MessageId }[] = [
  { id: "raw", label: "monitor.range_raw" },
  { id: "hour", label: "monitor.range_hour" },
  { id: "day", label: "monitor.range_day" },
];

export function MonitorDetail() {
  const { id = "" } = useParams();
  const session = useSession();
  const t = useT();
  const navigate = useNavigate();
  const toast = useToast();
  const qc = useQueryClient();
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

  if (monitor.error) {
    return (
      <p className="notice notice-error" role="alert" data-testid="monitor-error">
        {errorMessage(monitor.error)} <Link to="/monitors">{t("monitor.back")}</Link>
      </p>
    );
  }
  const m = monitor.data;
  if (!m) return <p className="muted">{t("app.loading")}</p>;

  const items = history.data?.items ?? [];
  const isRaw = range === "raw";
  const x = items.map((p) => ("at" in p ? p.at : p.start));
  const series = isRaw
    ? [
        {
          label: t("monitor.latency_ms"),
          values: (items as RawCheck[]).map((c) => (c.ok ? c.latency_ms : null)),
          area: true,
        },
      ]
    : [
        { label: t("monitor.p50"), values: (items as HistoryPoint[]).map((p) => p.latency_p50), area: true },
        {
          label: t("monitor.p95"),
          values: (items as HistoryPoint[]).map((p) => p.latency_p95),
          dashed: true,
        },
      ];
  const total = isRaw ? items.length : (items as HistoryPoint[]).reduce((s, p) => s + p.count, 0);
  const up = isRaw
    ? (items as RawCheck[]).filter((c) => c.ok).length
    : (items as HistoryPoint[]).reduce((s, p) => s + p.up_count, 0);

  const remove = async () => {
    if (!window.confirm(t("monitor.delete_q", { name: m.name }))) return;
    try {
      await api.delete(`/api/v1/monitors/${m.id}`);
      await qc.invalidateQueries({ predicate: (q) => monitorsQuery(q.queryKey) && q.queryKey[1] !== path });
      toast({ message: t("monitor.deleted", { name: m.name }), tone: "success" });
      navigate("/monitors");
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
    }
  };

  return (
    <>
      <PageHeader
        title={m.name}
        description={t("monitor.describe", {
          type: m.type.toUpperCase(),
          target: targetOf(m),
          s: m.interval_s,
        })}
        actions={
          session.can("responder") ? (
            <>
              <Link className="button" to={`/monitors/${m.id}/edit`} data-testid="monitor-edit">
                {t("crisis.edit")}
              </Link>
              <button
                type="button"
                className="button button-danger"
                onClick={remove}
                data-testid="monitor-delete"
              >
                {t("monitor.delete")}
              </button>
            </>
          ) : null
        }
      />
      <div className="monitor-summary" data-testid="monitor-summary">
        <span data-testid="monitor-state" data-state={m.state}>
          <Badge value={m.state} />
        </span>
        <span>
          {t("monitor.since")}{" "}
          <span title={formatTime(m.state_changed_at)}>{formatRelative(m.state_changed_at)}</span>
        </span>
        <span>{t("monitor.last_check", { when: formatRelative(m.last_checked_at) })}</span>
        {m.last_error ? <span className="notice notice-error monitor-error">{m.last_error}</span> : null}
        {m.component ? <span>{t("monitor.moves_component", { name: m.component })}</span> : null}
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
      <Card
        title={t("monitor.history")}
        actions={
          <select
            className="select"
            value={range}
            onChange={(e) => setRange(e.target.value as Range)}
            aria-label={t("monitor.history_range")}
            data-testid="history-range"
          >
            {RANGES.map((r) => (
              <option key={r.id} value={r.id}>
                {t(r.label)}
              </option>
            ))}
          </select>
        }
        data-testid="monitor-history"
      >
        {items.length === 0 ? (
          <p className="muted">{t("monitor.no_checks")}</p>
        ) : (
          <>
            <TimeSeriesChart
              x={x}
              series={series}
              label={t("monitor.latency_of", { name: m.name })}
              formatY={(v) => `${Math.round(v)} ms`}
              data-testid="monitor-chart"
            />
            <p className="muted" data-testid="monitor-uptime">
              {t("monitor.uptime", { pct: total ? ((up / total) * 100).toFixed(2) : "—", total })}
            </p>
          </>
        )}
      </Card>
      <Card title={t("monitor.state_changes")} data-testid="monitor-events">
        {(events.data?.items ?? []).length === 0 ? (
          <p className="muted">{t("monitor.no_changes")}</p>
        ) : (
          <ul className="monitor-events">
            {(events.data?.items ?? []).map((e) => (
              <li key={e.id}>
                <span title={formatTime(e.at)}>{formatRelative(e.at)}</span> <Badge value={e.from_state} /> →{" "}
                <Badge value={e.to_state} /> {e.reason ? <span className="muted">{e.reason}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
