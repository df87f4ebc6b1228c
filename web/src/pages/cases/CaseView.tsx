import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { useToastAction } from "../../action.js";
import { api, errorMessage } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { Clock } from "../../components/Clock.js";
import { CopyField } from "../../components/CopyField.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { T, useT, useTOr } from "../../i18n/t.js";

import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { PriorityBadge } from "./CasesPage.js";
import { Composer } from "./Composer.js";
import { RemedyPicker } from "./RemedyPicker.js";
import { type Case, type CaseStatus, customerName, money } from "./types.js";

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
  const tOr = useTOr();
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
      <Card
        title={customerName(c)}
        actions={
          <span className="cases-row">
            <PriorityBadge p={c.priority} />
            <span data-testid="case-status">
              <Badge value={c.status}>{t(`case.status.${c.status}`)}</Badge>
            </span>
            {c.escalated_at ? (
              <span
                title={t("case.escalated_at", { time: formatTime(c.escalated_at) })}
                data-testid="case-escalated"
              >
                <Badge value="escalated">
                  {t("case.escalated_to", { who: c.escalated_to ?? t("case.the_admins") })}
                </Badge>
              </span>
            ) : null}
          </span>
        }
      >
        <div className="cases-meta">
          <span>
            {c.source} · {c.language.toUpperCase()} ·{" "}
            {c.topics.map((tp) => tOr(`topic.${tp}`, tp.replace("_", " "))).join(", ") || t("case.no_topic")}
          </span>
          <span>
            {[c.customer.email, c.customer.handle].filter(Boolean).join(" · ")}
            {c.reach ? ` · ${t("case.reach", { n: c.reach })}` : ""}
            {c.spread ? ` · ${t("case.copies", { n: c.spread })}` : ""}
          </span>
          {c.crisis_id ? (
            <span>
              <T
                id="case.part_of"
                values={{ link: (s: ReactNode) => <Link to={`/crises/${c.crisis_id}`}>{s}</Link> }}
              />
            </span>
          ) : null}
        </div>
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

      <Card title={t("case.conversation")}>
        <ol className="cases-thread" data-testid="case-thread">
          {(c.messages ?? []).map((m) => (
            <li
              key={m.id}
              className={`cases-msg cases-msg-${m.direction}`}
              data-testid={`case-msg-${m.direction}`}
            >
              <div className="cases-muted">
                {m.author} · {m.channel} · {formatTime(m.at)}
                {m.direction === "out" && m.sent_at && m.channel === "clipboard"
                  ? ` · ${t("case.sent_by_hand", { who: m.sent_by ?? "?", time: formatTime(m.sent_at) })}`
                  : null}
              </div>
              <p className="cases-text">{m.text}</p>
              {m.direction === "out" && !m.sent_at ? (
                <div className="cases-row" data-testid="case-msg-unsent">
                  <Badge value="unsent" tone="orange">
                    {t("case.unsent")}
                  </Badge>
                  <CopyField value={m.text} label={t("case.reply")} testId={`case-msg-copy-${m.id}`} />
                  {can("responder") ? (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busy}
                      onClick={() => void markSent(m.id)}
                      data-testid="case-mark-sent"
                    >
                      {t("case.i_sent_it")}
                    </button>
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>

      {can("responder") && c.status !== "closed" ? (
        <Composer key={`reply-${c.id}`} c={c} onSent={refresh} />
      ) : null}

      <RemedyPicker key={`remedy-${c.id}`} c={c} onChange={refresh} />

      {c.follow_up ? (
        <Card title={t("case.follow_up")} data-testid="case-follow-up">
          <p className="cases-muted">{t("case.follow_up_private")}</p>
          <p className="cases-text">{c.follow_up.private_text}</p>
          <p className="cases-muted">{t("case.follow_up_public")}</p>
          <p className="cases-text" data-testid="case-follow-up-public">
            {c.follow_up.public_text}
          </p>
          <CopyField
            value={c.follow_up.public_text}
            label={t("case.follow_up_public_label")}
            testId="case-follow-up-copy"
          />
          <p className="cases-muted">{t("case.post_status", { status: c.post_status })}</p>
        </Card>
      ) : null}

      <Card
        title={
          c.remedy_cost
            ? t("case.timeline_cost", { cost: money(c.remedy_cost, c.currency) })
            : t("crisis.timeline")
        }
      >
        <ol className="cases-timeline" data-testid="case-timeline">
          {(c.timeline ?? []).map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{formatTime(e.at)}</time> <strong>{e.who}</strong> {e.text}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
