import { Link } from "react-router-dom";
import { Card } from "../../components/Card.js";
import { useT } from "../../i18n/t.js";
import { useSession } from "../../session.js";
import { type HomeData, leadOf, nextTask } from "./data.js";

interface Step {
  key: string;
  text: string;
  to: string;
}

/** What to do next, most urgent first, each a link to where it is done. */
export function NextSteps({ data }: { data: HomeData }) {
  const t = useT();
  const session = useSession();
  const steps: Step[] = [];
  for (const c of data.crises.data?.items ?? []) {
    const to = `/crises/${encodeURIComponent(c.id)}`;
    if (!leadOf(c)) steps.push({ key: `lead-${c.id}`, text: t("home.step_lead", { title: c.title }), to });
    const task = nextTask(c);
    if (task)
      steps.push({
        key: `task-${c.id}`,
        text: t("home.step_task", { task: task.title, title: c.title }),
        to,
      });
  }
  const down = data.monitors.data?.items ?? [];
  for (const m of down.slice(0, 3)) {
    steps.push({
      key: `mon-${m.id}`,
      text: t("home.step_monitor", { name: m.name }),
      to: `/monitors/${encodeURIComponent(m.id)}`,
    });
  }
  const alerts = data.alerts.data?.items.length ?? 0;
  if (alerts) steps.push({ key: "alerts", text: t("home.step_alerts", { count: alerts }), to: "/alerts" });
  const approvals = data.approvals.data?.items.length ?? 0;
  if (approvals)
    steps.push({ key: "approvals", text: t("home.step_approvals", { count: approvals }), to: "/approvals" });
  const cases = data.cases.data?.items.length ?? 0;
  if (cases) steps.push({ key: "cases", text: t("home.step_cases", { count: cases }), to: "/cases" });
  if (data.overview.data?.mentions === 0) {
    steps.push(
      session.can("admin")
        ? { key: "sources", text: t("home.step_sources"), to: "/settings/sources" }
        : { key: "sources", text: t("home.step_sources_ask"), to: "/settings/team" },
    );
  }
  const loading = !data.crises.data || !data.alerts.data;

  return (
    <Card title={t("home.next")} data-testid="home-next">
      {loading ? (
        <p className="muted">{t("app.loading")}</p>
      ) : steps.length === 0 ? (
        <p className="home-all-clear" data-testid="home-all-clear">
          {t("home.all_clear")}
        </p>
      ) : (
        <ol className="home-steps">
          {steps.slice(0, 8).map((s) => (
            <li key={s.key} data-testid="home-step">
              <Link to={s.to}>{s.text}</Link>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
