import { Link } from "react-router-dom";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { colon, formatTime } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import { AlertChart } from "./AlertsPage.js";
import { useAlertKind } from "./kind-label.js";
import type { AlertDetail } from "./types.js";

/** Figures on the alert page: whole numbers from 10 up, one decimal below. */
export const round = (n: number) => (Math.abs(n) >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

/** What was measured: status, the peak against what was expected, and the chart. */
export function ObservedCard({ a }: { a: AlertDetail }) {
  const t = useT();
  return (
    <Card title={t("alert.observed_title")}>
      <p data-testid="alert-detail-status">
        <Badge value={a.status} /> {a.active ? <Badge value="active" tone="red" /> : null}{" "}
        {t("alert.peak", {
          observed: round(a.peak_observed),
          expected: round(a.expected),
          score: round(a.peak_score),
        })}
        {a.acknowledged_by ? ` · ${t("alert.acked_by", { who: a.acknowledged_by })}` : ""}
        {a.snoozed_until ? ` · ${t("alert.snoozed_until", { time: formatTime(a.snoozed_until) })}` : ""}
      </p>
      <AlertChart alert={a} height={260} />
    </Card>
  );
}

/** The other alerts of the same burst; nothing when the alert stands alone. */
export function SameIncidentCard({ a }: { a: AlertDetail }) {
  const t = useT();
  const kindLabel = useAlertKind();
  if (!a.group.length) return null;
  return (
    <Card title={t("alert.same_incident")}>
      <p className="alerts-muted">
        {a.group_id === a.id ? t("alert.same_burst_first") : t("alert.same_burst")}
      </p>
      <ul className="alerts-steps" data-testid="alert-group-list">
        {a.group.map((g) => (
          <li key={g.id}>
            <Link to={`/alerts/${g.id}`}>
              <bdi>{g.title}</bdi>
            </Link>{" "}
            · {kindLabel(g.kind)} · <Badge value={g.status} /> ·{" "}
            {t("alert.group_line", {
              observed: round(g.observed),
              expected: round(g.expected),
              opened: formatTime(g.opened_at),
            })}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The sample mentions that raised the alert. */
export function EvidenceCard({ a }: { a: AlertDetail }) {
  const t = useT();
  const tOr = useTOr();
  return (
    <Card title={t("alert.evidence")}>
      {a.sample_mentions.length ? (
        <ul className="alerts-evidence" data-testid="alert-evidence">
          {a.sample_mentions.map((m) => (
            <li key={m.id}>
              <div className="alerts-muted">
                <bdi>{m.source}</bdi> · {m.author ? <bdi>{m.author}</bdi> : t("newcase.unknown_author")} ·{" "}
                {formatTime(m.created_at)} · {tOr(`value.${m.sentiment}`, m.sentiment)}
              </div>
              <div dir="auto">{m.text}</div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="alerts-muted">{t("alert.no_evidence")}</p>
      )}
    </Card>
  );
}

/** The episode step by step: when each phase began and what was measured then. */
export function EpisodeCard({ a }: { a: AlertDetail }) {
  const t = useT();
  const tOr = useTOr();
  return (
    <Card title={t("alert.episode")}>
      <ol className="alerts-steps">
        {a.steps.map((s) => (
          <li key={`${s.phase}-${s.at}`}>
            {formatTime(s.at)}
            {colon()}{" "}
            {t("alert.step", {
              phase: tOr(`alert.phase.${s.phase}`, s.phase),
              observed: round(s.observed),
              expected: round(s.expected),
              score: round(s.score),
            })}
          </li>
        ))}
      </ol>
    </Card>
  );
}
