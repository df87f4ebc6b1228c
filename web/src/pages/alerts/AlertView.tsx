import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useToastAction } from "../../action.js";
import { api, errorMessage } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import { useLive } from "../../live.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { LinkToOpenCrisis } from "../crises/LinkToOpenCrisis.js";
import { AlertChart, AlertTabs } from "./AlertsPage.js";
import { Explanation } from "./Explanation.js";
import { useAlertKind } from "./kind-label.js";
import { WhoWasTold } from "./Paging.js";
import type { AlertDetail } from "./types.js";

const round = (n: number) => (Math.abs(n) >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

export function AlertView() {
  const { id = "" } = useParams();
  const path = `/api/v1/alerts/${id}`;
  const alert = useApiQuery<AlertDetail>(path, { refetchInterval: 15_000 });
  useLive("/api/v1/alerts/stream", { events: ["alert"], invalidate: [apiKey(path)] });
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  const { busy, run } = useToastAction();
  const t = useT();
  const tOr = useTOr();
  const kindLabel = useAlertKind();

  const act = async (what: string, body?: unknown) => {
    await run(async () => {
      const out = await api.post<{ crisis?: { id: string } }>(`${path}/${what}`, body);
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/alerts") });
      if (what === "crisis" && out.crisis) navigate(`/crises/${out.crisis.id}`);
      else
        toast({
          message: t(what === "ack" ? "alert.acked" : what === "snooze" ? "alert.snoozed" : "alert.closed"),
          tone: "success",
        });
    });
  };

  if (alert.isLoading) return <p>{t("app.loading")}</p>;
  if (alert.error || !alert.data) return <p role="alert">{errorMessage(alert.error)}</p>;
  const a = alert.data;
  const canAct = session.can("responder");
  const closed = a.status === "closed";
  return (
    <>
      <PageHeader
        title={a.title}
        description={
          a.ended_at
            ? t("alert.describe_ended", {
                kind: kindLabel(a.kind),
                opened: formatTime(a.opened_at),
                ended: formatTime(a.ended_at),
              })
            : t("alert.describe", { kind: kindLabel(a.kind), opened: formatTime(a.opened_at) })
        }
        actions={
          canAct ? (
            <div className="alerts-actions">
              <button
                type="button"
                disabled={busy || a.status === "acknowledged" || closed}
                onClick={() => void act("ack")}
                data-testid="alert-ack"
              >
                {t("crisis.action.acknowledged")}
              </button>
              <button
                type="button"
                disabled={busy || closed}
                onClick={() => void act("snooze", { minutes: 60 })}
                data-testid="alert-snooze"
              >
                {t("alert.snooze")}
              </button>
              <button
                type="button"
                disabled={busy || closed}
                onClick={() => void act("close")}
                data-testid="alert-close"
              >
                {t("common.close")}
              </button>
              {a.crisis_id ? (
                <Link to={`/crises/${a.crisis_id}`} data-testid="alert-crisis-link">
                  {t("alert.to_crisis")}
                </Link>
              ) : (
                <>
                  <LinkToOpenCrisis alertId={a.id} />
                  <button
                    type="button"
                    className="primary"
                    disabled={busy}
                    onClick={() => void act("crisis", {})}
                    data-testid="alert-open-crisis"
                  >
                    {t("crises.open_title")}
                  </button>
                </>
              )}
            </div>
          ) : null
        }
      />
      <AlertTabs />
      <div className="alerts-detail">
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
        <Explanation a={a} />
        {a.group.length ? (
          <Card title={t("alert.same_incident")}>
            <p className="alerts-muted">
              {a.group_id === a.id ? t("alert.same_burst_first") : t("alert.same_burst")}
            </p>
            <ul className="alerts-steps" data-testid="alert-group-list">
              {a.group.map((g) => (
                <li key={g.id}>
                  <Link to={`/alerts/${g.id}`}>{g.title}</Link> · {kindLabel(g.kind)} ·{" "}
                  <Badge value={g.status} /> ·{" "}
                  {t("alert.group_line", {
                    observed: round(g.observed),
                    expected: round(g.expected),
                    opened: formatTime(g.opened_at),
                  })}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        <Card title={t("alert.evidence")}>
          {a.sample_mentions.length ? (
            <ul className="alerts-evidence" data-testid="alert-evidence">
              {a.sample_mentions.map((m) => (
                <li key={m.id}>
                  <div className="alerts-muted">
                    {m.source} · {m.author ?? t("newcase.unknown_author")} · {formatTime(m.created_at)} ·{" "}
                    {tOr(`value.${m.sentiment}`, m.sentiment)}
                  </div>
                  <div>{m.text}</div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="alerts-muted">{t("alert.no_evidence")}</p>
          )}
        </Card>
        <Card title={t("alert.episode")}>
          <ol className="alerts-steps">
            {a.steps.map((s) => (
              <li key={`${s.phase}-${s.at}`}>
                {formatTime(s.at)}:{" "}
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
        <WhoWasTold a={a} />
      </div>
    </>
  );
}
