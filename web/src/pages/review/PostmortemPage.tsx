import { Link, useParams } from "react-router-dom";
import { isApiError } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Badge } from "../../components/Badge.js";
import { Card, Stat } from "../../components/Card.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { useCrisisEventText } from "../crises/event-text.js";
import { ActionItems } from "./ActionItems.js";
import { PostmortemEditor } from "./PostmortemEditor.js";
import { RecoveryChart } from "./RecoveryChart.js";
import { ScrollRegion } from "./ScrollRegion.js";
import type { Postmortem } from "./types.js";

/** Minutes as a reader takes them in, in their language: "45 min", "3 h 20 min", "5 d 4 h". */
export function useDuration() {
  const t = useT();
  return (m: number) =>
    m < 120
      ? t("duration.minutes", { m })
      : m < 2880
        ? t("duration.hours", { h: Math.floor(m / 60), m: Math.round(m % 60) })
        : t("duration.days", { d: Math.floor(m / 1440), h: Math.round((m % 1440) / 60) });
}

const money = (minor: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency }).format(minor / 100);

export function PostmortemPage() {
  const { id = "" } = useParams();
  const path = `/api/v1/crises/${encodeURIComponent(id)}/postmortem`;
  const q = useApiQuery<Postmortem>(path, { retry: false });
  const t = useT();
  const say = useCrisisEventText();
  if (q.error) return <PostmortemUnavailable crisisId={id} error={q.error} />;
  const pm = q.data;
  if (!pm) return <p className="muted">{t("pm.loading")}</p>;
  const c = pm.crisis;
  return (
    <div data-testid="postmortem">
      <PageHeader
        title={t("pm.title", { title: isolate(c.title) })}
        description={t("pm.describe", {
          type: c.type_name,
          severity: c.severity,
          started: formatTime(c.started_at),
          resolved: formatTime(c.resolved_at),
        })}
        actions={<PostmortemExports path={path} />}
      />
      <p>
        <Badge value={pm.status} /> {c.drill ? <Badge value="drill" tone="purple" /> : null}{" "}
        {pm.blameless ? <span className="muted">{t("pm.blameless_note")}</span> : null}{" "}
        <Link to={`/crises/${c.id}`}>{t("pm.open_room")}</Link>
      </p>
      <div className="review-grid">
        <div className="stack">
          <Card title={t("pm.recovery")} data-testid="postmortem-recovery">
            <RecoveryChart data={pm.reputation} />
          </Card>
          <ResponseTimesCard times={pm.times} />
          <PostmortemEditor pm={pm} path={path} />
          <ActionItems crisisId={c.id} items={pm.action_items} />
          <Card title={t("pm.timeline")}>
            <ol className="review-timeline" data-testid="postmortem-timeline">
              {pm.timeline.map((e) => (
                <li key={e.id}>
                  <span className="muted">{formatTime(e.at)}</span> {say(e)}{" "}
                  <span className="muted">
                    — <bdi>{e.actor}</bdi>
                  </span>
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="stack">
          <ImpactCard impact={pm.impact} />
          <p className="muted">
            {t("pm.revision", { n: pm.revision, who: pm.updated_by, time: formatTime(pm.updated_at) })}
          </p>
        </div>
      </div>
    </div>
  );
}

/** A crisis still open has no post-mortem yet (409): say so, beside whatever the server answered. */
function PostmortemUnavailable({ crisisId, error }: { crisisId: string; error: Error }) {
  const t = useT();
  const open = isApiError(error) && error.status === 409;
  return (
    <>
      <PageHeader title={t("crisis.postmortem")} />
      <p className={`notice ${open ? "notice-warn" : "notice-error"}`} data-testid="postmortem-error">
        {/* The server's own words only when there is no sentence of ours for it. */}
        {open ? t("pm.not_resolved") : error.message}
      </p>
      <Link to={`/crises/${encodeURIComponent(crisisId)}`}>{t("pm.back_room")}</Link>
    </>
  );
}

function PostmortemExports({ path }: { path: string }) {
  return (
    <div className="review-exports">
      {(["md", "html", "pdf"] as const).map((f) => (
        <a
          key={f}
          className="button button-small"
          href={`${path}?format=${f}`}
          download
          data-testid={`postmortem-export-${f}`}
        >
          {f === "md" ? "Markdown" : f.toUpperCase()}
        </a>
      ))}
    </div>
  );
}

function ResponseTimesCard({ times }: { times: Postmortem["times"] }) {
  const t = useT();
  const duration = useDuration();
  return (
    <Card title={t("pm.times")}>
      <ScrollRegion label={t("pm.times")}>
        <table className="review-table" data-testid="postmortem-times">
          <thead>
            <tr>
              <th>{t("pm.milestone")}</th>
              <th>{t("pm.actual")}</th>
              <th>{t("pm.target")}</th>
              <th>{t("pm.result")}</th>
            </tr>
          </thead>
          <tbody>
            {times.map((tm) => (
              <tr key={tm.id} data-testid={`time-${tm.id}`}>
                <td>{t(`report.time.${tm.id}`)}</td>
                <td>{tm.minutes === null ? t("pm.not_reached") : duration(tm.minutes)}</td>
                <td>{tm.target_minutes === null ? "—" : duration(tm.target_minutes)}</td>
                <td className={tm.met === null ? "" : tm.met ? "review-met" : "review-missed"}>
                  {tm.met === null ? "—" : tm.met ? t("pm.met") : t("pm.missed")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}

function ImpactCard({ impact: i }: { impact: Postmortem["impact"] }) {
  const t = useT();
  return (
    <Card title={t("pm.impact")}>
      <div className="stat-grid">
        <Stat label={t("crisis.impact.orders_affected")} value={i.orders_affected} />
        <Stat label={t("crisis.impact.customers_affected")} value={i.customers_affected} />
        <Stat label={t("crisis.impact.revenue_at_risk")} value={money(i.revenue_at_risk, i.currency)} />
        <Stat label={t("pm.cases")} value={i.cases} />
        <Stat
          label={t("crisis.impact.remedies_given")}
          value={i.remedies_given}
          hint={money(i.remedies_cost, i.currency)}
        />
        <Stat
          label={t("pm.mentions")}
          value={i.mentions}
          hint={
            i.negative_share === null
              ? ""
              : t("pm.negative_share", { pct: Math.round(i.negative_share * 100) })
          }
        />
      </div>
    </Card>
  );
}
