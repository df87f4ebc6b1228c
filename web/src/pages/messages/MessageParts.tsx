import { isolate } from "../../bidi.js";
/**
 * The read-mostly parts of a message's page: preview and tone check, approval, sends and audit trail.
 * The draft form and sending stay in MessageDetail, which owns the edit state.
 */

import { Link } from "react-router-dom";
import type { Page } from "../../api.js";
import { api } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatTime, quoted } from "../../format.js";
import { type MessageId, useT, useTOr } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { useKindLabel } from "./kind-label.js";
import type { AuditEntry, Message } from "./types.js";

export const BREACH_PARTS: (readonly [string, MessageId])[] = [
  ["what_happened", "message.breach.what_happened"],
  ["data", "message.breach.data"],
  ["consequences", "message.breach.consequences"],
  ["measures", "message.breach.measures"],
  ["contact", "message.breach.contact"],
];

/** Runs an action, refreshes the message and toasts `what` (MessageDetail's `act`). */
export type Act = (what: string, fn: () => Promise<unknown>) => Promise<void>;

/** What the audience will read, and the tone check's remarks on it. */
export function PreviewAndTone({ message: m }: { message: Message }) {
  const t = useT();
  const tOr = useTOr();
  return (
    <div className="stack">
      <Card title={t("message.preview")}>
        <p>
          <strong data-testid="preview-subject" dir="auto">
            {m.preview.subject}
          </strong>
        </p>
        <pre className="message-preview" data-testid="preview-body" dir="auto">
          {m.preview.body}
        </pre>
      </Card>
      <Card title={t("message.tone")}>
        {m.tone.ok ? (
          <p className="notice notice-success" data-testid="tone-ok">
            {t("message.tone_ok")}
          </p>
        ) : (
          <div data-testid="tone-remarks">
            {m.tone.remarks.map((r) => (
              <div
                className="tone-remark"
                key={`${r.kind}-${r.index}-${r.text}`}
                data-testid="tone-remark"
                data-kind={r.kind}
              >
                <strong>{tOr(`tone.${r.kind}`, r.kind.replaceAll("_", " "))}</strong>
                {r.text ? <> — {quoted(isolate(r.text))}</> : null}
                <div className="muted">{tOr(`tone.why.${r.kind}`, r.why)}</div>
              </div>
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}

/** Who must approve, and the submit / approve / reject buttons for the message's status. */
export function ApprovalCard({
  message: m,
  path,
  busy,
  act,
}: {
  message: Message;
  path: string;
  busy: boolean;
  act: Act;
}) {
  const t = useT();
  const { can } = useSession();
  return (
    <Card title={t("message.approval")}>
      <p className="muted" data-testid="approval-rule">
        {m.approval.required
          ? m.approval.approvers.length
            ? t("message.approval_by", { who: m.approval.approvers.join(", ") })
            : t("message.approval_required")
          : t("message.approval_none")}
        {m.approved_by
          ? ` ${t("message.approved_by", { who: m.approved_by, time: formatTime(m.approved_at) })}`
          : ""}
      </p>
      {can("responder") ? (
        <div className="message-actions">
          {m.status === "draft" ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(t("message.submitted"), () => api.post(`${path}/submit`))}
              data-testid="message-submit"
            >
              {t("message.submit")}
            </button>
          ) : null}
          {["draft", "review"].includes(m.status) ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(t("message.approved"), () => api.post(`${path}/approve`))}
              data-testid="message-approve"
            >
              {t("remedy.approve")}
            </button>
          ) : null}
          {["review", "approved"].includes(m.status) ? (
            <button
              type="button"
              className="button button-ghost"
              disabled={busy}
              onClick={() => {
                const reason = window.prompt(t("message.reject_why"));
                if (reason) void act(t("message.rejected"), () => api.post(`${path}/reject`, { reason }));
              }}
              data-testid="message-reject"
            >
              {t("message.reject")}
            </button>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}

/** Every channel the message went out on, by whom and when. */
export function SentCard({ message: m }: { message: Message }) {
  const t = useT();
  const tOr = useTOr();
  return (
    <Card title={t("message.sent")}>
      {m.sends.length === 0 ? (
        <p className="muted">{t("message.not_sent")}</p>
      ) : (
        <ul data-testid="message-sends">
          {m.sends.map((s) => (
            <li key={`${s.channel}-${s.at}`}>
              {t("message.sent_line", {
                channel: tOr(`message.channel.${s.channel}`, s.channel.replace("_", " ")),
                segment: s.segment ? ` (${tOr(`segment.${s.segment}`, s.segment)})` : "",
                who: s.by,
                time: formatTime(s.at),
              })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The message's audit trail. */
export function AuditCard({ id }: { id: string }) {
  const t = useT();
  const audit = useApiQuery<Page<AuditEntry>>(`/api/v1/comms/audit?message_id=${id}&limit=100`);
  return (
    <Card title={t("message.audit")}>
      <ul data-testid="message-audit">
        {audit.data?.items.map((a) => (
          <li key={a.id}>
            {formatTime(a.at)} · {a.actor} · {a.action}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The title, kind, status badge and way back to the crisis room. */
export function MessageHeader({ message: m }: { message: Message }) {
  const t = useT();
  const kindLabel = useKindLabel();
  return (
    <>
      <PageHeader
        title={m.preview.subject || kindLabel(m.kind)}
        description={t("message.describe", { kind: kindLabel(m.kind), lang: m.language, who: m.created_by })}
        actions={
          <span data-testid="message-status">
            <Badge value={m.status} />
          </span>
        }
      />
      {m.crisis_id ? (
        <p>
          <Link to={`/crises/${m.crisis_id}`}>{t("message.to_room")}</Link>
        </p>
      ) : null}
    </>
  );
}

/**
 * The parts a data breach notice must contain (GDPR art. 34), each its own field. A translation gives
 * its own (`name` "vars.translations.de.breach"), all but the contact, which the shop's serves.
 */
export function BreachFields({
  value: breach,
  onChange,
  disabled,
  error,
  name = "vars.breach",
}: {
  value: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  disabled: boolean;
  error: unknown;
  name?: string;
}) {
  const t = useT();
  const own = name === "vars.breach";
  return (
    <>
      {BREACH_PARTS.filter(([k]) => own || k !== "contact").map(([k, label]) => (
        <FormField key={k} label={t(label)} name={`${name}.${k}`} error={error}>
          <textarea
            className="input"
            rows={2}
            value={breach[k] ?? ""}
            onChange={(e) => onChange({ ...breach, [k]: e.target.value })}
            disabled={disabled}
            data-testid={own ? `breach-${k}` : `${name}.${k}`}
          />
        </FormField>
      ))}
    </>
  );
}
