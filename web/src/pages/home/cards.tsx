import { Link } from "react-router-dom";
import { Badge } from "../../components/Badge.js";
import { Clock } from "../../components/Clock.js";
import { formatMoney } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import { useApprovalLine } from "../approvals/approval-line.js";
import { useAlertHeadline } from "./alert-headline.js";
import { countOf, type HomeData, leadOf, nextDeadline, nextTask, unpagedRoles } from "./data.js";
import { HomeCard } from "./HomeCard.js";

const FIRST = 5;

export function CrisesCard({ data }: { data: HomeData }) {
  const t = useT();
  const tOr = useTOr();
  const items = data.crises.data?.items ?? [];
  return (
    <HomeCard
      title={t("home.crises")}
      count={countOf(data.crises.data)}
      to="/crises"
      error={data.crises.error}
      empty={t("home.crises_none")}
      tone="bad"
      testId="home-crises"
    >
      <ul className="home-list">
        {items.slice(0, FIRST).map((c) => {
          const deadline = nextDeadline(c);
          const task = nextTask(c);
          const lead = leadOf(c);
          return (
            <li key={c.id} className="home-item" data-testid="home-crisis">
              <div className="home-item-line">
                <Badge value={c.severity.toLowerCase()}>{c.severity}</Badge>
                <Link to={`/crises/${encodeURIComponent(c.id)}`} className="home-item-title">
                  <bdi>{c.title}</bdi>
                </Link>
                {c.drill ? <span className="muted">{t("home.drill")}</span> : null}
              </div>
              <dl className="home-facts">
                <dt>{t("home.lead")}</dt>
                <dd className={lead ? undefined : "home-missing"}>{lead ?? t("home.nobody")}</dd>
                {deadline ? (
                  <>
                    <dt>{tOr(`crisis.clock.${deadline.id}`, deadline.label)}</dt>
                    <dd>
                      <Clock deadline={deadline.due_at} />
                    </dd>
                  </>
                ) : null}
                <dt>{t("home.next_task")}</dt>
                <dd className={task?.overdue ? "home-missing" : undefined}>
                  {task ? task.title : t("home.no_task")}
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </HomeCard>
  );
}

export function AlertsCard({ data }: { data: HomeData }) {
  const t = useT();
  const headline = useAlertHeadline();
  const items = data.alerts.data?.items ?? [];
  return (
    <HomeCard
      title={t("home.alerts")}
      count={countOf(data.alerts.data)}
      to="/alerts"
      error={data.alerts.error}
      empty={t("home.alerts_none")}
      testId="home-alerts"
    >
      <ul className="home-list">
        {items.slice(0, FIRST).map((a) => (
          <li key={a.id} className="home-item">
            <Link to={`/alerts/${encodeURIComponent(a.id)}`} className="home-item-title">
              {headline(a)}
            </Link>
            <span className="home-item-meta">
              <Clock since={a.opened_at} label={t("home.waiting_for")} />
            </span>
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}

export function ApprovalsCard({ data }: { data: HomeData }) {
  const t = useT();
  const line = useApprovalLine();
  const items = data.approvals.data?.items ?? [];
  return (
    <HomeCard
      title={t("home.approvals")}
      count={countOf(data.approvals.data)}
      to="/approvals"
      error={data.approvals.error}
      empty={t("home.approvals_none")}
      testId="home-approvals"
    >
      <ul className="home-list">
        {items.slice(0, FIRST).map((a) => (
          <li key={`${a.kind}-${a.id}`} className="home-item">
            <Link to="/approvals" className="home-item-title">
              {line(a)}
            </Link>
            <span className="home-item-meta">
              {t(a.kind === "remedy" ? "home.approval_remedy" : "home.approval_message")}
              {a.amount !== null && a.currency ? ` · ${formatMoney(a.amount, a.currency)}` : ""} ·{" "}
              {t("home.asked_by", { who: a.requested_by })}
            </span>
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}

export function CasesCard({ data }: { data: HomeData }) {
  const t = useT();
  const items = data.cases.data?.items ?? [];
  return (
    <HomeCard
      title={t("home.cases")}
      count={countOf(data.cases.data)}
      to="/cases"
      error={data.cases.error}
      empty={t("home.cases_none")}
      testId="home-cases"
    >
      <ul className="home-list">
        {items.slice(0, FIRST).map((c) => (
          <li key={c.id} className="home-item">
            <div className="home-item-line">
              <Badge value={c.priority === "P1" ? "critical" : c.priority === "P2" ? "high" : "medium"}>
                {c.priority}
              </Badge>
              <Link to={`/cases/${encodeURIComponent(c.id)}`} className="home-item-title">
                <bdi>
                  {c.subject ||
                    c.customer.name ||
                    c.customer.email ||
                    c.customer.handle ||
                    c.text.slice(0, 80)}
                </bdi>
              </Link>
            </div>
            <span className="home-item-meta">
              <Clock deadline={c.first_response_due_at} label={t("home.first_reply")} />
            </span>
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}

export function MonitorsCard({ data }: { data: HomeData }) {
  const t = useT();
  const items = data.monitors.data?.items ?? [];
  return (
    <HomeCard
      title={t("home.monitors")}
      count={countOf(data.monitors.data)}
      to="/monitors"
      error={data.monitors.error}
      empty={t("home.monitors_none")}
      tone="bad"
      testId="home-monitors"
    >
      <ul className="home-list">
        {items.slice(0, FIRST).map((m) => (
          <li key={m.id} className="home-item">
            <Link to={`/monitors/${encodeURIComponent(m.id)}`} className="home-item-title">
              <bdi>{m.name}</bdi>
            </Link>
            <span className="home-item-meta">
              <Clock since={m.state_changed_at} label={t("home.down_for")} />
            </span>
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}

export function PagingCard({ data }: { data: HomeData }) {
  const t = useT();
  const headline = useAlertHeadline();
  const unpaged = unpagedRoles(data.crises.data?.items ?? []);
  const unacknowledged = (data.alerts.data?.items ?? []).filter(
    (a) => a.escalation_step > 0 && !a.acknowledged_at,
  );
  const count =
    data.crises.data && data.alerts.data
      ? unpaged.length + unacknowledged.length + data.failingEndpoints.length
      : null;
  return (
    <HomeCard
      title={t("home.paging")}
      count={count}
      to="/alerts/rules"
      error={data.crises.error ?? data.alerts.error}
      empty={t("home.paging_none")}
      tone="bad"
      testId="home-paging"
    >
      <ul className="home-list">
        {unpaged.map(({ crisis, roles }) => (
          <li key={`c-${crisis.id}`} className="home-item">
            <Link to={`/crises/${encodeURIComponent(crisis.id)}`} className="home-item-title">
              <bdi>{crisis.title}</bdi>
            </Link>
            <span className="home-item-meta">{t("home.unpaged", { roles: roles.join(", ") })}</span>
          </li>
        ))}
        {unacknowledged.slice(0, FIRST).map((a) => (
          <li key={`a-${a.id}`} className="home-item">
            <Link to={`/alerts/${encodeURIComponent(a.id)}`} className="home-item-title">
              {headline(a)}
            </Link>
            <span className="home-item-meta">{t("home.escalated", { step: a.escalation_step })}</span>
          </li>
        ))}
        {data.failingEndpoints.map(({ endpoint, last }) => (
          <li key={`w-${endpoint.id}`} className="home-item">
            <Link to="/settings/webhooks" className="home-item-title">
              {endpoint.description || new URL(endpoint.url).host}
            </Link>
            <span className="home-item-meta">
              {last.status_code
                ? t("home.webhook_status", { code: last.status_code })
                : t("home.webhook_unreachable")}
            </span>
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}
