import { Link, Route, Routes } from "react-router-dom";
import { errorMessage } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { BarSparkline } from "../../components/Chart.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatRelative, formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { useCursorList } from "../../queries.js";
import { useSession } from "../../session.js";
import { MonitorDetail } from "./MonitorDetail.js";
import { MonitorForm } from "./MonitorForm.js";
import { type Monitor, targetOf } from "./types.js";
import "./monitors.css";
import { isolate } from "../../bidi.js";

export default function MonitorsPage() {
  return (
    <Routes>
      <Route index element={<MonitorList />} />
      <Route path="new" element={<MonitorForm />} />
      <Route path=":id/edit" element={<MonitorForm />} />
      <Route path=":id" element={<MonitorDetail />} />
    </Routes>
  );
}

function MonitorList() {
  const session = useSession();
  const t = useT();
  const list = useCursorList<Monitor>("/api/v1/monitors", { refetchInterval: 10_000 });
  const columns: Column<Monitor>[] = [
    {
      key: "name",
      header: t("monitors.col_monitor"),
      sortValue: (m) => m.name,
      render: (m) => (
        <div>
          <Link to={`/monitors/${m.id}`} data-testid="monitor-link">
            <bdi>{m.name}</bdi>
          </Link>
          <div className="muted mono monitor-target">{targetOf(m, t)}</div>
        </div>
      ),
    },
    {
      key: "type",
      header: t("monitors.col_type"),
      sortValue: (m) => m.type,
      render: (m) => t(`monitor.kind.${m.type}`),
    },
    {
      key: "state",
      header: t("monitors.col_state"),
      sortValue: (m) => (m.state === "down" ? 0 : m.state === "pending" ? 1 : 2),
      render: (m) => (
        <span data-testid="monitor-state" data-state={m.state}>
          <Badge value={m.state} />
        </span>
      ),
    },
    {
      key: "sparkline",
      header: t("monitors.col_latency"),
      render: (m) =>
        m.sparkline && m.sparkline.length > 0 ? (
          <BarSparkline
            values={m.sparkline.map((v) => v ?? 0)}
            label={t("monitors.sparkline", { count: m.sparkline.length, name: isolate(m.name) })}
            width={120}
            height={24}
          />
        ) : (
          <span className="muted">{t("monitors.no_checks")}</span>
        ),
    },
    {
      key: "last",
      header: t("monitors.col_last"),
      sortValue: (m) => m.last_checked_at,
      render: (m) => (
        <span title={formatTime(m.last_checked_at)}>
          {formatRelative(m.last_checked_at)}
          {m.last_latency_ms !== null ? ` · ${Math.round(m.last_latency_ms)} ms` : ""}
        </span>
      ),
    },
    {
      key: "component",
      header: t("monitors.col_component"),
      render: (m) => (m.component ? <bdi>{m.component}</bdi> : <span className="muted">—</span>),
    },
  ];
  return (
    <>
      <PageHeader
        title={t("nav.monitors")}
        description={t("monitors.description")}
        actions={
          session.can("responder") ? (
            <Link className="button button-primary" to="/monitors/new" data-testid="monitor-add">
              {t("monitors.add")}
            </Link>
          ) : null
        }
      />
      <Card>
        {list.error ? (
          <p className="notice notice-error" role="alert" data-testid="list-error">
            {errorMessage(list.error)}
          </p>
        ) : (
          <DataTable
            caption={t("nav.monitors")}
            columns={columns}
            rows={list.items}
            rowKey={(m) => m.id}
            isLoading={list.isLoading}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            initialSort={{ key: "state", dir: "asc" }}
            stackOnPhone
            data-testid="monitors-table"
            empty={<EmptyState title={t("monitors.none")}>{t("monitors.none_hint")}</EmptyState>}
          />
        )}
      </Card>
    </>
  );
}
