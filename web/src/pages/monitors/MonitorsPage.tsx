import { Link, Route, Routes } from "react-router-dom";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { BarSparkline } from "../../components/Chart.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatRelative, formatTime } from "../../format.js";
import { useCursorList } from "../../queries.js";
import { useSession } from "../../session.js";
import { MonitorDetail } from "./MonitorDetail.js";
import { MonitorForm } from "./MonitorForm.js";
import { type Monitor, targetOf } from "./types.js";
import "./monitors.css";

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
  const list = useCursorList<Monitor>("/api/v1/monitors", { refetchInterval: 10_000 });
  const columns: Column<Monitor>[] = [
    {
      key: "name",
      header: "Monitor",
      sortValue: (m) => m.name,
      render: (m) => (
        <div>
          <Link to={`/monitors/${m.id}`} data-testid="monitor-link">
            {m.name}
          </Link>
          <div className="muted mono monitor-target">{targetOf(m)}</div>
        </div>
      ),
    },
    { key: "type", header: "Type", sortValue: (m) => m.type, render: (m) => m.type.toUpperCase() },
    {
      key: "state",
      header: "State",
      sortValue: (m) => (m.state === "down" ? 0 : m.state === "pending" ? 1 : 2),
      render: (m) => (
        <span data-testid="monitor-state" data-state={m.state}>
          <Badge value={m.state} />
        </span>
      ),
    },
    {
      key: "sparkline",
      header: "Latency (last hour)",
      render: (m) =>
        m.sparkline && m.sparkline.length > 0 ? (
          <BarSparkline
            values={m.sparkline.map((v) => v ?? 0)}
            label={`Latency of the last ${m.sparkline.length} checks of ${m.name}`}
            width={120}
            height={24}
          />
        ) : (
          <span className="muted">no checks yet</span>
        ),
    },
    {
      key: "last",
      header: "Last check",
      sortValue: (m) => m.last_checked_at,
      render: (m) => (
        <span title={formatTime(m.last_checked_at)}>
          {formatRelative(m.last_checked_at)}
          {m.last_latency_ms !== null ? ` · ${Math.round(m.last_latency_ms)} ms` : ""}
        </span>
      ),
    },
    { key: "component", header: "Component", render: (m) => m.component ?? <span className="muted">—</span> },
  ];
  return (
    <>
      <PageHeader
        title="Monitors"
        description="Your shop's pages, ports, certificates, DNS, scheduled jobs and providers, checked around the clock."
        actions={
          session.can("responder") ? (
            <Link className="button button-primary" to="/monitors/new" data-testid="monitor-add">
              Add monitor
            </Link>
          ) : null
        }
      />
      <Card>
        {list.error ? (
          <p className="notice notice-error" role="alert" data-testid="list-error">
            The monitors could not be loaded: {list.error.message}
          </p>
        ) : (
          <DataTable
            caption="Monitors"
            columns={columns}
            rows={list.items}
            rowKey={(m) => m.id}
            isLoading={list.isLoading}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            initialSort={{ key: "state", dir: "asc" }}
            data-testid="monitors-table"
            empty={
              <EmptyState title="No monitors yet.">
                Add one for your checkout page first: Firebreak checks it every minute and tells you when it
                goes down, before customers do.
              </EmptyState>
            }
          />
        )}
      </Card>
    </>
  );
}
