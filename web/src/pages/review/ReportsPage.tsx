import { Link, Route, Routes } from "react-router-dom";
import { isolate } from "../../bidi.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { EmptyState } from "../../components/EmptyState.js";
import { PageHeader } from "../../components/PageHeader.js";
import { colon, formatDay, formatTime } from "../../format.js";
import { useApiQuery } from "../../queries.js";
import { PostmortemPage, useDuration } from "./PostmortemPage.js";
import { ReputationChart } from "./RecoveryChart.js";
import type { ActionItem, GroupStats, Report, Reputation } from "./types.js";
import "./review.css";
import { type MessageId, useT, useTOr } from "../../i18n/t.js";
import { ScrollRegion } from "./ScrollRegion.js";

export default function ReportsPage() {
  return (
    <Routes>
      <Route index element={<ReportsOverview />} />
      <Route path="crises/:id" element={<PostmortemPage />} />
    </Routes>
  );
}

const TIMES: readonly (readonly [
  "detect" | "acknowledge" | "first_public_word" | "mitigate" | "resolve",
  MessageId,
])[] = [
  ["detect", "report.time.detect"],
  ["acknowledge", "report.time.acknowledge"],
  ["first_public_word", "report.time.first_public_word"],
  ["mitigate", "report.time.mitigate"],
  ["resolve", "report.time.resolve"],
];

const cost = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([cur, v]) => new Intl.NumberFormat(undefined, { style: "currency", currency: cur }).format(v / 100))
    .join(", ") || "—";

function GroupTable({
  groups,
  caption,
  testId,
  overall,
}: {
  groups: GroupStats[];
  caption: string;
  testId: string;
  /** The name of the row summing all groups (its key is "all"), in the interface language. */
  overall?: string;
}) {
  const t = useT();
  const duration = useDuration();
  if (!groups.length) return <p className="muted">{t("report.none")}</p>;
  return (
    <ScrollRegion label={caption}>
      <table className="review-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th />
            <th>{t("nav.crises")}</th>
            {TIMES.map(([k, l]) => (
              <th key={k}>{t("report.mean_median", { what: t(l) })}</th>
            ))}
            <th>{t("report.remedy_cost")}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key} data-testid={`${testId}-row`}>
              <td>{g.key === "all" && overall ? overall : g.label}</td>
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
    </ScrollRegion>
  );
}

function ReportsOverview() {
  const t = useT();
  const report = useApiQuery<Report>("/api/v1/reports/crises", { refetchInterval: 60_000 });
  const rep = useApiQuery<Reputation>("/api/v1/reputation", { refetchInterval: 60_000 });
  const review = useApiQuery<ForReview>("/api/v1/action-items/for-review");
  const r = report.data;
  return (
    <>
      <PageHeader title={t("nav.reports")} description={t("report.intro")} actions={<ReportExports />} />
      {report.error ? <p className="notice notice-error">{report.error.message}</p> : null}
      <div className="stack review-stack">
        <Card title={t("report.reputation")} data-testid="reputation">
          {rep.data ? (
            <ReputationChart
              rep={rep.data}
              label={t("report.sentiment_index")}
              testId="reputation"
              baselineLabel={t("report.baseline")}
            />
          ) : (
            <p className="muted">{t("app.loading")}</p>
          )}
        </Card>
        <PostmortemListCard crises={r?.crises.filter((c) => c.resolved_at) ?? []} />
        {r ? <ReportFigures report={r} /> : null}
        <NextReviewCard review={review.data} />
      </div>
    </>
  );
}

type ForReview = { items: ActionItem[]; next_review: string };

function ReportExports() {
  const t = useT();
  return (
    <div className="review-exports">
      {(["md", "html", "csv"] as const).map((f) => (
        <a
          key={f}
          className="button button-small"
          href={`/api/v1/reports/crises?format=${f}`}
          download
          data-testid={`report-export-${f}`}
        >
          {t("report.export", { format: f === "md" ? "Markdown" : f.toUpperCase() })}
        </a>
      ))}
    </div>
  );
}

function PostmortemListCard({ crises }: { crises: Report["crises"] }) {
  const t = useT();
  return (
    <Card title={t("report.postmortems")}>
      {crises.length ? (
        <ul className="review-list" data-testid="postmortem-list">
          {crises.map((c) => (
            <li key={c.id}>
              <Link to={`/reports/crises/${c.id}`} data-testid="postmortem-link">
                <bdi>{c.title}</bdi>
              </Link>{" "}
              <Badge value={c.severity} /> {c.drill ? <Badge value="drill" tone="purple" /> : null}{" "}
              <span className="muted">{t("report.resolved_at", { time: formatTime(c.resolved_at) })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState
          title={t("report.no_resolved")}
          action={
            <Link className="button" to="/crises">
              {t("report.to_crises")}
            </Link>
          }
        >
          {t("report.no_resolved_hint")}
        </EmptyState>
      )}
    </Card>
  );
}

/** Response times of real crises (by type, with the overall row, and by quarter), of drills, and the causes. */
function ReportFigures({ report: r }: { report: Report }) {
  const t = useT();
  return (
    <>
      <Card title={t("report.by_type")}>
        <GroupTable
          groups={[...r.real.by_type, ...(r.real.overall.count ? [r.real.overall] : [])]}
          caption={t("report.by_type")}
          testId="report-real-type"
          overall={t("report.all_real")}
        />
      </Card>
      <Card title={t("report.by_quarter")}>
        <GroupTable
          groups={r.real.by_quarter}
          caption={t("report.by_quarter")}
          testId="report-real-quarter"
        />
      </Card>
      <Card title={t("report.drills")}>
        <GroupTable
          groups={[...r.drills.by_type, ...(r.drills.overall.count ? [r.drills.overall] : [])]}
          caption={t("report.drills_caption")}
          testId="report-drills"
          overall={t("report.all_drills")}
        />
      </Card>
      <Card title={t("report.causes")}>
        {r.top_causes.length ? (
          <ol className="review-list" data-testid="top-causes">
            {r.top_causes.map((c) => (
              <li key={c.cause}>
                {c.cause} <span className="muted">({c.count})</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t("report.no_causes")}</p>
        )}
      </Card>
    </>
  );
}

/** The action items due for the next review meeting, across crises. */
function NextReviewCard({ review }: { review: ForReview | undefined }) {
  const t = useT();
  const tOr = useTOr();
  return (
    <Card title={review ? t("report.next_review_on", { date: review.next_review }) : t("report.next_review")}>
      {review?.items.length ? (
        <ul className="review-list" data-testid="review-actions">
          {review.items.map((a) => (
            <li key={a.id}>
              <Link to={`/reports/crises/${a.crisis_id}`}>
                <bdi>{a.title}</bdi>
              </Link>{" "}
              — {t("report.owner_due", { owner: isolate(a.owner_name), date: formatDay(a.due_date) })}{" "}
              {a.overdue ? <Badge value="overdue" tone="red" /> : null}{" "}
              <span className="muted">
                ({tOr(`plan_part.${a.plan_part}`, a.plan_part.replace("_", " "))}
                {colon()} <bdi>{a.plan_label}</bdi>)
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("report.no_actions")}</p>
      )}
    </Card>
  );
}
