import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useToastAction } from "../../action.js";
import { api, errorMessage } from "../../api.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { useLive } from "../../live.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { LinkToOpenCrisis } from "../crises/LinkToOpenCrisis.js";
import { useAlertHeadline } from "../home/alert-headline.js";
import { EpisodeCard, EvidenceCard, ObservedCard, SameIncidentCard } from "./AlertCards.js";
import { AlertTabs } from "./AlertsPage.js";
import { Explanation } from "./Explanation.js";
import { useAlertKind } from "./kind-label.js";
import { WhoWasTold } from "./Paging.js";
import type { AlertDetail } from "./types.js";

type AlertAct = (what: string, body?: unknown) => Promise<void>;

/**
 * Posts one of the alert's actions (ack, snooze, close, crisis): opening a crisis goes to it, the others
 * say what was done in a toast.
 */
function useAlertAct(path: string) {
  const qc = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  const { busy, run } = useToastAction();
  const t = useT();
  const act: AlertAct = async (what, body) => {
    await run(async () => {
      // Opening a crisis answers the crisis record itself.
      const out = await api.post<{ id?: string }>(`${path}/${what}`, body);
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/alerts") });
      if (what === "crisis" && out.id) navigate(`/crises/${out.id}`);
      else
        toast({
          message: t(what === "ack" ? "alert.acked" : what === "snooze" ? "alert.snoozed" : "alert.closed"),
          tone: "success",
        });
    });
  };
  return { busy, act };
}

export function AlertView() {
  const { id = "" } = useParams();
  const path = `/api/v1/alerts/${id}`;
  const alert = useApiQuery<AlertDetail>(path, { refetchInterval: 15_000 });
  useLive("/api/v1/alerts/stream", { events: ["alert"], invalidate: [apiKey(path)] });
  const session = useSession();
  const { busy, act } = useAlertAct(path);
  const t = useT();
  const kindLabel = useAlertKind();
  const headline = useAlertHeadline();

  if (alert.isLoading) return <p>{t("app.loading")}</p>;
  if (alert.error || !alert.data) return <p role="alert">{errorMessage(alert.error)}</p>;
  const a = alert.data;
  return (
    <>
      <PageHeader
        title={headline(a)}
        description={
          a.ended_at
            ? t("alert.describe_ended", {
                kind: kindLabel(a.kind),
                opened: formatTime(a.opened_at),
                ended: formatTime(a.ended_at),
              })
            : t("alert.describe", { kind: kindLabel(a.kind), opened: formatTime(a.opened_at) })
        }
        actions={session.can("responder") ? <AlertActions a={a} busy={busy} act={act} /> : null}
      />
      <AlertTabs />
      <div className="alerts-detail">
        <ObservedCard a={a} />
        <Explanation a={a} />
        <SameIncidentCard a={a} />
        <EvidenceCard a={a} />
        <EpisodeCard a={a} />
        <WhoWasTold a={a} />
      </div>
    </>
  );
}

/** A responder's buttons in the header: acknowledge, snooze, close, and the way to a crisis. */
function AlertActions({ a, busy, act }: { a: AlertDetail; busy: boolean; act: AlertAct }) {
  const t = useT();
  const closed = a.status === "closed";
  return (
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
  );
}
