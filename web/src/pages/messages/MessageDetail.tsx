import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useAction } from "../../action.js";
import { api, errorMessage, type Page } from "../../api.js";

import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { CopyField } from "../../components/CopyField.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { type MessageId, useT, useTOr } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { useKindLabel } from "./kind-label.js";
import { SendPanel } from "./SendPanel.js";
import { Translations } from "./Translations.js";
import type { AuditEntry, Message } from "./types.js";

const BREACH_PARTS: (readonly [string, MessageId])[] = [
  ["what_happened", "message.breach.what_happened"],
  ["data", "message.breach.data"],
  ["consequences", "message.breach.consequences"],
  ["measures", "message.breach.measures"],
  ["contact", "message.breach.contact"],
];

export function MessageDetail() {
  const { id = "" } = useParams();
  const path = `/api/v1/comms/messages/${id}`;
  const q = useApiQuery<Message>(path);
  const audit = useApiQuery<Page<AuditEntry>>(`/api/v1/comms/audit?message_id=${id}&limit=100`);
  const qc = useQueryClient();
  const { can } = useSession();
  const toast = useToast();
  const t = useT();
  const tOr = useTOr();
  const kindLabel = useKindLabel();
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [breach, setBreach] = useState<Record<string, string>>({});
  const [tr, setTr] = useState<Record<string, { subject?: string; body: string }>>({});
  const { busy, error, run } = useAction();
  const [copied, setCopied] = useState<string | null>(null);
  const m = q.data;
  useEffect(() => {
    if (!m) return;
    setSubject(m.subject);
    setBody(m.body);
    setBreach((m.vars.breach as Record<string, string> | undefined) ?? {});
    setTr(m.vars.translations ?? {});
  }, [m]);

  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: apiKey(path) }),
      qc.invalidateQueries({ queryKey: apiKey(`/api/v1/comms/audit?message_id=${id}&limit=100`) }),
      qc.invalidateQueries({ queryKey: apiKey("/api/v1/comms/messages") }),
    ]);
  const act = async (what: string, fn: () => Promise<unknown>) => {
    await run(async () => {
      await fn();
      await refresh();
      toast({ message: what, tone: "success" });
    });
  };

  if (q.error)
    return (
      <p className="notice notice-error">{t("message.load_failed", { reason: errorMessage(q.error) })}</p>
    );
  if (!m) return <p className="muted">{t("app.loading")}</p>;
  const editable = ["draft", "review", "approved"].includes(m.status) && can("responder");
  const sendable = m.approval.required ? ["approved", "sent"].includes(m.status) : m.status !== "cancelled";

  const save = (e: FormEvent) => {
    e.preventDefault();
    void act(t("message.saved"), () =>
      api.patch(path, {
        subject,
        body,
        vars: {
          ...m.vars,
          ...(m.kind === "breach_notice" ? { breach } : {}),
          translations: Object.fromEntries(Object.entries(tr).filter(([, v]) => v.body.trim() !== "")),
        },
      }),
    );
  };

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
      <FormError
        error={error}
        fields={["subject", "body", ...BREACH_PARTS.map(([k]) => `vars.breach.${k}`)]}
      />
      <div className="message-columns">
        <Card title={t("message.draft")}>
          <form className="form" onSubmit={save} data-testid="message-form">
            <FormField label={t("message.subject")} name="subject" error={error}>
              <input
                className="input"
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
                disabled={!editable}
                data-testid="message-subject"
              />
            </FormField>
            <FormField
              label={t("message.text")}
              name="body"
              error={error}
              hint={`${t("message.variables")} {{ shop.name }}, {{ crisis.title }}, {{ crisis.next_update_at }}, {{ customer.name }}…`}
            >
              <textarea
                className="input message-body"
                value={body}
                onChange={(e) => setBody(e.target.value)}
                disabled={!editable}
                data-testid="message-body"
              />
            </FormField>
            {m.kind === "breach_notice"
              ? BREACH_PARTS.map(([k, label]) => (
                  <FormField key={k} label={t(label)} name={`vars.breach.${k}`} error={error}>
                    <textarea
                      className="input"
                      rows={2}
                      value={breach[k] ?? ""}
                      onChange={(e) => setBreach({ ...breach, [k]: e.target.value })}
                      disabled={!editable}
                      data-testid={`breach-${k}`}
                    />
                  </FormField>
                ))
              : null}
            <Translations message={m} value={tr} onChange={setTr} disabled={!editable} error={error} />
            {editable ? (
              <button className="button" type="submit" disabled={busy} data-testid="message-save">
                {m.status === "approved" ? t("message.save_voids") : t("message.save")}
              </button>
            ) : null}
          </form>
        </Card>
        <div className="stack">
          <Card title={t("message.preview")}>
            <p>
              <strong data-testid="preview-subject">{m.preview.subject}</strong>
            </p>
            <pre className="message-preview" data-testid="preview-body">
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
                    {r.text ? <> — “{r.text}”</> : null}
                    <div className="muted">{r.why}</div>
                  </div>
                ))}
              </div>
            )}
          </Card>
        </div>
      </div>
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
      {can("responder") && sendable ? (
        <SendPanel path={path} busy={busy} act={act} run={run} onCopied={setCopied} error={error} />
      ) : null}
      {copied !== null ? (
        <CopyField value={copied} label={t("message.to_paste")} testId="message-copy-text" />
      ) : null}
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
      <Card title={t("message.audit")}>
        <ul data-testid="message-audit">
          {audit.data?.items.map((a) => (
            <li key={a.id}>
              {formatTime(a.at)} · {a.actor} · {a.action}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
