import { useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { api, errorMessage } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { useToast } from "../../components/Toast.js";
import { formatDay, formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { ContactsTable, ContinuityTable, SuppliersTable, TeamTable } from "./PlanOverviewTables.js";
import type { PlanView } from "./types.js";

export function PlanOverview() {
  const q = useApiQuery<PlanView>("/api/v1/plan");
  const changes = useApiQuery<{ items: { path: string; change: string }[]; since: string }>(
    "/api/v1/plan/changes",
  );
  // Lessons from past crises: the review is where their action items are checked.
  const lessons = useApiQuery<{
    items: {
      id: string;
      crisis_id: string;
      title: string;
      owner_name: string;
      due_date: string;
      overdue: boolean;
    }[];
  }>("/api/v1/action-items/for-review");
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const t = useT();
  if (!q.data)
    return <div className="page-loading">{q.error ? errorMessage(q.error) : t("app.loading")}</div>;
  const { plan, review, language } = q.data;
  const markReviewed = async () => {
    try {
      await api.post("/api/v1/plan/review", { note: "reviewed from the dashboard" });
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/plan") });
      toast({ message: t("planview.reviewed"), tone: "success" });
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
    }
  };
  return (
    <div className="stack plan-overview">
      <Card
        title={t("pm.review")}
        data-testid="plan-review"
        actions={
          session.can("admin") ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void markReviewed()}
              data-testid="plan-mark-reviewed"
            >
              {t("planview.mark_reviewed")}
            </button>
          ) : null
        }
      >
        <p>
          {review.due ? (
            <Badge value="due" tone="red">
              {t("planview.due")}
            </Badge>
          ) : (
            <Badge value="up to date" tone="green">
              {t("planview.up_to_date")}
            </Badge>
          )}{" "}
          {t("planview.reviewed_line", {
            last: review.last_reviewed ?? t("common.never"),
            next: review.next_review,
          })}
          {review.due ? "" : ` ${t("planview.days_left", { n: review.days_left })}`}{" "}
          {t("pm.revision", {
            n: q.data.revision,
            who: q.data.updated_by,
            time: formatTime(q.data.updated_at),
          })}
        </p>
        <h3>{t("planview.changed")}</h3>
        {changes.data?.items.length ? (
          <ul data-testid="plan-changes">
            {changes.data.items.slice(0, 50).map((c) => (
              <li key={`${c.change}:${c.path}`}>
                <Badge value={c.change} /> <code>{c.path}</code>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("planview.nothing_changed")}</p>
        )}
        <h3>{t("planview.lessons")}</h3>
        {lessons.data?.items.length ? (
          <ul data-testid="plan-action-items">
            {lessons.data.items.slice(0, 50).map((a) => (
              <li key={a.id}>
                <Link to={`/reports/crises/${encodeURIComponent(a.crisis_id)}`}>
                  <bdi>{a.title}</bdi>
                </Link>{" "}
                — {t("report.owner_due", { owner: isolate(a.owner_name), date: formatDay(a.due_date) })}{" "}
                {a.overdue ? <Badge value="overdue" tone="red" /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("report.no_actions")}</p>
        )}
      </Card>
      <TeamTable plan={plan} />
      <ContactsTable plan={plan} language={language} />
      <ContinuityTable plan={plan} language={language} />
      <SuppliersTable plan={plan} />
    </div>
  );
}
