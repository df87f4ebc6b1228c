import { Link, Route, Routes } from "react-router-dom";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { EmptyState } from "../../components/EmptyState.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatTime } from "../../format.js";
import { useApiQuery } from "../../queries.js";
import { duration, PostmortemPage } from "./PostmortemPage.js";
import { ReputationChart } from "./RecoveryChart.js";
import type { ActionItem, GroupStats, Report, Reputation } from "./types.js";
import "./review.css";
import { useT } from "../../i18n/t.js";

export default function ReportsPage() {
  return (
    <Routes>
      <Route index element={<ReportsOverview />} />
      <Route path="crises/:id" element={<PostmortemPage />} />
    </Routes>
  );
}

const TIMES = [
  ["detect", "Detect"],
  ["acknowledge", "Acknowledge"],
  ["first_public_word", "First public word"],
  ["mitigate", "Mitigate"],
  ["resolve", "Resolve"],
] as const;

const cost = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([cur, v]) => new Intl.NumberFormat(undefined, { style: "currency", currency: cur }).format(v / 100))
    .join(", ") || "—";

function GroupTable({ groups, caption, testId }: { groups: GroupStats[]; caption: string; testId: string }) {
  if (!groups.length) return <p className="muted">None in this period.</p>;
  return (
    <table className="review-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th />
          <th>Crises</th>
          {TIMES.map(([k, l]) => (
            <th key={k}>{l} (mean / median)</th>
          ))}
          <th>Remedy cost</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key} data-testid={`${testId}-row`}>
            <td>{g.label}</td>
            <td>{g.count}</td>
            {TIMES.map(([k]) => (
              <td key={k}>
                {g.times[k].mean === null
                  ? "—"
                  : `${duration(Math.round(g.times[k].mean ?? 0))} / ${duration(Math.round(g.times[k].median ?? 0))}`}
              </td>
            ))}
            <td>{cost(g.remedy_cost)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReportsOverview() {
  const tHead = useT();
  const report = useApiQuery<Report>("/api/v1/reports/crises", { refetchInterval: 60_000 });
  const rep = useApiQuery<Reputation>("/api/v1/reputation", { refetchInterval: 60_000 });
  const review = useApiQuery<{ items: ActionItem[]; next_review: string }>("/api/v1/action-items/for-review");
  const r = report.data;
  const resolved = r?.crises.filter((c) => c.resolved_at) ?? [];
  return (
    <>
      <PageHeader
        title={tHead("nav.reports")}
        description="After the crisis: post-mortems, lessons and how the shop's reputation recovered. The page to show the board."
        actions={
          <div className="review-exports">
            {(["md", "html", "csv"] as const).map((f) => (
              <a
                key={f}
                className="button button-small"
                href={`/api/v1/reports/crises?format=${f}`}
                download
                data-testid={`report-export-${f}`}
              >
                Export {f === "md" ? "Markdown" : f.toUpperCase()}
              </a>
            ))}
          </div>
        }
      />
      {report.error ? <p className="notice notice-error">{report.error.message}</p> : null}
      <div className="stack">
        <Card title="Reputation: the last 30 days" data-testid="reputation">
          {rep.data ? (
            <ReputationChart
              rep={rep.data}
              label="Daily sentiment index"
              testId="reputation"
              baselineLabel="Baseline (the 28 days before)"
            />
          ) : (
            <p className="muted">Loading…</p>
          )}
        </Card>
        <Card title="Post-mortems">
          {resolved.length ? (
            <ul className="review-list" data-testid="postmortem-list">
              {resolved.map((c) => (
                <li key={c.id}>
                  <Link to={`/reports/crises/${c.id}`} data-testid="postmortem-link">
                    {c.title}
                  </Link>{" "}
                  <Badge value={c.severity} /> {c.drill ? <Badge value="drill" tone="purple" /> : null}{" "}
                  <span className="muted">resolved {formatTime(c.resolved_at)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="No resolved crisis yet">
              A post-mortem is drafted when a crisis is resolved.
            </EmptyState>
          )}
        </Card>
        {r ? (
          <>
            <Card title="Real crises by type">
              <GroupTable
                groups={[...r.real.by_type, ...(r.real.overall.count ? [r.real.overall] : [])]}
                caption="Real crises by type"
                testId="report-real-type"
              />
            </Card>
            <Card title="Real crises by quarter">
              <GroupTable
                groups={r.real.by_quarter}
                caption="Real crises by quarter"
                testId="report-real-quarter"
              />
            </Card>
            <Card title="Drills beside them">
              <GroupTable
                groups={[...r.drills.by_type, ...(r.drills.overall.count ? [r.drills.overall] : [])]}
                caption="Drills by type"
                testId="report-drills"
              />
            </Card>
            <Card title="Most frequent causes">
              {r.top_causes.length ? (
                <ol className="review-list" data-testid="top-causes">
                  {r.top_causes.map((c) => (
                    <li key={c.cause}>
                      {c.cause} <span className="muted">({c.count})</span>
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="muted">No cause written down yet: fill them in the post-mortems.</p>
              )}
            </Card>
          </>
        ) : null}
        <Card title={`For the plan's next review${review.data ? ` (${review.data.next_review})` : ""}`}>
          {review.data?.items.length ? (
            <ul className="review-list" data-testid="review-actions">
              {review.data.items.map((a) => (
                <li key={a.id}>
                  <Link to={`/reports/crises/${a.crisis_id}`}>{a.title}</Link> — {a.owner_name}, due{" "}
                  {a.due_date} {a.overdue ? <Badge value="overdue" tone="red" /> : null}{" "}
                  <span className="muted">
                    ({a.plan_part.replace("_", " ")}: {a.plan_label})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No unfinished action item.</p>
          )}
        </Card>
      </div>
    </>
  );
}
