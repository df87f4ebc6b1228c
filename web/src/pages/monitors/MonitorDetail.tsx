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
import { useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { monitorsQuery } from "./MonitorForm.js";
import type { HistoryPoint, Monitor, MonitorEvent, RawCheck } from "./types.js";
import { targetOf } from "./types.js";

type Range = "raw" | "hour" | "day";
const RANGES: { id: Range; label: string }[] = [
  { id: "raw", label: "24 hours (every check)" },
  { id: "hour", label: "48 hours (hourly)" },
  { id: "day", label: "90 days (daily)" },
];

export function MonitorDetail() {
  const { id = "" } = useParams();
  const session = useSession();
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
        {errorMessage(monitor.error)} <Link to="/monitors">Back to monitors</Link>
      </p>
    );
  }
  const m = monitor.data;
  if (!m) return <p className="muted">Loading…</p>;

  const items = history.data?.items ?? [];
  const isRaw = range === "raw";
  const x = items.map((p) => ("at" in p ? p.at : p.start));
  const series = isRaw
    ? [
        {
          label: "Latency (ms)",
          values: (items as RawCheck[]).map((c) => (c.ok ? c.latency_ms : null)),
          area: true,
        },
      ]
    : [
        { label: "p50 (ms)", values: (items as HistoryPoint[]).map((p) => p.latency_p50), area: true },
        { label: "p95 (ms)", values: (items as HistoryPoint[]).map((p) => p.latency_p95), dashed: true },
      ];
  const total = isRaw ? items.length : (items as HistoryPoint[]).reduce((s, p) => s + p.count, 0);
  const up = isRaw
    ? (items as RawCheck[]).filter((c) => c.ok).length
    : (items as HistoryPoint[]).reduce((s, p) => s + p.up_count, 0);

  const remove = async () => {
    if (!window.confirm(`Delete the monitor “${m.name}” and its history?`)) return;
    try {
      await api.delete(`/api/v1/monitors/${m.id}`);
      await qc.invalidateQueries({ predicate: (q) => monitorsQuery(q.queryKey) && q.queryKey[1] !== path });
      toast({ message: `Deleted ${m.name}.`, tone: "success" });
      navigate("/monitors");
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
    }
  };

  return (
    <>
      <PageHeader
        title={m.name}
        description={`${m.type.toUpperCase()} · ${targetOf(m)} · every ${m.interval_s} s`}
        actions={
          session.can("responder") ? (
            <>
              <Link className="button" to={`/monitors/${m.id}/edit`} data-testid="monitor-edit">
                Edit
              </Link>
              <button
                type="button"
                className="button button-danger"
                onClick={remove}
                data-testid="monitor-delete"
              >
                Delete
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
          since <span title={formatTime(m.state_changed_at)}>{formatRelative(m.state_changed_at)}</span>
        </span>
        <span>last check {formatRelative(m.last_checked_at)}</span>
        {m.last_error ? <span className="notice notice-error monitor-error">{m.last_error}</span> : null}
        {m.component ? <span>moves status component “{m.component}”</span> : null}
        {m.crisis ? (
          <span>
            opens a {m.crisis.severity} {m.crisis.type} crisis when down
            {m.crisis_id ? (
              <>
                {" "}
                (<Link to={`/crises/${m.crisis_id}`}>open crisis</Link>)
              </>
            ) : null}
          </span>
        ) : null}
      </div>
      <Card
        title="History"
        actions={
          <select
            className="select"
            value={range}
            onChange={(e) => setRange(e.target.value as Range)}
            aria-label="History range"
            data-testid="history-range"
          >
            {RANGES.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        }
        data-testid="monitor-history"
      >
        {items.length === 0 ? (
          <p className="muted">No checks in this range yet.</p>
        ) : (
          <>
            <TimeSeriesChart
              x={x}
              series={series}
              label={`Latency of ${m.name}`}
              formatY={(v) => `${Math.round(v)} ms`}
              data-testid="monitor-chart"
            />
            <p className="muted" data-testid="monitor-uptime">
              Uptime {total ? ((up / total) * 100).toFixed(2) : "—"}% over {total} checks.
            </p>
          </>
        )}
      </Card>
      <Card title="State changes" data-testid="monitor-events">
        {(events.data?.items ?? []).length === 0 ? (
          <p className="muted">No state changes yet.</p>
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
