/**
 * The parts of a case that show its history: the conversation with unsent replies, the follow-up texts
 * and the timeline. CaseView keeps the header and the actions that change the case.
 */
import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { CopyField } from "../../components/CopyField.js";
import { formatTime } from "../../format.js";
import { T, useT, useTOr } from "../../i18n/t.js";
import { useSession } from "../../session.js";
import { PriorityBadge } from "./CasesPage.js";
import { useCaseEventText } from "./event-text.js";
import { type Case, money } from "./types.js";

/** Messages in and out; a reply copied by hand stays "unsent" until a person says it went out. */
export function CaseThread({
  c,
  busy,
  onMarkSent,
}: {
  c: Case;
  busy: boolean;
  onMarkSent: (messageId: string) => void;
}) {
  const t = useT();
  const { can } = useSession();
  return (
    <Card title={t("case.conversation")}>
      <ol className="cases-thread" data-testid="case-thread">
        {(c.messages ?? []).map((m) => (
          <li
            key={m.id}
            className={`cases-msg cases-msg-${m.direction}`}
            data-testid={`case-msg-${m.direction}`}
          >
            <div className="cases-muted">
              <bdi>{m.author}</bdi> · {m.channel} · {formatTime(m.at)}
              {m.direction === "out" && m.sent_at && m.channel === "clipboard"
                ? ` · ${t("case.sent_by_hand", { who: m.sent_by ?? "?", time: formatTime(m.sent_at) })}`
                : null}
            </div>
            <p className="cases-text" dir="auto">
              {m.text}
            </p>
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
                    onClick={() => onMarkSent(m.id)}
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
  );
}

/** The private note and the public text to post after the case, when the policy asks for one. */
export function FollowUpCard({ c }: { c: Case }) {
  const t = useT();
  if (!c.follow_up) return null;
  return (
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
  );
}

/** Everything that happened to the case, with the remedies' total cost in the title. */
export function TimelineCard({ c }: { c: Case }) {
  const t = useT();
  const say = useCaseEventText();
  return (
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
            <time dateTime={e.at}>{formatTime(e.at)}</time> <strong>{e.who}</strong> {say(e)}
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** Priority, status and escalation, shown beside the customer's name. */
export function CaseBadges({ c }: { c: Case }) {
  const t = useT();
  return (
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
  );
}

/** The customer's language, and the replies' where they differ ("PT → DE"). */
const writtenIn = (c: Case) =>
  c.customer_language && c.customer_language !== c.language
    ? `${c.customer_language.toUpperCase()} → ${c.language.toUpperCase()}`
    : c.language.toUpperCase();

/** Where the case came from, who wrote and how far they reach, and the crisis it belongs to. */
export function CaseMeta({ c }: { c: Case }) {
  const t = useT();
  const tOr = useTOr();
  return (
    <div className="cases-meta">
      <span>
        {c.source} · {writtenIn(c)} ·{" "}
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
  );
}
