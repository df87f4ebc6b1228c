import { useState } from "react";
import { Link, Route, Routes } from "react-router-dom";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { TimeSeriesChart } from "../../components/Chart.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { PageHeader } from "../../components/PageHeader.js";
import { TabNav } from "../../components/TabNav.js";
import { formatRelative, formatTime } from "../../format.js";
import { useLive } from "../../live.js";
import { apiKey, useCursorList } from "../../queries.js";
import { AlertView } from "./AlertView.js";
import { DeliveryBanner } from "./Paging.js";
import { RulesEditor } from "./RulesEditor.js";
import "./alerts.css";
import { useT } from "../../i18n/t.js";
import { type Alert, kindLabel } from "./types.js";

export default function AlertsPage() {
  return (
    <Routes>
      <Route index element={<AlertList />} />
      <Route path="rules" element={<RulesEditor />} />
      <Route path=":id" element={<AlertView />} />
    </Routes>
  );
}

export function AlertTabs() {
  return (
    <TabNav
      label="Alerts"
      tabs={[
        { to: "/alerts", label: "Alerts", testId: "alerts-tab-list" },
        { to: "/alerts/rules", label: "Rules", testId: "alerts-tab-rules" },
      ]}
    />
  );
}

const round = (n: number) => (Math.abs(n) >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

/** The small chart behind each alert in the list: observed against expected. */
export function AlertChart({ alert, height = 90 }: { alert: Alert; height?: number }) {
  if (!alert.points.length) return <span className="alerts-muted">single event</span>;
  // One bucket is no line: say it in words rather than draw an empty chart.
  if (alert.points.length < 2) {
    const p = alert.points[0] as (typeof alert.points)[number];
    return (
      <span className="alerts-muted" data-testid="alert-chart">
        {round(p.observed)} observed against {round(p.expected)} expected
      </span>
    );
  }
  return (
    <TimeSeriesChart
      x={alert.points.map((p) => p.start)}
      series={[
        { label: "observed", values: alert.points.map((p) => p.observed), area: true },
        {
          label: "expected",
          values: alert.points.map((p) => Math.round(p.expected * 100) / 100),
          dashed: true,
        },
      ]}
      label={`${alert.title}: observed against expected`}
      height={height}
      data-testid="alert-chart"
    />
  );
}

function AlertList() {
  const tHead = useT();
  const [status, setStatus] = useState("unresolved");
  const path = `/api/v1/alerts${status ? `?status=${status}` : ""}`;
  // Live: every change re-reads the list; polling covers a worker in another process.
  const live = useLive("/api/v1/alerts/stream", {
    events: ["alert"],
    invalidate: [apiKey(path)],
  });
  const list = useCursorList<Alert>(path, { refetchInterval: 15_000 });
  const columns: Column<Alert>[] = [
    {
      key: "title",
      header: "Alert",
      render: (a) => (
        <div>
          <Link to={`/alerts/${a.id}`} data-testid="alert-link">
            {a.title}
          </Link>
          <div className="alerts-muted">
            {kindLabel(a.kind)}
            {a.group_size > 1 ? (
              <span data-testid="alert-group">
                {" "}
                ·{" "}
                {a.group_id === a.id
                  ? `first of ${a.group_size} alerts of one incident`
                  : "same incident as "}
                {a.group_id && a.group_id !== a.id ? (
                  <Link to={`/alerts/${a.group_id}`}>its first alert</Link>
                ) : null}
              </span>
            ) : null}
          </div>
        </div>
      ),
      sortValue: (a) => a.title,
    },
    {
      key: "status",
      header: "Status",
      render: (a) => (
        <span data-testid="alert-status">
          <Badge value={a.status} /> {a.active ? <Badge value="active" tone="red" /> : null}
        </span>
      ),
      sortValue: (a) => a.status,
    },
    {
      key: "observed",
      header: "Observed / expected",
      render: (a) => `${round(a.peak_observed)} / ${round(a.expected)}`,
      sortValue: (a) => a.peak_score,
      align: "right",
    },
    { key: "chart", header: "Behind it", render: (a) => <AlertChart alert={a} />, width: "280px" },
    {
      key: "opened",
      header: "Opened",
      render: (a) => <span title={formatTime(a.opened_at)}>{formatRelative(a.opened_at)}</span>,
      sortValue: (a) => a.opened_at,
    },
  ];
  return (
    <>
      <PageHeader
        title={tHead("nav.alerts")}
        description="What the detectors saw, live. Acknowledge to stop the escalation; open a crisis from one."
        actions={
          <span className="alerts-muted" data-testid="alerts-live">
            {live.state === "open" ? "live" : live.state}
          </span>
        }
      />
      <AlertTabs />
      <DeliveryBanner />
      <Card
        title="Alerts"
        actions={
          <label>
            Show{" "}
            <select value={status} onChange={(e) => setStatus(e.target.value)} data-testid="alerts-filter">
              <option value="unresolved">not closed</option>
              <option value="open">open</option>
              <option value="acknowledged">acknowledged</option>
              <option value="snoozed">snoozed</option>
              <option value="closed">closed</option>
              <option value="">all</option>
            </select>
          </label>
        }
      >
        <DataTable
          caption="Alerts"
          columns={columns}
          rows={list.items}
          rowKey={(a) => a.id}
          isLoading={list.isLoading}
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          onLoadMore={list.loadMore}
          empty="No alerts. The detectors are watching mentions and shop signals; set who hears about them under Rules."
          data-testid="alerts"
        />
      </Card>
    </>
  );
}
