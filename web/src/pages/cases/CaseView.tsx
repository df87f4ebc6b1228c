import { useQueryClient } from "@tanstack/react-query";
import { useToastAction } from "../../action.js";
import { api, errorMessage } from "../../api.js";
import { Card } from "../../components/Card.js";
import { Clock } from "../../components/Clock.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { CaseBadges, CaseMeta, CaseThread, FollowUpCard, TimelineCard } from "./CaseParts.js";
import { Composer } from "./Composer.js";
import { RemedyPicker } from "./RemedyPicker.js";
import { type Case, type CaseStatus, customerName } from "./types.js";

/** Where a status may go from here, as the server allows. */
const NEXT: Record<CaseStatus, CaseStatus[]> = {
  new: ["answered", "waiting", "resolved", "closed"],
  answered: ["waiting", "resolved", "closed"],
  waiting: ["answered", "resolved", "closed"],
  resolved: ["new", "closed"],
  closed: ["new"],
};

export function CaseView({ id }: { id: string }) {
  const path = `/api/v1/cases/${id}`;
  const q = useApiQuery<Case>(path, { refetchInterval: 30_000 });
  const qc = useQueryClient();
  const toast = useToast();
  const { can } = useSession();
  const { busy, run } = useToastAction();
  const t = useT();
  const c = q.data;
  if (q.error) return <p className="notice notice-error">{errorMessage(q.error)}</p>;
  if (!c) return <p className="cases-muted">{t("app.loading")}</p>;

  const refresh = () => {
    void qc.invalidateQueries({ queryKey: apiKey(path) });
    void qc.invalidateQueries({ queryKey: apiKey("/api/v1/cases") });
  };
  const setStatus = async (status: CaseStatus) => {
    await run(async () => {
      await api.patch(path, { status });
      toast({ message: t("case.status_set", { status: t(`case.status.${status}`) }), tone: "success" });
      refresh();
    });
  };

  // Copying is not sending: a person says the reply went out, and that is what answers the case.
  const markSent = async (messageId: string) => {
    await run(async () => {
      await api.post(`${path}/replies/${messageId}/sent`, {});
      toast({ message: t("case.marked_sent"), tone: "success" });
      refresh();
    });
  };

  const escalate = async () => {
    await run(async () => {
      await api.post(`${path}/escalate`, {});
      toast({ message: t("case.escalated"), tone: "success" });
      refresh();
    });
  };

  return (
    <div className="stack" data-testid="case-view">
      <Card title={<bdi data-testid="case-title">{customerName(c)}</bdi>} actions={<CaseBadges c={c} />}>
        <CaseMeta c={c} />
        <div className="cases-clocks">
          <Clock
            label={t("case.first_response")}
            deadline={c.first_response_due_at}
            stoppedAt={c.first_response_at}
          />
          <Clock
            label={t("case.resolution")}
            deadline={c.resolve_due_at}
            stoppedAt={c.resolved_at ?? c.closed_at}
          />
        </div>
        {can("responder") ? (
          <div className="cases-row">
            {NEXT[c.status]
              // Only a reply that went out answers a case (or lets it wait for the customer).
              .filter((s) => c.first_response_at || (s !== "answered" && s !== "waiting"))
              .map((s) => (
                <button
                  key={s}
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => void setStatus(s)}
                  data-testid={`case-status-${s}`}
                >
                  {s === "new" ? t("crisis.reopen") : t("case.mark", { status: t(`case.status.${s}`) })}
                </button>
              ))}
            {!c.escalated_at ? (
              <button
                type="button"
                className="button button-small button-ghost"
                disabled={busy}
                onClick={() => void escalate()}
                data-testid="case-escalate"
              >
                {t("case.escalate")}
              </button>
            ) : null}
          </div>
        ) : null}
      </Card>

      <CaseThread c={c} busy={busy} onMarkSent={(messageId) => void markSent(messageId)} />

      {can("responder") && c.status !== "closed" ? (
        <Composer key={`reply-${c.id}-${c.language}`} c={c} onSent={refresh} />
      ) : null}

      <RemedyPicker key={`remedy-${c.id}`} c={c} onChange={refresh} />

      <FollowUpCard c={c} />

      <TimelineCard c={c} />
    </div>
  );
}
