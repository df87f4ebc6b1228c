import { Link } from "react-router-dom";
import { Card, Stat, type StatTone } from "../../components/Card.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";

export interface Overview {
  mentions: number;
  open_alerts: number;
  open_crises: number;
  mentions_24h: number;
  /** 0..1, null when there were no mentions to judge. */
  negative_share_24h: number | null;
}

const REFRESH_MS = 10_000;

const pct = (share: number | null) =>
  share === null
    ? null
    : new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 }).format(share);

export default function HomePage() {
  const session = useSession();
  const overview = useApiQuery<Overview>("/api/v1/overview", { refetchInterval: REFRESH_MS });
  const o = overview.data;

  const tone = (n: number | undefined, bad: StatTone): StatTone => (n ? bad : "good");
  const negTone: StatTone =
    o?.negative_share_24h == null
      ? "neutral"
      : o.negative_share_24h >= 0.4
        ? "bad"
        : o.negative_share_24h >= 0.2
          ? "warn"
          : "good";

  return (
    <>
      <PageHeader
        title="Home"
        description={`Where ${session.workspace.name} stands right now.`}
        actions={
          <span className="live-note" data-testid="overview-updated" aria-live="off">
            {overview.dataUpdatedAt
              ? `Updated ${new Date(overview.dataUpdatedAt).toLocaleTimeString()}`
              : "Loading…"}
          </span>
        }
      />
      {overview.error ? (
        <p className="notice notice-error" role="alert" data-testid="overview-error">
          The figures could not be loaded: {overview.error.message}. Retrying every {REFRESH_MS / 1000} s.
        </p>
      ) : null}
      <div className="stat-grid" data-testid="overview">
        <Stat
          label="Open crises"
          value={o?.open_crises}
          tone={tone(o?.open_crises, "bad")}
          hint={o ? (o.open_crises ? "Being handled now" : "No crisis open") : undefined}
          data-testid="stat-open-crises"
        />
        <Stat
          label="Open alerts"
          value={o?.open_alerts}
          tone={tone(o?.open_alerts, "warn")}
          hint={o ? (o.open_alerts ? "Waiting for someone to look" : "Nothing waiting") : undefined}
          data-testid="stat-open-alerts"
        />
        <Stat
          label="Mentions, last 24 h"
          value={o?.mentions_24h}
          hint="Posts, reviews and comments about the shop"
          data-testid="stat-mentions-24h"
        />
        <Stat
          label="Negative share, 24 h"
          value={o ? pct(o.negative_share_24h) : undefined}
          tone={negTone}
          hint={
            o && o.negative_share_24h === null ? "No mentions to judge yet" : "Of mentions in the last 24 h"
          }
          data-testid="stat-negative-share"
        />
        <Stat label="Mentions, all time" value={o?.mentions} data-testid="stat-mentions" />
      </div>
      {o && o.mentions === 0 ? (
        <Card title="No mentions yet" data-testid="home-getting-started">
          <p className="muted">
            Firebreak has not received any mentions for this workspace. Once a feed, an import or the push API
            delivers some, the figures above fill in by themselves.
            {session.can("admin") ? (
              <>
                {" "}
                Tools that push mentions need an <Link to="/settings/tokens">API token</Link>.
              </>
            ) : null}
          </p>
        </Card>
      ) : null}
    </>
  );
}
