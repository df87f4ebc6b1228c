import { Stat, type StatTone } from "../../components/Card.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatClock, formatPercent } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { useSession } from "../../session.js";
import { AlertsCard, ApprovalsCard, CasesCard, CrisesCard, MonitorsCard, PagingCard } from "./cards.js";
import { useHomeData } from "./data.js";
import { NextSteps } from "./NextSteps.js";
import "./home.css";

export type { Overview } from "./types.js";

/** What is happening right now and what to do next; every card links to its list. */
export default function HomePage() {
  const session = useSession();
  const t = useT();
  const data = useHomeData();
  const overview = data.overview;
  const o = overview.data;

  const tone = (n: number | undefined, bad: StatTone): StatTone => (n ? bad : "good");
  const share = o?.negative_share_24h;
  const negTone: StatTone = share == null ? "neutral" : share >= 0.4 ? "bad" : share >= 0.2 ? "warn" : "good";

  return (
    <>
      <PageHeader
        title={t("nav.home")}
        description={t("home.description", { workspace: session.workspace.name })}
        actions={
          <span className="live-note" data-testid="overview-updated" aria-live="off">
            {overview.dataUpdatedAt
              ? t("common.updated", { time: formatClock(overview.dataUpdatedAt) })
              : t("app.loading")}
          </span>
        }
      />
      {overview.error ? (
        <p className="notice notice-error" role="alert" data-testid="overview-error">
          {t("home.figures_failed")}
        </p>
      ) : null}
      <NextSteps data={data} />
      <div className="home-grid">
        <CrisesCard data={data} />
        <AlertsCard data={data} />
        <ApprovalsCard data={data} />
        <CasesCard data={data} />
        <MonitorsCard data={data} />
        <PagingCard data={data} />
      </div>
      <h2 className="home-section-title">{t("home.figures")}</h2>
      <div className="stat-grid" data-testid="overview">
        <Stat
          label={t("home.stat_crises")}
          value={o?.open_crises}
          tone={tone(o?.open_crises, "bad")}
          data-testid="stat-open-crises"
        />
        <Stat
          label={t("home.stat_alerts")}
          value={o?.open_alerts}
          tone={tone(o?.open_alerts, "warn")}
          data-testid="stat-open-alerts"
        />
        <Stat label={t("home.stat_mentions_24h")} value={o?.mentions_24h} data-testid="stat-mentions-24h" />
        <Stat
          label={t("home.stat_negative")}
          value={o ? (share == null ? null : formatPercent(share)) : undefined}
          tone={negTone}
          hint={o && share == null ? t("home.stat_negative_none") : undefined}
          data-testid="stat-negative-share"
        />
        <Stat label={t("home.stat_mentions")} value={o?.mentions} data-testid="stat-mentions" />
      </div>
    </>
  );
}
