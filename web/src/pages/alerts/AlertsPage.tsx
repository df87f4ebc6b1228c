import { type ReactNode, useState } from "react";

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
import { RulesEditor } from "./RulesEditor.js";
import "./alerts.css";
import { T, useT } from "../../i18n/t.js";
import { useAlertHeadline } from "../home/alert-headline.js";
import { useAlertKind } from "./kind-label.js";
import type { Alert } from "./types.js";

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
  const t = useT();
  return (
    <TabNav
      label={t("nav.alerts")}
      tabs={[
        { to: "/alerts", label: t("nav.alerts"), testId: "alerts-tab-list" },
        { to: "/alerts/rules", label: t("alerts.rules"), testId: "alerts-tab-rules" },
      ]}
    />
  );
}

const round = (n: number) => (Math.abs(n) >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

/** The small chart behind each alert in the list: observed against expected. */
export function AlertChart({ alert, height = 90 }: { alert: Alert; height?: number }) {
  const t = useT();
  if (!alert.points.length) return <span className="alerts-muted">{t("alerts.single_event")}</span>;
  // One bucket is no line: say it in words rather than draw an empty chart.
  if (alert.points.length < 2) {
    const p = alert.points[0] as (typeof alert.points)[number];
    return (
      <span className="alerts-muted" data-testid="alert-chart">
        {t("alerts.observed_expected", { observed: round(p.observed), expected: round(p.expected) })}
      </span>
    );
  }
  return (
    <TimeSeriesChart
      x={alert.points.map((p) => p.start)}
      series={[
        { label: t("alerts.observed"), values: alert.points.map((p) => p.observed), area: true },
        {
          label: t("alerts.expected"),
          values: alert.points.map((p) => Math.round(p.expected * 100) / 100),
          dashed: true,
        },
      ]}
      label={t("alerts.chart_label", { title: alert.title })}
      height={height}
      data-testid="alert-chart"
    />
  );
}

function AlertList() {
  const t = useT();
  const kindLabel = useAlertKind();
  const headline = useAlertHeadline();
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
      header: t("alerts.col_alert"),
      render: (a) => (
        <div>
          <Link to={`/alerts/${a.id}`} data-testid="alert-link">
            {headline(a)}
          </Link>
          <div className="alerts-muted">
            {kindLabel(a.kind)}
            {a.group_size > 1 ? (
              <span data-testid="alert-group">
                {" "}
                ·{" "}
                {a.group_id === a.id ? (
                  t("alerts.first_of", { n: a.group_size })
                ) : a.group_id ? (
                  <T
                    id="alerts.same_incident"
                    values={{ link: (s: ReactNode) => <Link to={`/alerts/${a.group_id}`}>{s}</Link> }}
                  />
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
      header: t("crises.col_status"),
      render: (a) => (
        <span data-testid="alert-status">
          <Badge value={a.status} /> {a.active ? <Badge value="active" tone="red" /> : null}
        </span>
      ),
      sortValue: (a) => a.status,
    },
    {
      key: "observed",
      header: t("alerts.col_observed"),
      render: (a) => `${round(a.peak_observed)} / ${round(a.expected)}`,
      sortValue: (a) => a.peak_score,
      align: "right",
    },
    { key: "chart", header: t("alerts.col_behind"), render: (a) => <AlertChart alert={a} />, width: "280px" },
    {
      key: "opened",
      header: t("alerts.col_opened"),
      render: (a) => <span title={formatTime(a.opened_at)}>{formatRelative(a.opened_at)}</span>,
      sortValue: (a) => a.opened_at,
    },
  ];
  return (
    <>
      <PageHeader
        title={t("nav.alerts")}
        description={t("alerts.intro")}
        actions={
          <span className="alerts-muted" data-testid="alerts-live">
            {live.state === "open" ? t("crisis.live") : live.state}
          </span>
        }
      />
      <AlertTabs />
      <Card
        title={t("nav.alerts")}
        actions={
          <label>
            {t("alerts.show")}{" "}
            <select value={status} onChange={(e) => setStatus(e.target.value)} data-testid="alerts-filter">
              <option value="unresolved">{t("alerts.not_closed")}</option>
              <option value="open">{t("value.open")}</option>
              <option value="acknowledged">{t("value.acknowledged")}</option>
              <option value="snoozed">{t("value.snoozed")}</option>
              <option value="closed">{t("value.closed")}</option>
              <option value="">{t("common.all")}</option>
            </select>
          </label>
        }
      >
        <DataTable
          caption={t("nav.alerts")}
          columns={columns}
          rows={list.items}
          rowKey={(a) => a.id}
          isLoading={list.isLoading}
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          onLoadMore={list.loadMore}
          empty={t("alerts.none")}
          data-testid="alerts"
        />
      </Card>
    </>
  );
}
